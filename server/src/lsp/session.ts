// One client's session: its open documents, what it can do, its settings, and the engine's result
// for each document version. Handlers ask `analyse(uri)` and convert; they never run rules themselves.
import { RULES, type Rule, type Settings } from '@probity/rules';
import {
  MessageType, ShowMessageNotification, TextDocuments, type ClientCapabilities, type Connection, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { Engine, type CheckResult } from '../engine/engine.js';
import { ConfigProblems, settingsSources } from './config-problems.js';
import { mergeSettings, type SettingsProblem } from '../settings/schema.js';
import { toUtf16Change, type Encoding } from './convert.js';
import { describeProblem, readEditorSettings, SETTINGS_SECTION } from './settings.js';
import { Snapshot } from './snapshot.js';

/**
 * The settings layer found on disk for a document (probity.json); only the Node entry has one.
 * `uri` and `text` are the file's, so its problems can be shown in it.
 */
export interface ConfigLayer { settings: Partial<Settings>; problems: SettingsProblem[]; uri?: string; text?: string }

/** What differs between the Node and the browser entries. */
export interface ServerEnv {
  /** probity.json for a document, or undefined when it has none or cannot have one. */
  configFor?(uri: string): ConfigLayer | undefined;
  /** Forget cached probity.json locations (after a watched file changed). */
  clearConfigCache?(): void;
  /** The probity.json at `uri` read afresh, or undefined when it is gone. */
  configAt?(uri: string): ConfigLayer | undefined;
  /** The rule's documentation, where one exists. */
  ruleDocUrl?(rule: string): string | undefined;
  /** The rules to run (tests swap in a failing one); all of them by default. */
  rules?: readonly Rule[];
  /** The transport writes params that write their own JSON (json-out.ts): the stdio writer does. */
  writesJson?: boolean;
}

export interface InitOptions {
  /** Settings for clients that cannot answer workspace/configuration (same keys as the section). */
  settings?: unknown;
  /** A URL template for rule documentation, `{rule}` standing for the rule id. */
  ruleDocsUrl?: string;
}

export interface Analysis { doc: Snapshot; result: CheckResult; generation: number }

const MAX_REMEMBERED = 500;

// Node has setImmediate, which runs after pending I/O without the clamp of setTimeout (1 ms or
// more); a browser worker has only setTimeout.
const defer: (f: () => void) => void = typeof setImmediate === 'function' ? (f) => { setImmediate(f); } : (f) => { setTimeout(f, 0); };
const pause = () => new Promise<void>((resolve) => defer(resolve));
/** Turns a re-check may be put off while changes keep arriving, before it runs regardless. */
const MAX_SETTLE_TURNS = 64;

export class Session {
  readonly engine: Engine;
  readonly documents: TextDocuments<Snapshot>;
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
  /** Documents changed since their last check was started, and those with a check loop running. */
  private readonly dirty = new Set<string>();
  private readonly running = new Set<string>();
  /** The check under way per document, shared by every request for the same version and settings. */
  private readonly inflight = new Map<string, { version: number; generation: number; promise: Promise<Analysis | undefined> }>();
  private readonly told = new Set<string>();
  private readonly logged = new Set<string>();
  private readonly configProblems = new ConfigProblems(this);
  private readonly ruleIds: ReadonlySet<string>;
  /** Each finding rule's documentation link, by its id: as many as there are rules (and a few other finding kinds). */
  private readonly hrefs = new Map<string, string | undefined>();

  constructor(readonly connection: Connection, readonly env: ServerEnv) {
    this.engine = new Engine(env.rules);
    this.ruleIds = new Set((env.rules ?? RULES).map((r) => r.id));
    this.documents = new TextDocuments<Snapshot>({
      create: Snapshot.create,
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
    this.hrefs.clear();
    this.pushedSettings = o.settings;
  }

  ruleHref(rule: string): string | undefined {
    // Asked once per diagnostic on every publish: one string per rule id (a fixed, small set) rather
    // than a new one each time, which the publish then compared with its kept body's, character by character.
    if (this.hrefs.has(rule)) return this.hrefs.get(rule);
    // Only a rule has a page: a check-limit or settings finding links nowhere rather than to a missing page.
    const href = this.init.ruleDocsUrl
      ? (this.ruleIds.has(rule) ? this.init.ruleDocsUrl.replace('{rule}', encodeURIComponent(rule)) : undefined)
      : this.env.ruleDocUrl?.(rule);
    this.hrefs.set(rule, href);
    return href;
  }

  /**
   * Incremental changes arrive in the negotiated encoding; snapshots count UTF-16. Each version is a
   * new snapshot and the old one is never changed, so a result computed for version n is never read
   * against the text of version n+1.
   */
  private applyChanges(doc: Snapshot, changes: TextDocumentContentChangeEvent[], version: number): Snapshot {
    if (this.encoding === 'utf-16') return doc.update(changes, version);
    let next = doc;
    for (const change of changes) next = next.update([toUtf16Change(next, change, this.encoding)], version);
    return next === doc ? doc.update([], version) : next;
  }

  /**
   * The engine's result for the document's current version, computed once per version and settings.
   * A long check gives way to other requests while it runs, and stops when a newer version arrives.
   */
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
      let run = this.inflight.get(uri);
      if (!run || run.version !== doc.version || run.generation !== generation) {
        run = { version: doc.version, generation, promise: this.check(uri, doc, generation, editor) };
        this.inflight.set(uri, run);
        const mine = run;
        const done = () => { if (this.inflight.get(uri) === mine) this.inflight.delete(uri); };
        run.promise.then(done, done);
      }
      const analysis = await run.promise;
      // Cancelled (a newer version or new settings): go round for what is current now.
      if (analysis) return analysis;
    }
  }

  private async check(uri: string, doc: Snapshot, generation: number, editor: Partial<Settings>): Promise<Analysis | undefined> {
    const config = this.configFor(uri);
    const stale = () => this.generation !== generation || this.documents.get(uri)?.version !== doc.version;
    const result = await this.engine.checkAsync(doc.getText(), { settings: mergeSettings(config?.settings ?? {}, editor), previous: doc.previous, document: uri }, { pause, cancelled: stale });
    // Closed while it was checked: the engine may have remembered its layout after forget().
    if (!this.documents.get(uri)) this.engine.forget(uri);
    if (!result) return undefined;
    // Keyed by rule and error message: the stack differs between the sync and the yielding check.
    for (const f of result.failures) this.logOnce(`Probity: the ${f.rule} check failed and was skipped; the other checks still ran.\n${f.error}`, `${f.rule}\u0000${f.error.split('\n')[0]}`);
    this.logOnce(settingsSources(uri, config, editor, result.draft.frontMatter, { jurisdiction: result.draft.settings.jurisdiction, platform: result.draft.platform }),
      `sources\u0000${uri}\u0000${generation}`, 'info');
    const analysis = { doc, result, generation };
    // Only the newest is kept: a late result for an older version must not replace a newer one.
    const kept = this.results.get(uri);
    if (this.documents.get(uri) && (!kept || kept.doc.version < doc.version || (kept.doc.version === doc.version && kept.generation <= generation))) {
      this.results.set(uri, analysis);
    }
    return analysis;
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
      if (c.uri) this.configProblems.report(c);
      else this.tell(c.problems);
    }
    return c;
  }

  /** One message per distinct problem, not one per keystroke; forgotten when settings change. */
  private tell(problems: SettingsProblem[]): void {
    for (const p of problems) {
      const text = describeProblem(p);
      if (this.told.has(text)) continue;
      if (this.told.size > MAX_REMEMBERED) this.told.clear();
      this.told.add(text);
      // A notification, not showMessageRequest: nothing to answer, and no client waits on it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
    }
  }

  logOnce(message: string, key = message, level: 'error' | 'info' = 'error'): void {
    if (this.logged.has(key)) return;
    if (this.logged.size > MAX_REMEMBERED) this.logged.clear();
    this.logged.add(key);
    this.connection.console[level](message);
  }

  /**
   * Push mode: re-check soon, once for a burst of changes. The check waits for a turn of the event
   * loop in which no newer version came in, so changes already queued are taken first and only
   * the newest version is checked; the final version is always checked and published.
   */
  schedule(uri: string, publish: (a: Analysis) => void): void {
    if (this.pullDiagnostics) return;
    this.dirty.add(uri);
    if (this.running.has(uri)) return;
    this.running.add(uri);
    // With setImmediate the message queue takes its next message after this callback, so look once
    // more before deciding nothing newer came; setTimeout runs after queued messages anyway.
    let seen = typeof setImmediate === 'function' ? -1 : this.documents.get(uri)?.version ?? -1;
    let turns = 0;
    const settle = () => {
      const version = this.documents.get(uri)?.version ?? -1;
      if (version !== seen && turns++ < MAX_SETTLE_TURNS) {
        seen = version;
        defer(settle);
        return;
      }
      void this.drain(uri, publish).finally(() => {
        this.running.delete(uri);
        // A change that came in after the loop's last look starts a new one.
        if (this.dirty.has(uri)) this.schedule(uri, publish);
      });
    };
    defer(settle);
  }

  private async drain(uri: string, publish: (a: Analysis) => void): Promise<void> {
    while (this.dirty.delete(uri)) {
      let a: Analysis | undefined;
      try {
        a = await this.analyse(uri);
      } catch (e) {
        this.logOnce(`Probity: checking ${uri} failed: ${(e as Error).stack ?? e}`);
        return;
      }
      if (!a) return;
      // Never publish over a newer version, nor twice for the same version and settings.
      if (this.documents.get(uri)?.version !== a.doc.version) continue;
      const last = this.published.get(uri);
      if (last && (last.version > a.doc.version || (last.version === a.doc.version && last.generation === a.generation))) continue;
      this.published.set(uri, { version: a.doc.version, generation: a.generation });
      publish(a);
    }
  }

  /** How much the session keeps, per kind, for tests: all per-document state goes with forget(). */
  retained() {
    return {
      documents: this.documents.all().length, results: this.results.size, published: this.published.size,
      editorSettings: this.editorSettings.size, configs: this.configs.size, inflight: this.inflight.size,
      dirty: this.dirty.size, running: this.running.size, told: this.told.size, logged: this.logged.size,
      engine: this.engine.cacheSize(),
    };
  }

  forget(uri: string): void {
    this.engine.forget(uri);
    this.results.delete(uri);
    this.dirty.delete(uri);
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
    this.configProblems.recheck();
  }
}
