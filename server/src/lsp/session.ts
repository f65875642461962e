// One client's session: its open documents, what it can do, its settings, and the engine's result
// for each document version. Handlers ask `analyse(uri)` and convert; they never run rules themselves.
import type { Rule, Settings } from '@probity/rules';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  MessageType, ShowMessageNotification, TextDocuments, type ClientCapabilities, type Connection, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { Engine, type CheckResult } from '../engine/engine.js';
import { mergeSettings, type SettingsProblem } from '../settings/schema.js';
import { toUtf16Change, type Encoding } from './convert.js';
import { describeProblem, readEditorSettings, SETTINGS_SECTION } from './settings.js';

/** The settings layer found on disk for a document (probity.json); only the Node entry has one. */
export interface ConfigLayer { settings: Partial<Settings>; problems: SettingsProblem[] }

/** What differs between the Node and the browser entries. */
export interface ServerEnv {
  /** probity.json for a document, or undefined when it has none or cannot have one. */
  configFor?(uri: string): ConfigLayer | undefined;
  /** Forget cached probity.json locations (after a watched file changed). */
  clearConfigCache?(): void;
  /** The rule's documentation, where one exists. */
  ruleDocUrl?(rule: string): string | undefined;
  /** The rules to run (tests swap in a failing one); all of them by default. */
  rules?: readonly Rule[];
}

export interface InitOptions {
  /** Settings for clients that cannot answer workspace/configuration (same keys as the section). */
  settings?: unknown;
  /** A URL template for rule documentation, `{rule}` standing for the rule id. */
  ruleDocsUrl?: string;
}

export interface Analysis { doc: TextDocument; result: CheckResult; generation: number }

const MAX_REMEMBERED = 500;

export class Session {
  readonly engine: Engine;
  readonly documents: TextDocuments<TextDocument>;
  encoding: Encoding = 'utf-16';
  caps: ClientCapabilities = {};
  init: InitOptions = {};
  /** Bumped whenever settings or probity.json may have changed: every cached result is then stale. */
  generation = 0;

  private readonly editorSettings = new Map<string, Promise<Partial<Settings>>>();
  private pushedSettings: unknown;
  private readonly configs = new Map<string, ConfigLayer>();
  private readonly results = new Map<string, Analysis>();
  private readonly published = new Map<string, { version: number; generation: number }>();
  private readonly pending = new Set<string>();
  private readonly told = new Set<string>();
  private readonly logged = new Set<string>();

  constructor(readonly connection: Connection, readonly env: ServerEnv) {
    this.engine = new Engine(env.rules);
    this.documents = new TextDocuments<TextDocument>({
      create: TextDocument.create,
      update: (doc, changes, version) => this.applyChanges(doc, changes, version),
    });
  }

  get pullDiagnostics(): boolean { return !!this.caps.textDocument?.diagnostic; }
  get canAskSettings(): boolean { return !!this.caps.workspace?.configuration; }
  get documentChanges(): boolean { return !!this.caps.workspace?.workspaceEdit?.documentChanges; }
  get snippets(): boolean { return !!this.caps.textDocument?.completion?.completionItem?.snippetSupport; }
  get markdownHover(): boolean {
    const formats = this.caps.textDocument?.hover?.contentFormat;
    return !formats || formats.includes('markdown');
  }

  useInitOptions(raw: unknown): void {
    if (!raw || typeof raw !== 'object') return;
    const o = raw as Record<string, unknown>;
    this.init = { settings: o.settings, ruleDocsUrl: typeof o.ruleDocsUrl === 'string' ? o.ruleDocsUrl : undefined };
    this.pushedSettings = o.settings;
  }

  ruleHref(rule: string): string | undefined {
    if (this.init.ruleDocsUrl) return this.init.ruleDocsUrl.replace('{rule}', encodeURIComponent(rule));
    return this.env.ruleDocUrl?.(rule);
  }

  /**
   * Incremental changes arrive in the negotiated encoding; the text model counts UTF-16. Each version
   * is a new snapshot (TextDocument.update would change the old one in place), so a result computed
   * for version n is never read against the text of version n+1.
   */
  private applyChanges(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const next = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
    if (this.encoding === 'utf-16') return TextDocument.update(next, changes, version);
    for (const change of changes) TextDocument.update(next, [toUtf16Change(next, change, this.encoding)], version);
    return next;
  }

  /** The engine's result for the document's current version, computed once per version and settings. */
  async analyse(uri: string): Promise<Analysis | undefined> {
    for (;;) {
      if (!this.documents.get(uri)) return undefined;
      const generation = this.generation;
      const editor = await this.settingsFor(uri);
      // Settings changed while we were asking for them: ask again rather than check with old ones.
      if (generation !== this.generation) continue;
      const doc = this.documents.get(uri);
      if (!doc) return undefined;
      const cached = this.results.get(uri);
      if (cached && cached.doc.version === doc.version && cached.generation === generation) return cached;
      const config = this.configFor(uri);
      const result = this.engine.check(doc.getText(), { settings: mergeSettings(config?.settings ?? {}, editor) });
      for (const f of result.failures) this.logOnce(`Probity: the ${f.rule} check failed and was skipped; the other checks still ran.\n${f.error}`);
      const analysis = { doc, result, generation };
      this.results.set(uri, analysis);
      return analysis;
    }
  }

  private settingsFor(uri: string): Promise<Partial<Settings>> {
    let p = this.editorSettings.get(uri);
    if (!p) {
      p = this.fetchSettings(uri);
      this.editorSettings.set(uri, p);
    }
    return p;
  }

  private async fetchSettings(uri: string): Promise<Partial<Settings>> {
    let raw = this.pushedSettings;
    if (this.canAskSettings) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      } catch (e) {
        this.logOnce(`Probity: could not read the editor's settings (${(e as Error).message}); using defaults`);
        raw = undefined;
      }
    }
    const problems: SettingsProblem[] = [];
    const layer = readEditorSettings(raw, problems);
    this.tell(problems);
    return layer;
  }

  private configFor(uri: string): ConfigLayer | undefined {
    if (!this.env.configFor) return undefined;
    let c = this.configs.get(uri);
    if (!c) {
      c = this.env.configFor(uri) ?? { settings: {}, problems: [] };
      this.configs.set(uri, c);
      this.tell(c.problems);
    }
    return c;
  }

  /** One message per distinct problem, not one per keystroke; forgotten when settings change. */
  private tell(problems: SettingsProblem[]): void {
    for (const p of problems) {
      const text = describeProblem(p);
      if (this.told.has(text)) continue;
      this.told.add(text);
      // A notification, not showMessageRequest: nothing to answer, and no client waits on it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
    }
  }

  logOnce(message: string): void {
    if (this.logged.has(message)) return;
    if (this.logged.size > MAX_REMEMBERED) this.logged.clear();
    this.logged.add(message);
    this.connection.console.error(message);
  }

  /** Push mode: re-check soon, once for a burst of changes. */
  schedule(uri: string, publish: (a: Analysis) => void): void {
    if (this.pullDiagnostics || this.pending.has(uri)) return;
    this.pending.add(uri);
    setTimeout(() => {
      this.pending.delete(uri);
      void this.analyse(uri).then((a) => {
        if (!a) return;
        // Never publish over a newer version, nor twice for the same version and settings.
        if (this.documents.get(uri)?.version !== a.doc.version) return;
        const last = this.published.get(uri);
        if (last && (last.version > a.doc.version || (last.version === a.doc.version && last.generation === a.generation))) return;
        this.published.set(uri, { version: a.doc.version, generation: a.generation });
        publish(a);
      }, (e) => this.logOnce(`Probity: checking ${uri} failed: ${(e as Error).stack ?? e}`));
    }, 0);
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.published.delete(uri);
    this.editorSettings.delete(uri);
    this.configs.delete(uri);
  }

  settingsChanged(pushed?: unknown): void {
    this.generation++;
    if (pushed !== undefined) this.pushedSettings = pushed;
    this.editorSettings.clear();
    this.told.clear();
  }

  configFilesChanged(): void {
    this.generation++;
    this.configs.clear();
    this.env.clearConfigCache?.();
    this.told.clear();
  }
}
