// Diagnostics for a document version: pushed (publishDiagnostics with the version) or pulled
// (textDocument/diagnostic), never both, so a client does not show each finding twice.
import {
  DiagnosticSeverity, DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import { toDiagnostic } from './convert.js';
import type { Analysis, Session } from './session.js';

export function diagnosticsOf(session: Session, { doc, result }: Analysis): Diagnostic[] {
  const out = result.findings.map((f) => toDiagnostic(f, doc, session.encoding, session.ruleHref(f.rule)));
  // A bad value in the draft's own front matter or inline settings belongs with the draft, where
  // the writer is typing, not in a pop-up on every keystroke.
  for (const p of result.problems) {
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning, source: 'probity', code: 'settings',
      message: `${p.source}: '${p.key}': ${p.message}`,
    });
  }
  return out;
}

export function publish(session: Session, analysis: Analysis): void {
  void session.connection.sendDiagnostics({
    uri: analysis.doc.uri, version: analysis.doc.version, diagnostics: diagnosticsOf(session, analysis),
  });
}

export async function pull(session: Session, params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
  const analysis = await session.analyse(params.textDocument.uri);
  if (!analysis) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const resultId = `${analysis.doc.version}:${analysis.generation}`;
  if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(session, analysis) };
}
