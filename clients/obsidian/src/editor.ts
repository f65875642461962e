// The CodeMirror 6 side: keeps the server's copy of each note in step with the editor, underlines
// findings by severity, shows the hover card and applies quick fixes as one editor transaction
// each, so undo puts the text back. Knows nothing of Obsidian: the plugin passes in how to find a
// note's path, which lets the browser test run this extension on a bare CodeMirror page.
import { isolateHistory } from '@codemirror/commands';
import { ChangeSet, EditorSelection, StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import {
  closeHoverTooltips, Decoration, EditorView, hoverTooltip, ViewPlugin, type DecorationSet, type Tooltip, type ViewUpdate,
} from '@codemirror/view';
import { PLACEHOLDER } from '@probity/snippets';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { contentChanges, editsFor, editsToChanges, toFinding, toPosition, toRange, type ShownFinding } from './convert.js';
import { copiedMessage, type InsertKind } from '../../../server/src/lsp/protocol.js';
import type { OpenDocument, ProbityClient } from './lsp-client.js';
import { renderTooltip } from './tooltip.js';

export interface ProbityEditorOptions {
  client: ProbityClient;
  /** The vault path of the note in this editor, or null when Probity should leave it alone. */
  fileOf(view: EditorView): string | null;
  /** Called with a note's findings each time the server sends them. */
  onFindings?(path: string, findings: readonly ShownFinding[]): void;
}

const setFindings = StateEffect.define<ShownFinding[]>();

interface Shown { list: readonly ShownFinding[]; deco: DecorationSet }

function decorations(list: readonly ShownFinding[]): DecorationSet {
  return Decoration.set(list.filter((f) => f.to > f.from).map((f) => Decoration.mark({
    class: `probity-underline probity-${f.severity}`,
    attributes: { 'data-probity-rule': f.rule },
  }).range(f.from, f.to)), true);
}

/** The findings on screen. Between a keystroke and the server's answer they move with the text. */
export const findingsField = StateField.define<Shown>({
  create: () => ({ list: [], deco: Decoration.none }),
  update(value, tr) {
    let { list, deco } = value;
    if (tr.docChanged) {
      list = list.map((f) => ({ ...f, from: tr.changes.mapPos(f.from, 1), to: tr.changes.mapPos(f.to, -1) }));
      deco = deco.map(tr.changes);
    }
    for (const e of tr.effects) {
      if (e.is(setFindings)) {
        list = e.value;
        deco = decorations(list);
      }
    }
    return list === value.list ? value : { list, deco };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

/**
 * Applies LSP text edits as a single transaction, isolated in the undo history so one undo takes
 * back exactly the fix. A placeholder the fix inserted ("[add reason]") is selected, ready to type over.
 */
export function applyTextEdits(view: EditorView, edits: readonly TextEdit[]): void {
  const changes = ChangeSet.of(editsToChanges(view.state.doc, edits), view.state.doc.length);
  let selection: EditorSelection | undefined;
  changes.iterChanges((_fa, _ta, fromB, _tb, inserted) => {
    const m = selection ? null : new RegExp(PLACEHOLDER.source).exec(inserted.toString());
    if (m) selection = EditorSelection.single(fromB + m.index, fromB + m.index + m[0].length);
  });
  view.dispatch({ changes, selection, annotations: isolateHistory.of('full'), userEvent: 'input.probity', scrollIntoView: true });
}

const NOT_CHECKED = 'Probity: this note is not checked (only Markdown notes are).';

/** Each editor's document as the server knows it, for the commands run on an editor. */
const documents = new WeakMap<EditorView, { doc: OpenDocument | null }>();

/**
 * An insert command: the server says what goes where (an ad label at the start of the thread's first
 * post, wherever the cursor is), the editor applies it as one undoable change with the first
 * "[add …]" placeholder selected. Returns what to tell the writer, or null when it was inserted.
 */
export async function insertFromServer(view: EditorView, kind: InsertKind): Promise<string | null> {
  const doc = documents.get(view)?.doc;
  if (!doc) return NOT_CHECKED;
  const { from, to } = view.state.selection.main;
  const res = await doc.insert(kind, toRange(view.state.doc, from, to));
  if (!res) return NOT_CHECKED;
  if (res.message) return `Probity: ${res.message}`;
  if (!res.edit || documents.get(view)?.doc !== doc || res.version !== doc.version) return 'Probity: the note changed meanwhile; run the command again.';
  applyTextEdits(view, [res.edit]);
  view.focus();
  return null;
}

/**
 * "Copy post for publishing": the post under the cursor as it goes on the platform (the server's
 * answer: no front matter, no Probity comments), onto the clipboard. Returns what to tell the writer.
 */
export async function copyPostForPublishing(view: EditorView): Promise<string> {
  const doc = documents.get(view)?.doc;
  if (!doc) return NOT_CHECKED;
  const post = await doc.postForPublishing(toPosition(view.state.doc, view.state.selection.main.head));
  if (!post) return NOT_CHECKED;
  await navigator.clipboard.writeText(post.text);
  return copiedMessage(post);
}

export function probityEditor(options: ProbityEditorOptions): Extension {
  class DocumentSync {
    doc: OpenDocument | null = null;
    path: string | null = null;

    constructor(readonly view: EditorView) {
      documents.set(view, this);
      this.attach();
    }

    private attach() {
      this.path = options.fileOf(this.view);
      if (!this.path || !options.client.started) return;
      const doc = options.client.open(this.path, this.view.state.doc.toString());
      doc.listener = (version, diagnostics) => this.show(doc, version, diagnostics);
      doc.applyEdit = (edit) => this.applyEdit(doc, edit);
      this.doc = doc;
    }

    private detach() {
      if (!this.doc) return;
      this.doc.listener = undefined;
      this.doc.applyEdit = undefined;
      this.doc.close();
      this.doc = null;
    }

    update(u: ViewUpdate) {
      // Obsidian keeps an editor when a note is renamed or another note opens in its pane.
      if (options.fileOf(this.view) !== this.path) {
        this.detach();
        this.attach();
        return;
      }
      if (!u.docChanged || !this.doc) return;
      this.doc.change(u.transactions.flatMap((tr) => (tr.docChanged ? contentChanges(tr.startState.doc, tr.changes) : [])));
    }

    destroy() {
      this.detach();
      documents.delete(this.view);
    }

    private show(doc: OpenDocument, version: number | undefined, diagnostics: Diagnostic[]) {
      // Results for an older version are dropped: the answer for the newest one is on its way.
      if (doc !== this.doc || (version !== undefined && version !== doc.version)) return;
      const text = this.view.state.doc;
      const list = diagnostics.map((d) => toFinding(text, d)).sort((a, b) => a.from - b.from);
      this.view.dispatch({ effects: setFindings.of(list) });
      options.onFindings?.(doc.path, list);
    }

    applyEdit(doc: OpenDocument, edit: WorkspaceEdit): boolean {
      const edits = doc === this.doc ? editsFor(edit, doc.uri, doc.version) : null;
      if (!edits || edits.length === 0) return false;
      applyTextEdits(this.view, edits);
      return true;
    }

    /** A quick fix from the hover card, if the note is still the text the fix was computed for. */
    applyAction(action: CodeAction, version: number): string | null {
      const doc = this.doc;
      if (!doc || doc.version !== version) return 'The note has changed since; hover again for fresh fixes.';
      if (!action.edit || !this.applyEdit(doc, action.edit)) return 'This fix no longer applies; hover again.';
      this.view.dispatch({ effects: closeHoverTooltips });
      this.view.focus();
      return null;
    }
  }

  const sync = ViewPlugin.fromClass(DocumentSync);

  const hover = hoverTooltip(async (view, pos, side): Promise<Tooltip | null> => {
    const doc = view.plugin(sync)?.doc;
    if (!doc) return null;
    const hits = view.state.field(findingsField).list.filter((f) =>
      (f.from < pos || (f.from === pos && side > 0)) && (pos < f.to || (pos === f.to && side < 0)));
    if (hits.length === 0) return null;
    const text: Text = view.state.doc;
    const version = doc.version;
    // Ask about the findings' own ranges: a point finding was widened only for display.
    const realEnd = (f: ShownFinding) => (f.diagnostic.range.start.line === f.diagnostic.range.end.line
      && f.diagnostic.range.start.character === f.diagnostic.range.end.character ? f.from : f.to);
    const from = Math.min(...hits.map((f) => f.from)), to = Math.max(...hits.map(realEnd));
    const diagnostics = hits.map((f) => ({ ...f.diagnostic, range: toRange(text, f.from, realEnd(f)) }));
    const [info, actions] = await Promise.all([
      doc.hover(toPosition(text, hits.some((f) => realEnd(f) === f.to) ? pos : from)).catch(() => null),
      doc.codeActions(toRange(text, from, to), diagnostics).catch(() => [] as CodeAction[]),
    ]);
    if (view.plugin(sync)?.doc !== doc || doc.version !== version) return null;
    const contents = info?.contents;
    const markdown = typeof contents === 'string' ? contents
      : contents && 'value' in contents ? contents.value
      : Array.isArray(contents) ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n\n') : null;
    return {
      pos: Math.min(...hits.map((f) => f.from)), end: Math.max(...hits.map((f) => f.to)), above: true,
      create: () => ({
        dom: renderTooltip({
          findings: hits, hover: markdown, actions,
          apply: (action) => view.plugin(sync)?.applyAction(action, version) ?? 'The editor has closed.',
        }),
      }),
    };
  }, { hideOnChange: true });

  return [findingsField, sync, hover];
}
