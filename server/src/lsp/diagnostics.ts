// Diagnostics for a document version: pushed (publishDiagnostics with the version) or pulled
// (textDocument/diagnostic), never both, so a client does not show each finding twice.
import {
  DiagnosticSeverity, DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticParams,
  type DocumentDiagnosticReport, type PublishDiagnosticsParams,
} from 'vscode-languageserver';
import type { Finding } from '../engine/engine.js';
import { diagnosticBody, toDiagnostic, toPosition } from './convert.js';
import type { JsonOut, WritesJson } from './json-out.js';
import type { Analysis, Session } from './session.js';

export function diagnosticsOf(session: Session, { doc, result }: Analysis): Diagnostic[] {
  return [
    ...result.findings.map((f) => toDiagnostic(f, doc, session.encoding, session.ruleHref(f.rule))),
    ...settingsDiagnostics(result),
  ];
}

// A bad value in the draft's own front matter or inline settings belongs with the draft, where the
// writer is typing, not in a pop-up on every keystroke.
const settingsDiagnostics = ({ problems }: Analysis['result']): Diagnostic[] => problems.map((p) => ({
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  severity: DiagnosticSeverity.Warning, source: 'probity', code: 'settings',
  message: `${p.source}: '${p.key}': ${p.message}`,
}));

/**
 * publishDiagnostics params that, on a transport that lets them (stdio.ts), write their own JSON:
 * each finding's diagnostic but for its range is the same from keystroke to keystroke, so its bytes
 * are kept and copied, and only the range is written anew.
 */
class PublishParams implements PublishDiagnosticsParams, WritesJson {
  readonly uri: string;
  readonly version: number;
  constructor(private readonly session: Session, private readonly analysis: Analysis) {
    this.uri = analysis.doc.uri;
    this.version = analysis.doc.version;
  }

  get diagnostics(): Diagnostic[] {
    return diagnosticsOf(this.session, this.analysis);
  }

  toJSON(): PublishDiagnosticsParams {
    return { uri: this.uri, version: this.version, diagnostics: this.diagnostics };
  }

  writeJson(out: JsonOut): void {
    const { session, analysis: { doc, result } } = this;
    out.ascii('{"uri":').json(this.uri).ascii(',"version":').int(this.version).ascii(',"diagnostics":[');
    let first = true;
    // Findings come in order of their starts: each line is looked for from the one before's.
    const utf16 = session.encoding === 'utf-16';
    let line = 0;
    for (const f of result.findings) {
      if (!first) out.ascii(',');
      first = false;
      out.ascii('{"range":{"start":{"line":');
      if (utf16) {
        line = doc.lineAt(f.start, line);
        const endLine = doc.lineAt(f.end, line);
        out.int(line).ascii(',"character":').int(doc.characterAt(f.start, line))
          .ascii('},"end":{"line":').int(endLine).ascii(',"character":').int(doc.characterAt(f.end, endLine));
      } else {
        const start = toPosition(doc, f.start, session.encoding), end = toPosition(doc, f.end, session.encoding);
        out.int(start.line).ascii(',"character":').int(start.character)
          .ascii('},"end":{"line":').int(end.line).ascii(',"character":').int(end.character);
      }
      out.ascii('}},').bytes(bodyBytes(f, session.ruleHref(f.rule)));
    }
    for (const d of settingsDiagnostics(result)) {
      if (!first) out.ascii(',');
      first = false;
      out.json(d);
    }
    out.ascii(']}');
  }
}

interface Body { rule: string; severity: string; href: string | undefined; bytes: Uint8Array }
/**
 * Diagnostic bodies by message, as UTF-8 JSON after the opening brace (the range goes before).
 * Messages quote the draft, so typing makes new ones: the bodies are dropped together once they
 * hold MAX_BODY_BYTES (a long draft's bodies take a few hundred KB; each keystroke adds one or two).
 */
const bodies = new Map<string, Body>();
let bodyBytesKept = 0;
export const MAX_BODY_BYTES = 1 << 20;
const utf8 = new TextEncoder();

function bodyBytes(f: Finding, href: string | undefined): Uint8Array {
  let body = bodies.get(f.message);
  if (!body || body.rule !== f.rule || body.severity !== f.severity || body.href !== href) {
    body = { rule: f.rule, severity: f.severity, href, bytes: utf8.encode(JSON.stringify(diagnosticBody(f, href)).slice(1)) };
    const cost = body.bytes.byteLength + 2 * f.message.length;
    if (bodyBytesKept + cost > MAX_BODY_BYTES) {
      bodies.clear();
      bodyBytesKept = 0;
    }
    const old = bodies.get(f.message);
    if (old) bodyBytesKept -= old.bytes.byteLength + 2 * f.message.length;
    bodies.set(f.message, body);
    bodyBytesKept += cost;
  }
  return body.bytes;
}

/** Bytes the kept diagnostic bodies take (their JSON and their message keys), for the tests. */
export const keptBodyBytes = () => bodyBytesKept;

export const publishParams = (session: Session, analysis: Analysis): PublishParams => new PublishParams(session, analysis);

export function publish(session: Session, analysis: Analysis): void {
  const params = publishParams(session, analysis);
  // Elsewhere (node-ipc, a worker's postMessage) messages are copied as plain objects.
  void session.connection.sendDiagnostics(session.env.writesJson ? params : params.toJSON());
}

export async function pull(session: Session, params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
  const analysis = await session.analyse(params.textDocument.uri);
  if (!analysis) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const resultId = `${analysis.doc.version}:${analysis.generation}`;
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(session, analysis) };
}
