// Code actions: the fixes of the findings under the cursor, "Ignore here…", "Disable <rule> in this
// file", and fix-all (every finding's first safe fix that does not clash with another).
import type { Fix } from '@probity/rules';
import { asSnippet, PLACEHOLDER } from '@probity/snippets';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding } from '../engine/engine.js';
import { applyFixesDetailed } from '../engine/fixes.js';
import { LIMIT_RULE } from '../engine/limits.js';
import { disableFileFix, ignoreFix, REASON_CHECK } from '../engine/suppress.js';
import { toDiagnostic, toOffsets, toTextEdits, toWorkspaceEdit } from './convert.js';
import type { Analysis, Session } from './session.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.probity`;

/** The engine's own notes: no rule's comment can silence them, so no "Ignore" is offered. */
const NOTES = new Set([REASON_CHECK, LIMIT_RULE]);

/** LSP kinds are hierarchical: asking for `source` includes `source.fixAll.probity`. */
const wanted = (only: string[] | undefined, kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

export async function codeActions(session: Session, params: CodeActionParams): Promise<CodeAction[]> {
  const analysis = await session.analyse(params.textDocument.uri);
  if (!analysis) return [];
  const only = params.context?.only;
  const actions: CodeAction[] = [];
  if (wanted(only, CodeActionKind.QuickFix)) actions.push(...quickFixes(session, analysis, params));
  if (wanted(only, FIX_ALL_KIND)) {
    const all = fixAll(session, analysis);
    if (all) actions.push(all);
  }
  return actions;
}

function quickFixes(session: Session, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const { doc, result } = analysis;
  const { start, end } = toOffsets(doc, params.range, session.encoding);
  // The findings under the range, and those the client names by a diagnostic of ours whose code and
  // range are a finding's in this version, even where the range does not reach them.
  const named = (params.context?.diagnostics ?? []).filter((d) => d?.source === 'probity' && typeof d.code === 'string' && !!d.range)
    .map((d) => ({ rule: d.code, ...toOffsets(doc, d.range, session.encoding) }));
  const under = result.findings.filter((f) => (f.start <= end && start <= f.end)
    || named.some((d) => d.rule === f.rule && d.start === f.start && d.end === f.end));
  const action = (fix: Fix, finding: Finding, preferred = false): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(finding, doc, session.encoding, session.ruleHref(finding.rule))],
    ...(preferred ? { isPreferred: true } : {}),
    edit: withTabStops(session, toWorkspaceEdit(toTextEdits(fix, doc, session.encoding), doc, session.documentChanges)),
  });
  const fixes: CodeAction[] = [], ignores: CodeAction[] = [], disables: CodeAction[] = [];
  const seen = new Set<string>();
  const once = (list: CodeAction[], key: string, make: () => CodeAction) => {
    if (seen.has(key)) return;
    seen.add(key);
    list.push(make());
  };
  for (const f of under) {
    const mainSafe = f.fixes.find((x) => x.safe);
    f.fixes.forEach((fix, i) => once(fixes, `fix:${f.rule}:${f.start}:${i}`, () => action(fix, f, fix === mainSafe)));
    if (NOTES.has(f.rule)) continue;
    const ignore = ignoreFix(result.draft, f.rule, f.start);
    once(ignores, `ignore:${JSON.stringify(ignore.edits)}`, () => action(ignore, f));
    once(disables, `disable:${f.rule}`, () => action(disableFileFix(result.draft, f.rule), f));
  }
  // The fixes themselves first, then the ways to silence a finding: the order editors list them in.
  return [...fixes, ...ignores, ...disables];
}

function fixAll(session: Session, { doc, result }: Analysis): CodeAction | undefined {
  const safe = result.findings.map((f) => f.fixes.find((x) => x.safe)).filter((x): x is Fix => !!x);
  const { applied } = applyFixesDetailed(doc.getText(), safe);
  if (applied.length === 0) return undefined;
  const edits = applied.flatMap((fix) => toTextEdits(fix, doc, session.encoding)).sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const diagnostics: Diagnostic[] = result.findings.filter((f) => applied.includes(f.fixes.find((x) => x.safe)!))
    .map((f) => toDiagnostic(f, doc, session.encoding, session.ruleHref(f.rule)));
  return {
    title: applied.length === 1 ? 'Probity: apply the safe fix' : `Probity: apply ${applied.length} safe fixes`,
    kind: FIX_ALL_KIND,
    diagnostics,
    edit: toWorkspaceEdit(edits, doc, session.documentChanges),
  };
}

/**
 * Where the client takes snippet edits (LSP 3.18, VS Code), an edit that leaves a placeholder to fill
 * ("[add reason]" after "Ignore here…") makes it a tab stop, so the editor selects it, ready to type over.
 */
function withTabStops(session: Session, edit: WorkspaceEdit): WorkspaceEdit {
  if (!session.caps.workspace?.workspaceEdit?.snippetEditSupport || !edit.documentChanges) return edit;
  const placeholder = new RegExp(PLACEHOLDER.source);
  return {
    documentChanges: edit.documentChanges.map((dc) => ('edits' in dc ? {
      ...dc,
      edits: dc.edits.map((e) => ('newText' in e && placeholder.test(e.newText)
        ? { range: e.range, snippet: { kind: 'snippet' as const, value: asSnippet(e.newText) } } : e)),
    } : dc)),
  };
}
