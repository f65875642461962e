// Offsets to LSP-style positions (zero-based line, UTF-16 character), for the CLI's reports.
import type { LineIndex } from '../draft/line-index.js';

export interface Position { line: number; character: number }
export interface LspRange { start: Position; end: Position }

export function positionAt(lines: LineIndex, offset: number): Position {
  const line = lines.lineOf(offset);
  return { line, character: offset - lines.starts[line] };
}

export const rangeAt = (lines: LineIndex, start: number, end: number): LspRange =>
  ({ start: positionAt(lines, start), end: positionAt(lines, end) });
