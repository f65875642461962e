// `npm run bench -- --soak N`: N minutes of simulated typing (issue 18's writer, typist.mjs) into one
// 4,500-word draft, through the language server in each way a user runs it, all at once:
//   vscode  node with the VS Code extension's arguments (serverNodeArgs) and server/dist/server.js --stdio;
//   bare    the probity-language-server command with no arguments for Node but --stdio;
//   worker  the Web Worker build (server/dist/worker.js, as the Obsidian plugin runs it) in headless Chromium.
// Every 10 s it prints each server's RSS and heap used: for Node, RSS from /proc and the heap from
// process.memoryUsage() (bench/heap-report.mjs, loaded with --import, answers SIGUSR2); for the
// worker, its JavaScript heap from performance.measureUserAgentSpecificMemory(). At the end each
// server's diagnostics for the last version are compared with a fresh server's for the same text.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspServer } from './lsp.mjs';
import { Typist, TYPING_PAUSE_MS } from './typist.mjs';

const SAMPLE_MS = 10_000;
/** What "stays flat" means in issue 18: within 40 MB of the level after the first minute. */
export const SOAK_TOLERANCE_MB = 40;
const MB = 1024 * 1024;
const URI = 'file:///probity-soak/draft.md';
// Chromium's launch flags from ../shared/recipes/real-editors.md, and one that makes
// measureUserAgentSpecificMemory() answer at once instead of at the next garbage collection.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--enable-blink-features=ForceEagerMeasureMemory',
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const clock = (ms) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

/** The draft: a 2,250-word guidance text twice (lines without blank lines between: two long chunks). */
export function soakDraft(root) {
  const text = readFileSync(join(root, '..', 'shared', 'guidance', 'sources', 'mdu-medical-influencers-2024.txt'), 'utf8').replace(/\r\n?/g, '\n');
  return `${text}\n\n${text}`;
}

/** The server's heap figures, asked for with SIGUSR2 (heap-report.mjs). */
function heapOf(server) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { server.proc.stderr.off('data', onData); resolve(undefined); }, 5000);
    let seen = '';
    const onData = (d) => {
      seen += d;
      const m = /probity-heap (\{.*\})\n/.exec(seen);
      if (!m) return;
      clearTimeout(timer);
      server.proc.stderr.off('data', onData);
      resolve(JSON.parse(m[1]));
    };
    server.proc.stderr.on('data', onData);
    process.kill(server.pid, 'SIGUSR2');
  });
}

async function soakNode(mode, { minutes, draft, serverPath, binPath, serverArgs }, report) {
  const heapReport = `--import=${pathToFileURL(join(import.meta.dirname, 'heap-report.mjs')).href}`;
  const start = () => (mode === 'vscode'
    ? new LspServer(serverPath, [...serverArgs, heapReport])
    // The command as a user runs it: Node with no arguments of ours (the hook comes in through NODE_OPTIONS).
    : new LspServer(binPath, [], { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${heapReport}` }));
  const server = start();
  await server.initialize();
  await server.open(URI, draft);
  const typist = new Typist(draft);
  let version = 1;
  const t0 = performance.now(), end = t0 + minutes * 60_000;
  let nextSample = t0 + SAMPLE_MS;
  for (let i = 1; t0 + i * TYPING_PAUSE_MS < end; i++) {
    const wait = t0 + i * TYPING_PAUSE_MS - performance.now();
    if (wait > 0) await sleep(wait);
    void server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: ++version }, contentChanges: [typist.next()] });
    if (performance.now() >= nextSample) {
      nextSample += SAMPLE_MS;
      const heap = await heapOf(server);
      report({ at: performance.now() - t0, edits: version - 1, rssMB: server.memory().rssMB, heapMB: heap && heap.heapUsed / MB });
    }
  }
  const last = await server.change(URI, ++version, [typist.next()]);
  await server.stop();
  const fresh = start();
  await fresh.initialize();
  const expected = await fresh.open(URI, typist.text);
  await fresh.stop();
  return { edits: version - 1, diagnostics: last.count, sameAsFresh: JSON.stringify(last.diagnostics) === JSON.stringify(expected.diagnostics) };
}

/** Serves the soak page, typist.mjs and rng.mjs from bench/, and the worker build, cross-origin isolated. */
async function servePage(root) {
  const files = {
    '/': join(root, 'bench', 'soak-page', 'index.html'),
    '/page.mjs': join(root, 'bench', 'soak-page', 'page.mjs'),
    '/typist.mjs': join(root, 'bench', 'typist.mjs'),
    '/rng.mjs': join(root, 'bench', 'rng.mjs'),
    '/worker.js': join(root, 'server', 'dist', 'worker.js'),
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) { res.writeHead(404).end(); return; }
    res.writeHead(200, {
      'content-type': `${extname(file) === '.html' ? 'text/html' : 'text/javascript'}; charset=utf-8`,
      'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp', 'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function soakWorker({ minutes, draft, root }, report) {
  const { chromium } = await import('playwright-core');
  const site = await servePage(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.url);
    await page.waitForFunction(() => document.body?.dataset.ready === 'true', undefined, { timeout: 30_000 });
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('the soak page is not cross-origin isolated');
    await page.evaluate(([text, m]) => window.soak.start(text, m), [draft, minutes]);
    const t0 = performance.now(), end = t0 + minutes * 60_000;
    for (let at = SAMPLE_MS; at < minutes * 60_000; at += SAMPLE_MS) {
      await sleep(t0 + at - performance.now());
      const m = await page.evaluate(() => window.soak.memory());
      report({ at: performance.now() - t0, edits: m.edits, heapMB: m.worker / MB, pageMB: m.page / MB });
    }
    await sleep(Math.max(0, end - performance.now()));
    const last = await page.evaluate(() => window.soak.finish());
    const expected = await page.evaluate((text) => window.soak.fresh(text), last.text);
    if (errors.length > 0) throw new Error(`errors on the soak page: ${errors.join('; ')}`);
    return { edits: last.edits, diagnostics: last.diagnostics.length, sameAsFresh: JSON.stringify(last.diagnostics) === JSON.stringify(expected) };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** How far the figure strayed from its level at the first minute, over the samples from then on. */
function drift(samples, key) {
  const after = samples.filter((s) => s.at >= 60_000 - SAMPLE_MS / 2 && s[key] !== undefined);
  if (after.length === 0) return undefined;
  const base = after[0][key];
  const values = after.map((s) => s[key]);
  return { atOneMinute: base, atEnd: values[values.length - 1], min: Math.min(...values), max: Math.max(...values), drift: Math.max(...values.map((v) => Math.abs(v - base))) };
}

/** Runs every mode at once (memory does not depend on timing) and returns each one's samples and verdict. */
export async function soak({ minutes, modes, root, serverPath, serverArgs, log }) {
  const draft = soakDraft(root);
  const binPath = join(root, 'server', 'bin', 'probity-language-server.js');
  const runs = modes.map(async (mode) => {
    const samples = [];
    const report = (s) => {
      samples.push(s);
      const rss = s.rssMB === undefined ? '' : `RSS ${s.rssMB.toFixed(1)} MB, `;
      log(`  [${mode}] ${clock(s.at)}  ${rss}heap used ${s.heapMB === undefined ? '?' : s.heapMB.toFixed(1)} MB  (${s.edits} edits)`);
    };
    try {
      const end = mode === 'worker'
        ? await soakWorker({ minutes, draft, root }, report)
        : await soakNode(mode, { minutes, draft, serverPath, binPath, serverArgs }, report);
      const rss = drift(samples, 'rssMB'), heap = drift(samples, 'heapMB');
      // The criterion is RSS for a Node server, the heap for the worker (a page has no RSS of its own).
      const measured = mode === 'worker' ? heap : rss;
      return { mode, ...end, samples, rss, heap, flat: measured !== undefined && measured.drift <= SOAK_TOLERANCE_MB };
    } catch (e) {
      log(`  [${mode}] failed: ${e.stack ?? e}`);
      return { mode, samples, error: String(e), flat: false };
    }
  });
  return { minutes, draftChars: draft.length, pauseMs: TYPING_PAUSE_MS, toleranceMB: SOAK_TOLERANCE_MB, runs: await Promise.all(runs) };
}
