#!/usr/bin/env node
// `npm run bench`: Probity's speed, side by side with harper.js and alex on the same texts.
//   1. full check of each corpus draft and of 2,000- and 20,000-word drafts (engine warm, cache cold),
//      median of repeated runs, against harper.js (LocalLinter, British English, Markdown) and alex;
//   2. through the real server over stdio: one-character didChange to its publishDiagnostics on two
//      20,000-word drafts (one of short paragraphs built from examples/, issue 17's of long runs of
//      lines built from ../shared/guidance), the server started as the VS Code extension starts it
//      and as the bare `probity-language-server --stdio`: 200 edits at seeded random places from the
//      first keystroke, p50/p95/p99 (and the engine's share), then 200 more back to back, by when the
//      JIT is warm, and 200 more at typing pace, which are slower (see editLatency);
//   3. cold start: spawn the server, initialize, open a 2,000-word draft, time to first diagnostics;
//   4. peak RSS of the server with 20 different 2,000-word drafts open.
// Cold start and memory start the server as the VS Code extension does (Node's arguments from
// serverNodeArgs()). Prints a table and writes bench/results.json. Options: --quick (fewer
// repetitions), --only 1,2,3,4, --server PATH (another build of the server), --node-args A,B (Node's
// arguments for it in place of the extension's), --soak MINUTES (soak.mjs: typing through the server
// for that long, in every way it is launched, instead of 1-4 unless --only names them too;
// --soak-modes vscode,bare,worker picks some).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDraft, countWords, guidanceDraft, rng } from './drafts.mjs';
import { lineStartsOf, LspServer, positionOf } from './lsp.mjs';
import { soak } from './soak.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const soakMinutes = args.includes('--soak') ? Number(args[args.indexOf('--soak') + 1]) : undefined;
if (soakMinutes !== undefined && !(soakMinutes > 0)) {
  console.error('--soak takes a number of minutes, e.g. --soak 30');
  process.exit(2);
}
const soakModes = args.includes('--soak-modes') ? args[args.indexOf('--soak-modes') + 1].split(',') : ['vscode', 'bare', 'worker'];
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(','))
  : new Set(soakMinutes === undefined ? ['1', '2', '3', '4'] : []);
// Another build of the server (say, one from an older commit in a worktree), to compare two builds
// on one machine in alternating runs.
const serverPath = args.includes('--server') ? args[args.indexOf('--server') + 1] : join(root, 'server', 'dist', 'server.js');
// The bare command as a user runs it (`probity-language-server --stdio`): the bin script beside the
// build, with no arguments for Node.
const binPath = join(dirname(serverPath), '..', 'bin', 'probity-language-server.js');
const examples = join(root, 'examples');
const corpusDir = join(root, '..', 'shared', 'corpus');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[n >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const ms = (x) => (x === undefined ? '-' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const log = (...a) => console.error(...a);

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// The engine as a library, bundled the way the CLI and the server are (esbuild, one file).
async function loadEngine() {
  const out = join(here, 'dist', 'probity.mjs');
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [join(root, 'server', 'src', 'index.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', logLevel: 'warning',
    banner: { js: "import { createRequire as __probityRequire } from 'node:module'; const require = __probityRequire(import.meta.url);" },
  });
  return import(pathToFileURL(out).href);
}

const results = {
  date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model,
  loadAverageAtStart: loadavg().map((x) => +x.toFixed(2)),
};

const probity = await loadEngine();
// --node-args a,b: Node's arguments for the server instead of the extension's (to compare with an
// older build started as it was then).
const serverArgs = args.includes('--node-args') ? args[args.indexOf('--node-args') + 1].split(',').filter(Boolean) : probity.serverNodeArgs();
results.serverNodeArgs = serverArgs;

const draft2k = buildDraft(examples, 2000, 2000);
const draft20k = buildDraft(examples, 20000, 20000);
// Issue 17's draft (long runs of lines) beside the one built from the examples (short paragraphs).
const guidance20k = guidanceDraft(join(root, '..', 'shared'));
if (!guidance20k) log('../shared/guidance is not there: the edits are measured on the examples draft alone');
const editDrafts = [
  { name: 'examples (short paragraphs)', text: draft20k },
  ...(guidance20k ? [{ name: 'guidance x9 (long runs of lines)', text: guidance20k }] : []),
];

// ---------------------------------------------------------------------------------------------
// 1. Full check, side by side
async function fullCheck() {
  const { Engine } = probity;
  const { LocalLinter, Dialect } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const alex = await import('alex');

  const texts = readdirSync(corpusDir).filter((f) => /^\d.*\.md$/.test(f)).sort()
    .map((f) => ({ name: f.replace(/\.md$/, ''), text: readFileSync(join(corpusDir, f), 'utf8') }));
  texts.push({ name: '2,000-word draft', text: draft2k }, { name: '20,000-word draft', text: draft20k });

  const harper = new LocalLinter({ binary, dialect: Dialect.British });
  await harper.setup();
  const tools = {
    probity: async (t) => new Engine().check(t).findings.length, // a fresh engine: every cache cold
    harper: async (t) => (await harper.lint(t, { language: 'markdown' })).length,
    alex: async (t) => alex.markdown(t).messages.length,
  };
  // Warm every tool's code (JIT, Harper's dictionary) on text that is not measured.
  const warm = buildDraft(examples, 3000, 99);
  for (const f of Object.values(tools)) for (let i = 0; i < 3; i++) await f(warm);

  const rows = [];
  for (const { name, text } of texts) {
    const runs = quick ? 3 : text.length > 50_000 ? 5 : 9;
    const row = { draft: name, words: countWords(text) };
    // Interleave the tools run by run, so that a busy moment on the machine hits all of them alike.
    const times = { probity: [], harper: [], alex: [] };
    for (let r = 0; r < runs; r++) {
      for (const [tool, f] of Object.entries(tools)) {
        const t0 = performance.now();
        const n = await f(text);
        times[tool].push(performance.now() - t0);
        row[`${tool}Findings`] = n;
      }
    }
    for (const tool of Object.keys(tools)) row[`${tool}Ms`] = median(times[tool]);
    row.ratioToHarper = row.probityMs / row.harperMs;
    rows.push(row);
    log(`  ${name}: probity ${ms(row.probityMs)} ms, harper ${ms(row.harperMs)} ms, alex ${ms(row.alexMs)} ms`);
  }
  results.fullCheck = rows;
  const corpusRows = rows.filter((r) => !r.draft.includes('word draft'));
  results.fullCheckCorpusTotal = {
    probityMs: corpusRows.reduce((a, r) => a + r.probityMs, 0),
    harperMs: corpusRows.reduce((a, r) => a + r.harperMs, 0),
    alexMs: corpusRows.reduce((a, r) => a + r.alexMs, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. One-character edits through the server, and the engine's own share of each
const LETTERS = 'etaoinshrdlu ';

/** Seeded one-character insertions, each at a random place in a line of 20 characters or more (issue 17). */
function editScript(text, count, seed) {
  const rand = rng(seed);
  const edits = [];
  let t = text;
  for (let i = 0; i < count; i++) {
    let offset;
    for (;;) {
      offset = Math.floor(rand() * (t.length + 1));
      const start = t.lastIndexOf('\n', offset - 1) + 1;
      const end = t.indexOf('\n', offset);
      if ((end < 0 ? t.length : end) - start >= 20) break;
    }
    const ch = LETTERS[Math.floor(rand() * LETTERS.length)];
    edits.push({ offset, ch });
    t = t.slice(0, offset) + ch + t.slice(offset);
  }
  return edits;
}

// Faster than a quick typist (at 100 words a minute a key goes down every 120 ms or so): long enough
// for the machine's caches to go cold between keystrokes, as they do for a writer.
const TYPING_PAUSE_MS = 50;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const spread = (times) => ({ p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: Math.max(...times) });

// The edits in order, no warm-up: the first ones from the first keystroke after the first
// diagnostics (what a session's first keystrokes cost: the JIT has not seen an edit yet); as many
// again back to back, by when it has; then at typing pace (between keystrokes the machine runs
// other code, and the next check starts with colder caches than one that follows at once).
const SETS = ['first', 'warm', 'paced'];
const setSizes = () => ({ first: 200, warm: quick ? 50 : 200, paced: quick ? 50 : 200 });
function setOf(i, sizes) {
  if (i < sizes.first) return 'first';
  return i < sizes.first + sizes.warm ? 'warm' : 'paced';
}

/** The server started as `mode` says: as the VS Code extension starts it, or as the bare command. */
function startServer(mode) {
  return mode === 'vscode' ? new LspServer(serverPath, serverArgs) : new LspServer(binPath, []);
}

async function serverLatency(draft, mode) {
  const uri = 'file:///probity-bench/chapter.md';
  const sizes = setSizes();
  const script = editScript(draft, sizes.first + sizes.warm + sizes.paced, 6);
  const times = { first: [], warm: [], paced: [] };
  const lsp = startServer(mode);
  await lsp.initialize();
  await lsp.open(uri, draft);
  // The client side makes no garbage of its own between edits (no copy of the text, no new line
  // table): a collection it started would land in a later edit's timing and be charged to the server.
  // An inserted character is never a line break, so the line starts after it just move by one.
  const starts = lineStartsOf(draft);
  let version = 1;
  for (const [i, { offset, ch }] of script.entries()) {
    const pos = positionOf(starts, offset);
    version++;
    const set = setOf(i, sizes);
    if (set === 'paced') await pause(TYPING_PAUSE_MS);
    const t0 = performance.now();
    const { at } = await lsp.change(uri, version, [{ range: { start: pos, end: pos }, text: ch }]);
    times[set].push(at - t0);
    for (let k = pos.line + 1; k < starts.length; k++) starts[k]++;
  }
  await lsp.stop();
  return Object.fromEntries(SETS.map((set) => [set, spread(times[set])]));
}

/** The same edits straight into the engine, in this process, told each edit as the server tells it. */
function engineLatency(draft) {
  const sizes = setSizes();
  const script = editScript(draft, sizes.first + sizes.warm + sizes.paced, 6);
  const times = { first: [], warm: [], paced: [] };
  const alone = new probity.Engine();
  let text = draft;
  alone.check(text);
  for (const [i, { offset, ch }] of script.entries()) {
    const previous = { text, edit: { start: offset, oldEnd: offset, newEnd: offset + 1 } };
    text = text.slice(0, offset) + ch + text.slice(offset);
    const t0 = performance.now();
    alone.check(text, { previous });
    times[setOf(i, sizes)].push(performance.now() - t0);
  }
  return Object.fromEntries(SETS.map((set) => [set, spread(times[set])]));
}

async function editLatency() {
  results.editLatency = { pauseMs: TYPING_PAUSE_MS, sizes: setSizes(), drafts: [] };
  for (const { name, text } of editDrafts) {
    const row = { draft: name, words: countWords(text), chars: text.length, server: {} };
    for (const mode of ['vscode', 'bare']) {
      row.server[mode] = await serverLatency(text, mode);
      const f = row.server[mode].first;
      log(`  ${name}, ${mode}: from the first keystroke p50 ${ms(f.p50)} ms, p95 ${ms(f.p95)} ms, p99 ${ms(f.p99)} ms`);
    }
    row.engine = engineLatency(text);
    results.editLatency.drafts.push(row);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Cold start
async function coldStart() {
  const runs = quick ? 3 : 7;
  const uri = 'file:///probity-bench/post.md';
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const server = new LspServer(serverPath, serverArgs);
    await server.initialize();
    const initializedAt = performance.now();
    const { at } = await server.open(uri, draft2k);
    samples.push({ total: at - server.startedAt, initialize: initializedAt - server.startedAt });
    await server.stop();
  }
  results.coldStart = {
    runs, draftWords: countWords(draft2k),
    medianMs: median(samples.map((s) => s.total)), medianInitializeMs: median(samples.map((s) => s.initialize)),
    samplesMs: samples.map((s) => +s.total.toFixed(1)),
  };
  log(`  cold start to first diagnostics: ${ms(results.coldStart.medianMs)} ms (initialize ${ms(results.coldStart.medianInitializeMs)} ms)`);
}

// ---------------------------------------------------------------------------------------------
// 4. Peak RSS with 20 drafts open
async function memory() {
  const server = new LspServer(serverPath, serverArgs);
  await server.initialize();
  const afterInit = server.memory();
  let diagnostics = 0;
  for (let i = 0; i < 20; i++) {
    const { count } = await server.open(`file:///probity-bench/draft-${i + 1}.md`, buildDraft(examples, 2000, 1000 + i));
    diagnostics += count;
  }
  const open = server.memory();
  await server.stop();
  results.memory = { drafts: 20, draftWords: 2000, diagnostics, peakMB: open.peakMB, rssMB: open.rssMB, afterInitializeMB: afterInit.rssMB };
  log(`  peak RSS with 20 drafts open: ${ms(open.peakMB)} MB`);
}

// ---------------------------------------------------------------------------------------------
if (!existsSync(serverPath) && (only.has('2') || only.has('3') || only.has('4'))) {
  console.error(`${serverPath} is missing: run \`npm run build\` first (npm run bench does).`);
  process.exit(2);
}
// The measures through the server first: this process is their client, and once harper.js and alex
// have run in it, its own collections (a heap several times larger) land in the server's timings,
// about a millisecond at the p95 of the edits. The table still prints in the order 1 to 4.
if (only.has('2')) { log('2. one-character edits through the server'); await editLatency(); }
if (only.has('3')) { log('3. cold start'); await coldStart(); }
if (only.has('4')) { log('4. peak RSS'); await memory(); }
if (only.has('1')) { log('1. full check, side by side'); await fullCheck(); }
if (soakMinutes !== undefined) {
  log(`5. soak: ${soakMinutes} minutes of typing through ${soakModes.join(', ')}, at once`);
  results.soak = await soak({ minutes: soakMinutes, modes: soakModes, root, serverPath, serverArgs, log });
}
results.loadAverageAtEnd = loadavg().map((x) => +x.toFixed(2));

// ---------------------------------------------------------------------------------------------
const TARGETS = {
  fullCheck2k: 'full check of the 2,000-word draft <= 0.3 x harper.js',
  edit: (draft, mode) => `one-character edit from the first keystroke, p95 <= 5 ms and p99 <= 10 ms to published diagnostics: ${draft}, ${mode}`,
  cold: 'cold start to first diagnostics < 500 ms',
  rss: 'peak RSS with 20 drafts open <= 100 MB',
};
const MODES = { vscode: `as VS Code starts it (${results.serverNodeArgs.join(' ')})`, bare: 'bare probity-language-server --stdio' };
const out = [];
out.push(`Probity benchmark — ${results.date}, Node ${results.node}, ${results.cpus} CPUs (${results.cpu}), load average ${results.loadAverageAtStart.join(' / ')} at start`);
if (results.fullCheck) {
  out.push('', '1. Full check (engine warm, cache cold), median ms');
  out.push(table(['draft', 'words', 'probity', 'harper.js', 'alex', 'probity/harper'],
    results.fullCheck.map((r) => [r.draft, r.words, ms(r.probityMs), ms(r.harperMs), ms(r.alexMs), r.ratioToHarper.toFixed(2)])));
  const t = results.fullCheckCorpusTotal;
  out.push(`corpus total (28 drafts): probity ${ms(t.probityMs)} ms, harper.js ${ms(t.harperMs)} ms, alex ${ms(t.alexMs)} ms`);
}
if (results.editLatency) {
  const e = results.editLatency;
  out.push('', `2. One-character didChange -> publishDiagnostics at random places in lines of 20 characters or more, p50 / p95 / p99 ms through the server (the engine alone, in this process, on the same edits back to back): ${e.sizes.first} edits from the first keystroke after the first diagnostics, no warm-up; ${e.sizes.warm} more back to back, JIT warm; ${e.sizes.paced} more ${e.pauseMs} ms apart (typing pace)`);
  const rows = [];
  for (const d of e.drafts) {
    for (const mode of Object.keys(d.server)) {
      for (const [set, label] of [['first', 'from the first keystroke'], ['warm', 'JIT warm'], ['paced', 'typing pace']]) {
        rows.push([`${d.draft}, ${d.words} words`, MODES[mode], label, ...['p50', 'p95', 'p99'].map((k) => `${ms(d.server[mode][set][k])} (${ms(d.engine[set][k])})`)]);
      }
    }
  }
  out.push(table(['draft', 'server started', 'edits', 'p50', 'p95', 'p99'], rows));
}
if (results.coldStart) {
  const c = results.coldStart;
  out.push('', `3. Cold start: spawn, initialize, open a ${c.draftWords}-word draft, first diagnostics: median ${ms(c.medianMs)} ms (initialize answered at ${ms(c.medianInitializeMs)} ms; runs: ${c.samplesMs.join(', ')})`);
}
if (results.memory) {
  const m = results.memory;
  out.push('', `4. Server with ${m.drafts} different ${m.draftWords}-word drafts open: peak RSS ${ms(m.peakMB)} MB (RSS ${ms(m.rssMB)} MB; ${ms(m.afterInitializeMB)} MB after initialize)`);
}
if (results.soak) {
  const k = results.soak;
  const mb = (x) => (x === undefined ? '-' : x.toFixed(1));
  out.push('', `5. Soak: ${k.minutes} minutes of typing (a word every ${k.pauseMs} ms at a random place, half deleted again) into a ${k.draftChars}-character draft; MB at 1 minute -> at the end (least-most after the first minute)`);
  out.push(table(['server', 'edits', 'RSS', 'heap used', 'last diagnostics = a fresh server\'s'], k.runs.map((r) => [
    r.mode, r.edits ?? '-',
    r.rss ? `${mb(r.rss.atOneMinute)} -> ${mb(r.rss.atEnd)} (${mb(r.rss.min)}-${mb(r.rss.max)})` : '-',
    r.heap ? `${mb(r.heap.atOneMinute)} -> ${mb(r.heap.atEnd)} (${mb(r.heap.min)}-${mb(r.heap.max)})` : '-',
    r.error ? `failed: ${r.error}` : r.sameAsFresh ? `yes (${r.diagnostics})` : 'NO',
  ])));
}
const verdicts = [];
const twoK = results.fullCheck?.find((r) => r.draft === '2,000-word draft');
if (twoK) verdicts.push([TARGETS.fullCheck2k, twoK.ratioToHarper <= 0.3, `${twoK.ratioToHarper.toFixed(2)} x`]);
for (const d of results.editLatency?.drafts ?? []) {
  for (const [mode, sets] of Object.entries(d.server)) {
    const { p95, p99 } = sets.first;
    verdicts.push([TARGETS.edit(d.draft, mode), p95 <= 5 && p99 <= 10, `${ms(p95)} / ${ms(p99)} ms`]);
  }
}
if (results.coldStart) verdicts.push([TARGETS.cold, results.coldStart.medianMs < 500, `${ms(results.coldStart.medianMs)} ms`]);
if (results.memory) verdicts.push([TARGETS.rss, results.memory.peakMB <= 100, `${ms(results.memory.peakMB)} MB`]);
for (const r of results.soak?.runs ?? []) {
  const what = r.mode === 'worker' ? 'heap' : 'RSS';
  const d = r.mode === 'worker' ? r.heap : r.rss;
  verdicts.push([`${r.mode}: ${what} within ${results.soak.toleranceMB} MB of its level after the first minute, last diagnostics right`,
    r.flat && r.sameAsFresh, d ? `${d.drift.toFixed(1)} MB` : r.error ?? '-']);
}
results.targets = verdicts.map(([target, met, value]) => ({ target, met, value }));
out.push('', 'Targets', table(['target', 'measured', 'met'], verdicts.map(([t, met, v]) => [t, v, met ? 'yes' : 'NO'])));
out.push(`(load average at end ${results.loadAverageAtEnd.join(' / ')})`);
console.log(out.join('\n'));
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
