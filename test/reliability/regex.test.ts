// Every regular expression in rules/ (and the engine's own) through recheck, a ReDoS checker: a
// pattern that can backtrack catastrophically would let one pasted line freeze the editor.
//
// Patterns are gathered three ways, so none escapes: (1) the modules' exports, walked into arrays
// and objects; (2) every RegExp constructed while the rule modules load and while the engine checks
// sample drafts (this catches regexes built by wordList and from settings, which are never exported);
// (3) every regex literal in the source files, found with the TypeScript parser (this catches
// patterns local to a function).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const RULES_SRC = join(ROOT, 'rules', 'src');
// The engine's own patterns too (the language server's are its owner's to check: see the report).
const SERVER_SRC = ['draft', 'engine', 'settings', 'cli'].map((d) => join(ROOT, 'server', 'src', d));

interface Pattern { source: string; flags: string; where: string }

const tsFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true, recursive: true })
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

async function collect(): Promise<{ all: Pattern[]; unique: Pattern[] }> {
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

// recheck's verdicts are deterministic for a pattern (fixed seed), but slow to reach: seconds per
// pattern for the big case-insensitive word lists, half an hour for all of them on a busy machine.
// So each verdict is kept in regex-verdicts.json, keyed by the exact pattern and flags and the
// recheck version. A pattern that is new or has changed is always checked here, live, and fails the
// test when recheck finds it vulnerable or cannot decide. RECHECK_UPDATE=1 rechecks everything.
//
// `flagged` lists the patterns recheck found vulnerable (or could not decide) when this test was
// written, with the attack it found: a ratchet, reported to the rules' owner to fix. They fail the
// test only if they are new; an entry whose pattern has been fixed no longer matches anything.
const VERDICTS = join(import.meta.dirname, 'regex-verdicts.json');
const RECHECK_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'recheck', 'package.json'), 'utf8')).version as string;
const keyOf = (p: Pattern) => `/${p.source}/${p.flags}`;

interface Flagged { pattern: string; where: string; verdict: string }
interface Verdicts { recheck: string; safe: string[]; flagged: Flagged[] }

function loadVerdicts(): { safe: Set<string>; flagged: Map<string, Flagged> } {
  const none = { safe: new Set<string>(), flagged: new Map<string, Flagged>() };
  if (process.env.RECHECK_UPDATE) return none;
  try {
    const file = JSON.parse(readFileSync(VERDICTS, 'utf8')) as Verdicts;
    if (file.recheck !== RECHECK_VERSION) return none;
    return { safe: new Set(file.safe), flagged: new Map(file.flagged.map((f) => [f.pattern, f])) };
  } catch {
    return none;
  }
}

describe('regular expressions', () => {
  it('none in rules/, lexicons/ or the engine can backtrack catastrophically (beyond the known list)', async () => {
    const { all, unique: patterns } = await collect();
    // Floors, so that a collector that silently finds nothing fails rather than passes.
    expect(patterns.length).toBeGreaterThan(150);
    expect(all.filter((p) => p.where.startsWith('wordList(')).length).toBeGreaterThan(5);
    expect(all.filter((p) => p.where.startsWith('constructed ')).length).toBeGreaterThan(10);
    const known = loadVerdicts();
    const bad: Flagged[] = [], safe: string[] = [], stillFlagged: Flagged[] = [];
    for (const p of patterns) {
      const key = keyOf(p);
      if (known.safe.has(key)) { safe.push(key); continue; }
      const flagged = known.flagged.get(key);
      if (flagged) { stillFlagged.push(flagged); continue; }
      // auto: the exact automaton analysis where the pattern is small enough, seeded fuzzing otherwise.
      const result = checkSync(p.source, p.flags, { randomSeed: 20240607, timeout: 60_000 });
      if (result.status === 'safe') safe.push(key);
      else if (result.status === 'vulnerable') {
        bad.push({ pattern: key, where: p.where, verdict: `is ${result.complexity.summary}${result.complexity.isFuzz ? ' (fuzz)' : ''}; attack: ${result.attack.pattern}` });
      } else {
        bad.push({ pattern: key, where: p.where, verdict: `could not be decided (${result.error.kind})` });
      }
    }
    if (process.env.RECHECK_UPDATE) {
      const file: Verdicts = { recheck: RECHECK_VERSION, safe: [...new Set(safe)].sort(), flagged: bad.sort((a, b) => (a.pattern < b.pattern ? -1 : 1)) };
      writeFileSync(VERDICTS, `${JSON.stringify(file, null, 1)}\n`);
      return;
    }
    if (stillFlagged.length) console.warn(`${stillFlagged.length} known ReDoS-prone patterns remain (see regex-verdicts.json, "flagged")`);
    expect(bad.map((b) => `${b.where}: ${b.pattern} ${b.verdict}`)).toEqual([]);
  }, 3_600_000);
});
