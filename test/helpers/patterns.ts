// Every regular expression the rules and the engine use, gathered three ways so none escapes: (1) the
// modules' exports, walked into arrays and objects; (2) every RegExp constructed while the rule
// modules load and while the engine checks sample drafts (this catches regexes built by wordList and
// from settings, which are never exported); (3) every regex literal in the source files, found with
// the TypeScript parser (this catches patterns local to a function). Read by the ReDoS test and by
// the test that fast-regexp.ts reads text as the patterns it stands for.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(import.meta.dirname, '..', '..');
const RULES_SRC = join(ROOT, 'rules', 'src');
// The engine's own patterns too (the language server's are its owner's to check: see the report).
const SERVER_SRC = ['draft', 'engine', 'settings', 'cli'].map((d) => join(ROOT, 'server', 'src', d));

export interface Pattern { source: string; flags: string; where: string }

export const tsFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
  .map((e) => join(e.parentPath, e.name));

function walk(value: unknown, where: string, out: Pattern[], seen = new Set<unknown>()): void {
  if (value instanceof RegExp) { out.push({ source: value.source, flags: value.flags, where }); return; }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, out, seen);
}

/** Records every `new RegExp(...)` (and `RegExp(...)`) made from rules/ or server/ code while `fn` runs. */
async function recordConstructed<T>(fn: () => Promise<T>, out: Pattern[]): Promise<T> {
  const Original = globalThis.RegExp;
  const record = (re: RegExp) => {
    // The frame that called the constructor: the first one outside this file.
    const caller = (new Error().stack ?? '').split('\n').slice(1).find((l) => !l.includes(import.meta.filename)) ?? '';
    if (/\/(?:rules|server)\/src\//.test(caller)) out.push({ source: re.source, flags: re.flags, where: `constructed ${caller.trim()}` });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
    apply: (target, thisArg, args) => record(Reflect.apply(target, thisArg, args)),
  });
  try {
    return await fn();
  } finally {
    globalThis.RegExp = Original;
  }
}

function literals(file: string, out: Pattern[]): void {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const close = text.lastIndexOf('/');
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      out.push({ source: text.slice(1, close), flags: text.slice(close + 1), where: `${relative(ROOT, file)}:${line + 1}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

export async function collect(): Promise<{ all: Pattern[]; unique: Pattern[] }> {
  const out: Pattern[] = [];
  await recordConstructed(async () => {
    for (const file of tsFiles(RULES_SRC)) walk(await import(file), relative(ROOT, file), out);
    // Regexes built at check time: from the interests setting, per jurisdiction, and so on.
    const { Engine } = await import('../../server/src/engine/engine.js');
    const engine = new Engine();
    const sample = readdirSync(join(ROOT, '..', 'shared', 'corpus')).filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(ROOT, '..', 'shared', 'corpus', f), 'utf8'));
    for (const jurisdiction of ['uk', 'ie', 'us'] as const) {
      for (const text of sample) {
        engine.check(text, { settings: { jurisdiction, interests: ['Clinical lead at Harbour Skin Clinic', 'Shares in GlowCo Labs'] } });
      }
    }
  }, out);
  // Word lists exported as data become regexes only through wordList; build each one the same way.
  const { wordList } = await import('../../rules/src/util/patterns.js');
  for (const file of tsFiles(join(RULES_SRC, 'lexicons'))) {
    for (const [name, value] of Object.entries(await import(file))) {
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
        const re = wordList(value as string[]);
        out.push({ source: re.source, flags: re.flags, where: `wordList(${relative(ROOT, file)}.${name})` });
      }
    }
  }
  for (const file of [...tsFiles(RULES_SRC), ...SERVER_SRC.flatMap(tsFiles)]) literals(file, out);
  const unique = new Map<string, Pattern>();
  for (const p of out) if (!unique.has(`${p.flags}/${p.source}`)) unique.set(`${p.flags}/${p.source}`, p);
  return { all: out, unique: [...unique.values()] };
}
