// Node-only settings layer: probity.json, found upward from the draft (or named with --config).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Settings } from '@probity/rules';
// jsonc-parser (the parser behind VS Code's JSON support) gives every node's offset, which
// JSON.parse does not: a problem is then underlined where it is in probity.json. Its ES module build,
// which bundles; the default (UMD) one loads its parts with a require() that a bundle cannot follow.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { readLayer, type SettingsProblem } from './schema.js';

export const CONFIG_NAME = 'probity.json';

/** `text` is the file as read, which problems' `at` offsets point into. */
export interface LoadedConfig { path?: string; settings: Partial<Settings>; problems: SettingsProblem[]; text?: string }

const found = new Map<string, string | null>();
/** Directories remembered at most: a language server meets a few per document it opens. */
const MAX_FOUND = 2048;

/** The nearest probity.json at or above `dir`, cached per directory for a run. */
export function findConfig(dir: string): string | undefined {
  const start = resolve(dir);
  if (found.size > MAX_FOUND) found.clear();
  const seen: string[] = [];
  let d = start;
  for (;;) {
    if (found.has(d)) { const r = found.get(d)!; seen.forEach((s) => found.set(s, r)); return r ?? undefined; }
    seen.push(d);
    const candidate = join(d, CONFIG_NAME);
    try {
      if (statSync(candidate).isFile()) { seen.forEach((s) => found.set(s, candidate)); return candidate; }
    } catch { /* not here */ }
    const up = dirname(d);
    if (up === d) { seen.forEach((s) => found.set(s, null)); return undefined; }
    d = up;
  }
}

export function clearConfigCache(): void { found.clear(); }

/** Directories whose probity.json is remembered, for tests. */
export const configLookupsKept = () => found.size;

export function loadConfig(file: string): LoadedConfig {
  const problems: SettingsProblem[] = [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    problems.push({ source: file, key: '(file)', message: `cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return { path: file, settings: {}, problems };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    problems.push(jsonProblem(file, text, e as Error));
    return { path: file, settings: {}, problems, text };
  }
  const settings = readLayer(raw, file, problems, true);
  locate(text, problems);
  return { path: file, settings, problems, text };
}

/** Settings for a draft at `draftPath`: its probity.json (if any), loaded fresh. */
export function configFor(draftPath: string, explicit?: string): LoadedConfig {
  const file = explicit ?? findConfig(dirname(resolve(draftPath)));
  return file ? loadConfig(file) : { settings: {}, problems: [] };
}

// jsonc-parser's error codes (by printParseErrorCode's name), in words: the ones a hand-edited file runs into.
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character', InvalidNumberFormat: 'a malformed number', PropertyNameExpected: 'a key in double quotes is expected',
  ValueExpected: 'a value is expected', ColonExpected: 'a colon is missing', CommaExpected: 'a comma is missing',
  CloseBraceExpected: 'a closing } is missing', CloseBracketExpected: 'a closing ] is missing', EndOfFileExpected: 'there is text after the end',
  InvalidCommentToken: 'comments are not allowed', UnexpectedEndOfComment: 'comments are not allowed', UnexpectedEndOfString: 'a text is not closed with "',
  UnexpectedEndOfNumber: 'a malformed number', InvalidUnicode: 'a malformed \\u escape', InvalidEscapeCharacter: 'a malformed escape', InvalidCharacter: 'a control character inside a text',
};

/** Invalid JSON: where the first error is and what it is, in words rather than JSON.parse's. */
function jsonProblem(file: string, text: string, e: Error): SettingsProblem {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return { source: file, key: '(json)', message: `not valid JSON: ${e.message}` };
  const what = JSON_ERRORS[printParseErrorCode(first.error)] ?? 'not valid JSON here';
  return { source: file, key: '(json)', message: `not valid JSON: ${what}`, at: { start: first.offset, end: first.offset + Math.max(1, first.length) } };
}

/** Points each problem at its key (an unknown one) or its value in the file. */
function locate(text: string, problems: SettingsProblem[]): void {
  const tree = parseTree(text);
  if (!tree) return;
  for (const p of problems) {
    let node: Node | undefined;
    if (p.key === '(root)') node = tree;
    else node = findNodeAtLocation(tree, [p.key]) ?? (p.key.startsWith('rules.') ? findNodeAtLocation(tree, ['rules', p.key.slice(6)]) : undefined);
    if (!node) continue;
    // An unknown key is the key's fault; a bad value, the value's.
    const target = /^unknown (setting|rule)/.test(p.message) && node.parent?.type === 'property' ? node.parent.children![0] : node;
    p.at = { start: target.offset, end: target.offset + target.length };
  }
}
