// A bad probity.json, told once and shown where it is: each problem a diagnostic on probity.json
// itself (so any editor underlines it), one notification per file that went wrong with a button to
// open it, and every problem in the server's log. Also logs where a draft's settings come from.
import { DiagnosticSeverity, MessageType, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SettingsProblem } from '../settings/schema.js';
import { toRange } from './convert.js';
import type { ConfigLayer, Session } from './session.js';
import { problemText } from './settings.js';

export const OPEN_CONFIG = 'Open probity.json';

/** "in drafts", from a file URI's folder: enough to tell which probity.json, without a long path. */
function folderOf(uri: string): string {
  const parts = decodeURIComponent(uri.replace(/^[a-z]+:\/+/i, '')).split('/').filter(Boolean);
  return parts.length >= 2 ? ` in '${parts[parts.length - 2]}'` : '';
}

export class ConfigProblems {
  /** probity.json files with diagnostics out, and what was sent, so an unchanged file is not sent again. */
  private readonly published = new Map<string, string>();
  /** Files the writer has been told about since they were last fine. */
  private readonly announced = new Set<string>();

  constructor(private readonly session: Session) {}

  /** A draft's probity.json was read; `layer.uri` names it. */
  report(layer: ConfigLayer): void {
    const { uri, problems } = layer;
    if (!uri) return;
    const doc = TextDocument.create(uri, 'json', 0, layer.text ?? '');
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: p.at ? toRange(doc, p.at.start, p.at.end, this.session.encoding) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning, source: 'probity', code: 'settings',
      message: problemText(p),
    }));
    const key = JSON.stringify(diagnostics);
    if (this.published.get(uri) !== key) {
      if (diagnostics.length) this.published.set(uri, key);
      else this.published.delete(uri);
      for (const p of problems) this.session.connection.console.warn(`Probity: ${uri}: ${problemText(p)}`);
      void this.session.connection.sendDiagnostics({ uri, diagnostics });
    }
    if (problems.length === 0) { this.announced.delete(uri); return; }
    if (this.announced.has(uri)) return;
    this.announced.add(uri);
    void this.announce(uri, problems);
  }

  /** After probity.json files changed on disk: files that had problems are read again (or cleared if gone). */
  recheck(): void {
    for (const uri of [...this.published.keys()]) this.report(this.session.env.configAt?.(uri) ?? { uri, settings: {}, problems: [] });
  }

  private async announce(uri: string, problems: SettingsProblem[]): Promise<void> {
    const { connection, caps } = this.session;
    const n = problems.length;
    const message = n === 1
      ? `Probity: probity.json${folderOf(uri)} has a problem: ${problemText(problems[0])}.`
      : `Probity: probity.json${folderOf(uri)} has ${n} problems, each underlined in the file; the checks use the defaults for those settings meanwhile.`;
    if (!caps.window?.showDocument?.support) {
      void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message });
      return;
    }
    try {
      const choice = await connection.window.showWarningMessage(message, { title: OPEN_CONFIG });
      if (choice?.title === OPEN_CONFIG) await connection.window.showDocument({ uri, takeFocus: true });
    } catch { /* the client went away, or cannot show messages: the diagnostics are still there */ }
  }
}

const SETTING_KEYS = ['jurisdiction', 'platform', 'author', 'credentials', 'signposting', 'interests', 'sponsored', 'rules'];

/**
 * For the log: where a draft's settings came from, layer by layer, and the jurisdiction and platform
 * they came to. Names keys, not values: an author's name has no business in a log file.
 */
export function settingsSources(uri: string, config: ConfigLayer | undefined, editor: object, frontMatter: object,
  result: { jurisdiction: string; platform: string }): string {
  // An editor fills settings nobody touched with {} or []: those are not a choice.
  const given = (v: unknown) => v !== undefined && !(typeof v === 'object' && v !== null && Object.keys(v).length === 0);
  const keys = (o: object) => Object.keys(o).filter((k) => SETTING_KEYS.includes(k) && given((o as Record<string, unknown>)[k]));
  const layers = [
    config?.uri ? `probity.json (${config.uri}): ${keys(config.settings).join(', ') || 'nothing'}` : 'no probity.json',
    `editor settings: ${keys(editor).join(', ') || 'nothing'}`,
    `front matter: ${keys(frontMatter).join(', ') || 'nothing'}`,
  ];
  return `Probity: ${uri} is checked for jurisdiction ${result.jurisdiction}, platform ${result.platform}; settings from ${layers.join('; ')}`;
}
