// The extension inside a real VS Code: code-server with the packaged .vsix installed, driven through
// headless Chromium like a writer would: the status bar's states (checking, findings, stopped), the
// Problems panel, hover and its link to the rule's page, settings, the quick-fix menu, the commands,
// a bad probity.json, the walkthrough, and the extension's own page. Screenshots go to screenshots/vscode/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '@probity/rules';
import { SNIPPETS } from '@probity/snippets';
import { postForPublishing } from '../../server/src/engine/publish.js';
import { Engine } from '../../server/src/engine/engine.js';
import { applyFixes } from '../../server/src/engine/fixes.js';
import { serverNodeArgs } from '../../server/src/lsp/launch.js';
import { statusView } from '../../clients/vscode/src/status.js';
import { installExtension, startCodeServer, writeUserSettings, type CodeServer } from './codeServer.js';
// @ts-expect-error plain ES module without types
import { installCodeServer } from './install.mjs';
import { listZip } from './vsix.js';
import { projectLinks } from '../../release/project.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const extDir = join(root, 'clients', 'vscode');
const version = JSON.parse(readFileSync(join(extDir, 'package.json'), 'utf8')).version as string;
const vsix = join(extDir, `probity-${version}.vsix`);
const shots = join(root, 'screenshots', 'vscode');
// The repository's address for the extension's files: the README's images are linked there, since
// VS Code shows a README's images only from https.
const links = projectLinks();
const repoFiles = links.raw('');
const draftText = readFileSync(join(root, 'test', 'vscode', 'fixtures', 'draft.md'), 'utf8');

const adRule = RULES.find((r) => r.id === 'ad-disclosure')!;
const ukQuote = adRule.guidance.uk[0].quote;
const ieQuote = adRule.guidance.ie[0].quote;
const FIX_TITLE = 'Insert #AD at the start of the post';
const LIST_DRAFT = '# Winter skin\n\n1. Short days dry the skin. Use my code GLOW20 for 20% off.\n2. Moisturise after every shower.\n';
const THREAD_DRAFT = [
  '---', 'platform: x', '---', 'Winter skin, a thread.', '', '---', '',
  '<!-- probity-disable-next-line personal-advice -- general advice, checked with my defence body -->',
  'Moisturise after every shower.  ', 'Fragrance-free is best.', '', '---', '', 'More tomorrow.', '',
].join('\n');
const BAD_CONFIG = '{\n  "jurisdiction": "fr",\n  "colour": "blue"\n}\n';
const STATUS = '[id="probity.probity.probity.findings"]';

/** A long diary, every paragraph different: its first check takes long enough to be seen. */
function longDraft(): string {
  const words = ['sleep', 'routine', 'shift', 'light', 'meal', 'nap', 'rest', 'walk', 'water', 'friend', 'evening', 'morning'];
  let out = '# A long diary of night shifts\n\n';
  for (let i = 0; out.length < 380_000; i++) {
    out += `Night ${i + 1}: after the ${words[i % 12]} and the ${words[(i * 7) % 12]}, I wrote ${(i * 37) % 1000} words about the ${words[(i * 5) % 12]} before bed.\n\n`;
  }
  return out;
}

const baseSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Built-in extensions that would otherwise start with every window and compete for the CPU.
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
  'merge-conflict.codeLens.enabled': false,
  'debug.javascript.autoAttachFilter': 'disabled',
};

const timings: Record<string, number> = {};
const since = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;
let server: CodeServer | undefined;
let browser: Browser | undefined;
let page: Page;
let work: string;
let userDataDir: string;
let extensionsDir: string;
let draftPath: string;
let packageOutput = '';
/** The repository's files the browser asked for (the README's images), served from this tree. */
const fetchedFromRepository: string[] = [];

async function shot(name: string) {
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

/**
 * Every text the Probity status bar item shows, in order, recorded in the page as it changes: a
 * state that lasts a moment ("Checking…") is seen even when no poll would land on it.
 */
async function recordStatusTexts() {
  await page.evaluate((selector) => {
    const seen: string[] = [];
    (window as unknown as { probityStatus: string[] }).probityStatus = seen;
    const look = () => {
      const text = document.querySelector(selector)?.textContent?.trim();
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, STATUS);
}
const statusTexts = () => page.evaluate(() => [...(window as unknown as { probityStatus: string[] }).probityStatus]);
const statusItem = () => page.locator(STATUS);

/** What the status bar says of a draft once checked, from the engine's findings with these settings. */
function statusOf(text: string, settings: { jurisdiction: 'uk' | 'ie' | 'us' }): string {
  const counts = { error: 0, warning: 0, other: 0 };
  for (const f of new Engine().check(text, { settings }).findings) counts[f.severity === 'error' || f.severity === 'warning' ? f.severity : 'other']++;
  return statusView('running', true, counts).text.replace(/^\$\([^)]*\) /, '');
}
/** The status bar item showing exactly this text. */
const statusShowing = (text: string) => page.locator(STATUS, { hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });

/** Opens a file of the workspace by name with Quick Open, as a writer would with Ctrl+P. */
async function openFile(name: string, text: string) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name.split('/').pop()! }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name.split('/').pop()! }).waitFor();
  await editor().locator('.view-lines', { hasText: text }).waitFor();
}

/** The server's language-server processes: those started from the installed extension. */
const serverPids = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((pid) => {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.some((a) => a.startsWith(extensionsDir) && a.endsWith(join('dist', 'server.js')));
  } catch {
    return false;
  }
}).map(Number);

/** Polls `probe` until it returns a value, or fails after `ms` with the last reason. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) { last = e; }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function runCommand(title: string) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first().click();
}

/** Sets probity.jurisdiction the way a writer would: in the Settings editor. */
async function setJurisdiction(value: 'uk' | 'ie' | 'us') {
  await runCommand('Preferences: Open User Settings');
  const settings = page.locator('.settings-editor');
  await settings.waitFor();
  await settings.locator('.settings-header .suggest-input-container').click();
  await page.keyboard.type('probity.jurisdiction');
  const select = settings.locator('.setting-item-enum', { hasText: 'Jurisdiction' }).locator('select.monaco-select-box');
  const option = page.locator('.monaco-select-box-dropdown-container .monaco-list-row', { hasText: new RegExp(`^${value}`) }).first();
  const written = () => new RegExp(`"probity\\.jurisdiction":\\s*"${value}"`).test(readFileSync(join(userDataDir, 'User', 'settings.json'), 'utf8'));
  // The list re-renders while the search settles and can close the drop-down under the click: pick
  // again until VS Code has written the choice to the user settings.
  await until('the setting written to settings.json', async () => {
    if (written()) return true;
    await select.click({ timeout: 10_000 });
    await option.click({ timeout: 5_000 });
    return written() ? true : undefined;
  }, 90_000);
  await shot(`settings-${value}`);
  // Recent VS Code shows Settings as a modal; Escape closes it (the first may only close the list).
  await until('the Settings editor closed', async () => {
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'hidden', timeout: 2_000 });
    return true;
  }, 30_000);
}

const problemsPanel = () => page.locator('.markers-panel');
const editor = () => page.locator('.editor-instance .monaco-editor').first();
const errorSquiggle = () => editor().locator('.squiggly-error').first();

/** Hovers the ad-disclosure squiggle until the hover shows `text`; the hover is re-triggered each round. */
async function hoverUntil(text: string): Promise<Locator> {
  return until(`a hover containing "${text.slice(0, 40)}…"`, async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const box = await errorSquiggle().boundingBox();
    if (!box) return undefined;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    const hover = page.locator('.monaco-hover:visible', { hasText: text });
    await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
    return hover.first();
  }, 90_000);
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  let t0 = Date.now();
  installCodeServer((m: string) => console.log(`[vscode-test] ${m}`));
  timings.installCodeServerSeconds = since(t0);

  t0 = Date.now();
  packageOutput = execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  timings.packageSeconds = since(t0);

  work = mkdtempSync(join(tmpdir(), 'probity-vscode-'));
  userDataDir = join(work, 'user-data');
  extensionsDir = join(work, 'extensions');
  const folder = join(work, 'drafts');
  mkdirSync(folder, { recursive: true });
  draftPath = join(folder, 'draft.md');
  writeFileSync(draftPath, draftText);
  // A second draft nobody opens: only "Check Every Markdown File" brings its findings in.
  mkdirSync(join(folder, 'threads'));
  writeFileSync(join(folder, 'threads', 'serum.md'), 'Loving the new GlowLab serum! Use my code LEO20 for 20% off.\n');
  // Drafts for the commands, and a folder whose probity.json has two mistakes in it.
  writeFileSync(join(folder, 'list.md'), LIST_DRAFT);
  writeFileSync(join(folder, 'thread.md'), THREAD_DRAFT);
  writeFileSync(join(folder, 'long.md'), longDraft());
  mkdirSync(join(folder, 'clinic'));
  writeFileSync(join(folder, 'clinic', 'probity.json'), BAD_CONFIG);
  writeFileSync(join(folder, 'clinic', 'offer.md'), 'Our clinic has new evening slots. Use my code EVE10 for 10% off.\n');
  writeUserSettings(userDataDir, baseSettings);

  t0 = Date.now();
  installExtension(vsix, { userDataDir, extensionsDir });
  server = await startCodeServer({ userDataDir, extensionsDir, folder });
  timings.startCodeServerSeconds = since(t0);

  t0 = Date.now();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // No network here: a request for a file of the repository (an image the README links) is answered
  // with that file from this tree, so a link to a path that does not exist shows broken, as it would.
  await context.route(`${repoFiles}**`, async (route) => {
    const url = route.request().url();
    fetchedFromRepository.push(url);
    const file = join(root, decodeURIComponent(url.slice(repoFiles.length).split(/[?#]/)[0]));
    await route.fulfill(existsSync(file) ? { path: file } : { status: 404, body: 'not found' });
  });
  // "Copy Post for Publishing" writes the clipboard, and the test reads it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  await recordStatusTexts();
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' }).first().waitFor({ timeout: 120_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' }).first().dblclick();
  await editor().waitFor();
  await editor().locator('.view-lines', { hasText: 'GlowLab' }).waitFor();
  timings.openDraftSeconds = since(t0);
}, 1_500_000);

afterAll(async () => {
  try {
    // The last state of the screen, which is what to look at when a step failed.
    if (page) await shot('zz-last').catch(() => undefined);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (server && process.env.PROBITY_KEEP_LOGS) {
      writeFileSync(join(shots, 'code-server.log'), server.output());
      cpSync(join(userDataDir, 'logs'), join(shots, 'logs'), { recursive: true });
    }
    writeFileSync(join(shots, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
    console.log('[vscode-test] timings (s):', timings);
    if (work) rmSync(work, { recursive: true, force: true });
  }
});

// The screen when a step failed, named after the step.
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await shot(`fail-${task.name.replace(/[^\w]+/g, '-').slice(0, 60)}`).catch(() => undefined);
});

/** The command lines of this machine's processes (Linux), each as its arguments. */
function processArgs(): string[][] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      return [readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)];
    } catch {
      return []; // gone since the listing
    }
  });
}

describe('Probity in a real VS Code (code-server)', () => {
  test('`npm run package` passes vsce with no warning and no flag that silences one', () => {
    expect(packageOutput).toMatch(/DONE\s+Packaged: .*probity-\d+\.\d+\.\d+\.vsix/);
    expect(packageOutput).not.toMatch(/WARNING/i);
    const script = JSON.parse(readFileSync(join(extDir, 'package.json'), 'utf8')).scripts.package as string;
    for (const source of [script, readFileSync(join(extDir, 'package.mjs'), 'utf8')]) expect(source).not.toMatch(/--allow-/);
  });

  test('the .vsix holds only the built extension, its README, CHANGELOG, licence and icon, and is under 3 MB', () => {
    const entries = listZip(vsix);
    const names = entries.map((e) => e.name);
    expect(statSync(vsix).size).toBeLessThan(3 * 1024 * 1024);
    expect(names.filter((n) => n.startsWith('extension/')).sort()).toEqual([
      'extension/LICENSE.txt', 'extension/changelog.md', 'extension/dist/extension.js', 'extension/dist/probity.schema.json',
      'extension/dist/server.js', 'extension/images/icon.png', 'extension/package.json', 'extension/readme.md',
      // The walkthrough's pages.
      'extension/walkthrough/credentials.md', 'extension/walkthrough/jurisdiction.md', 'extension/walkthrough/try-it.md',
    ]);
    // The client holds the rules' metadata and the page renderer, not their checking code.
    expect(entries.find((e) => e.name === 'extension/dist/extension.js')!.size).toBeLessThan(1024 * 1024);
    // What the Marketplace reads: the project's repository and licence, categories and the words a clinician searches for.
    const manifest = JSON.parse(readFileSync(join(extDir, 'dist', 'vsix', 'package.json'), 'utf8'));
    expect(manifest.repository.url).toBe(`${links.home}.git`);
    expect(manifest.license).toBe('MIT');
    expect(manifest.icon).toBe('images/icon.png');
    expect(manifest.categories).toEqual(expect.arrayContaining(['Linters']));
    expect(manifest.keywords).toEqual(expect.arrayContaining(['medical', 'GMC', 'ASA', 'social media', 'compliance']));
    expect(manifest.contributes.walkthroughs).toHaveLength(1);
  });

  test('the status bar says "Checking…" until the first check, then the count in the error colour; the Problems panel lists the findings', async () => {
    const t0 = Date.now();
    // The first check waits for the extension host, the extension and the server to start.
    const status = page.locator(STATUS, { hasText: 'Probity: 1 error, 1 warning' });
    await status.waitFor({ timeout: 300_000 });
    timings.findingsSeconds = since(t0);
    // Never an all-clear before the draft was checked: "Checking…" first, then the count.
    const seen = await statusTexts();
    expect(seen[0]).toBe('Probity: Checking…');
    expect(seen.slice(0, seen.indexOf('Probity: 1 error, 1 warning')).every((t) => t === 'Probity: Checking…'), seen.join(' | ')).toBe(true);
    expect(await statusItem().getAttribute('class')).toContain('error-kind');
    await shot('01a-status-errors');
    await status.click();
    await problemsPanel().waitFor();
    await until('both findings in the Problems panel', async () => {
      const text = await problemsPanel().innerText();
      return text.includes('ad-disclosure') && text.includes('credentials') ? text : undefined;
    });
    // The server runs as the extension starts it: over stdio, with V8's thread pool sized for the machine.
    const servers = processArgs().filter((args) => args.some((a) => a.startsWith(extensionsDir) && a.endsWith(join('dist', 'server.js'))));
    expect(servers).toHaveLength(1);
    expect(servers[0]).toEqual(expect.arrayContaining(['--stdio', ...serverNodeArgs()]));
    const panel = await problemsPanel().innerText();
    expect(panel).toContain("The discount code 'LEO20' makes this an advert");
    expect(panel).toContain('probity');
    expect(panel).not.toContain('serum.md');
    // Each rule id is a link that runs the guidance command for that rule.
    const code = problemsPanel().locator('a', { hasText: /^ad-disclosure$/ }).first();
    await code.waitFor();
    expect(await code.getAttribute('href')).toBe('command:probity.showGuidance?["ad-disclosure"]');
    await shot('01-problems');
  });

  test('hovering the finding shows the UK guidance quote', async () => {
    const hover = await hoverUntil(ukQuote);
    expect(await hover.innerText()).toContain(adRule.title);
    await shot('02-hover-uk');
    if (process.env.PROBITY_UPDATE_SCREENSHOT) copyFileSync(join(shots, '02-hover-uk.png'), join(extDir, 'images', 'screenshot.png'));
  });

  test('setting probity.jurisdiction to ie changes the hover to the Irish guidance', async () => {
    await setJurisdiction('ie');
    const hover = await hoverUntil(ieQuote);
    expect(await hover.innerText()).not.toContain(ukQuote);
    await shot('03-hover-ie');
  });

  test('"About this check" in the hover opens the rule\'s page rendered and read-only, without the generator\'s comment', async () => {
    const link = await until('the hover scrolled to its "About this check" link', async () => {
      const hover = await hoverUntil(ieQuote);
      const a = hover.locator('a', { hasText: 'About this check' });
      await a.waitFor({ state: 'attached', timeout: 5_000 });
      // The hover scrolls: wheel over it, as a reader would, until the link is inside it.
      await hover.hover();
      await page.mouse.wheel(0, 2_000);
      const [outer, inner] = [await hover.boundingBox(), await a.boundingBox()];
      return outer && inner && inner.y >= outer.y && inner.y + inner.height <= outer.y + outer.height ? a : undefined;
    }, 90_000);
    await link.click();
    // A Markdown preview (a webview: an iframe inside an iframe), not an editor on the file.
    await page.locator('.tabs-container .tab.active', { hasText: 'Preview ad-disclosure.md' }).waitFor();
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await preview.locator('h1', { hasText: adRule.title }).waitFor({ timeout: 60_000 });
    const shown = await preview.locator('body').innerText();
    expect(shown).not.toContain('Generated');
    expect(shown).not.toContain('probity-disable');
    // Not the raw file in an editor, which is what a file link opened.
    expect((await page.locator('.tabs-container .tab').allInnerTexts()).map((t) => t.replace(/\s+/g, ''))).not.toContain('ad-disclosure.md');
    await shot('03b-rule-page');
    // Back to the draft for the steps that follow.
    await runCommand('View: Close Editor');
    await page.locator('.tabs-container .tab.active', { hasText: 'draft.md' }).waitFor();
    await editor().locator('.view-lines', { hasText: 'GlowLab' }).waitFor();
  });

  test('the "Insert #AD" quick fix from the editor\'s quick-fix menu changes the file', async () => {
    const item = page.locator('.action-widget .monaco-list-row', { hasText: FIX_TITLE });
    // Put the cursor in the finding and open the quick-fix menu, again if it did not come up.
    await until('the quick-fix menu with the fix', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      const box = await errorSquiggle().boundingBox();
      if (!box) return undefined;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      // The mouse leaves, so the finding's hover cannot open over the menu and close it.
      await page.mouse.move(5, 5);
      await page.keyboard.press('Control+.');
      try {
        await item.first().waitFor({ timeout: 10_000 });
      } catch (e) {
        await shot('04-quick-fix-retry');
        throw e;
      }
      return true;
    }, 90_000);
    await shot('04-quick-fix-menu');
    await item.first().click();
    await editor().locator('.view-lines', { hasText: '#AD ' }).waitFor();
    await page.keyboard.press('Control+S');

    const result = new Engine().check(draftText, { settings: { jurisdiction: 'ie' } });
    const fix = result.findings.find((f) => f.rule === 'ad-disclosure')!.fixes.find((f) => f.title === FIX_TITLE)!;
    const expected = applyFixes(draftText, [fix]);
    // The fix only adds the label: remove it and the writer's text is untouched.
    expect(expected.replace('#AD ', '')).toBe(draftText);
    await until('the fixed draft saved to disk', async () => (readFileSync(draftPath, 'utf8') === expected ? true : undefined), 30_000);

    // The advert finding is gone; the other finding stays.
    await until('ad-disclosure gone from the Problems panel', async () => {
      const text = await problemsPanel().innerText();
      return !text.includes('ad-disclosure') && text.includes('credentials') ? text : undefined;
    });
    await page.locator(STATUS, { hasText: 'Probity: 1 warning' }).waitFor();
    expect(await statusItem().getAttribute('class')).not.toContain('error-kind');
    await shot('05-fixed');
  });

  test('"Go to Next Finding" moves the cursor to the finding and shows its hover', async () => {
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+Home');
    await runCommand('Probity: Go to Next Finding');
    const line = draftText.split('\n').findIndex((l) => l.startsWith('@sam_rides')) + 1;
    await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col 1\\b`) }).waitFor();
    await page.locator('.monaco-hover:visible', { hasText: "never says who you are" }).first().waitFor();
    await shot('05b-next-finding');
    await page.keyboard.press('Escape');
  });

  test('"Ignore here…" selects the [add reason] placeholder, so typing replaces it; the suppression is listed with its reason', async () => {
    const item = page.locator('.action-widget .monaco-list-row', { hasText: /^Ignore credentials (here|in this paragraph)…/ });
    await until('the quick-fix menu with "Ignore credentials"', async () => {
      await page.keyboard.press('Escape');
      await runCommand('Probity: Go to Next Finding');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      await item.first().waitFor({ timeout: 10_000 });
      return true;
    }, 90_000);
    await item.first().click();
    await editor().locator('.view-lines', { hasText: '[add reason]' }).waitFor();
    // What a writer does next: type the reason. It lands in place of the placeholder.
    await page.keyboard.type('a reply to a friend, not advice');
    await page.keyboard.press('Control+S');
    await until('the reason saved to disk', async () => {
      const saved = readFileSync(draftPath, 'utf8');
      return /<!-- probity-disable(-next-line)? credentials -- a reply to a friend, not advice -->/.test(saved) && !saved.includes('[add reason]') ? saved : undefined;
    }, 30_000);
    await page.locator(STATUS, { hasText: 'Probity: no findings' }).waitFor();
    await shot('05c-ignored');

    await runCommand('Probity: List Suppressions');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'credentials' }).first();
    await row.waitFor();
    const listed = await row.innerText();
    expect(listed).toContain('a reply to a friend, not advice');
    expect(listed).toContain('silences 1 finding');
    await shot('05d-suppressions');
    await page.keyboard.press('Escape');
  });

  test('"Probity: Insert Ad Label (#AD)" puts the label at the start of the post, inside the list, wherever the cursor is', async () => {
    // The settings by now: the jurisdiction test left 'ie'.
    const before = statusOf(LIST_DRAFT, { jurisdiction: 'ie' });
    expect(before).toMatch(/\b1 error\b/);
    await openFile('list.md', 'Short days');
    await statusShowing(before).waitFor();
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await runCommand('Probity: Insert Ad Label (#AD)');
    await editor().locator('.view-lines', { hasText: '1. #AD Short days' }).waitFor();
    await page.keyboard.press('Control+S');
    const expected = LIST_DRAFT.replace('1. Short', '1. #AD Short');
    await until('the labelled list saved', async () => (readFileSync(join(draftPath, '..', 'list.md'), 'utf8') === expected ? true : undefined), 30_000);
    // The list is still a list, and the error is gone.
    const after = statusOf(expected, { jurisdiction: 'ie' });
    expect(after).not.toMatch(/error/);
    await statusShowing(after).waitFor();
    await shot('06a-insert-ad-label');
  });

  test('"Probity: Insert Signposting" inserts the signposting for the jurisdiction in the settings (ie)', async () => {
    const irish = SNIPPETS['signposting-ie'].body.join('\n');
    await openFile('draft.md', 'GlowLab');
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await runCommand('Probity: Insert Signposting');
    await editor().locator('.view-lines', { hasText: 'call 112 or 999' }).waitFor();
    await page.keyboard.press('Control+S');
    await until('the signposting saved to disk', async () => (readFileSync(draftPath, 'utf8').endsWith(`\n${irish}`) ? true : undefined), 30_000);
  });

  test('"Probity: Copy Post for Publishing" copies the post under the cursor, without front matter or Probity comments', async () => {
    await openFile('thread.md', 'Winter skin');
    // The cursor on the second post's second line.
    const line = THREAD_DRAFT.split('\n').indexOf('Fragrance-free is best.') + 1;
    await runCommand('Go to Line/Column...');
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col 1\\b`) }).waitFor();
    await runCommand('Probity: Copy Post for Publishing');
    await page.locator('.notification-toast', { hasText: 'copied post 2 of 3 for publishing' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const draft = new Engine().check(THREAD_DRAFT, {}).draft;
    expect(copied).toBe(postForPublishing(draft, THREAD_DRAFT.indexOf('Fragrance')).text);
    expect(copied).toBe('Moisturise after every shower.\nFragrance-free is best.');
    await shot('06b-copy-post');
    await page.keyboard.press('Escape');
  });

  test('each snippet is offered once as a completion (the server\'s), not twice', async () => {
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('#ad');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await until('the completion list', async () => {
      if (await rows.count() === 0) await page.keyboard.press('Control+Space');
      await rows.first().waitFor({ timeout: 5_000 });
      return true;
    }, 60_000);
    const labels = (await rows.allInnerTexts()).map((t) => t.split('\n')[0].trim());
    expect(labels.filter((l) => l === '#ad')).toHaveLength(1);
    await shot('06c-completions');
    await page.keyboard.press('Escape');
    // Leave the draft as it was.
    await runCommand('File: Revert File');
  });

  test('a bad probity.json: one notification with "Open probity.json", and each problem underlined in the file, listed once', async () => {
    await runCommand('Notifications: Clear All Notifications');
    await openFile('clinic/offer.md', 'evening slots');
    const toast = page.locator('.notification-toast', { hasText: 'probity.json' });
    await toast.first().waitFor();
    expect(await toast.count()).toBe(1);
    const message = await toast.first().innerText();
    expect(message).toContain("Probity: probity.json in 'clinic' has 2 problems, each underlined in the file");
    expect(message).not.toContain(work);
    expect(message).not.toContain('(json)');
    await shot('08a-config-notification');
    await toast.first().locator('.monaco-button', { hasText: 'Open probity.json' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'probity.json' }).waitFor();
    await editor().locator('.squiggly-warning, .squiggly-error').nth(1).waitFor();
    // In the Problems panel each problem is there once: the schema's, checked as it is typed; the
    // server's copy of the same problems is held back while the file is open.
    await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const listed = await until('the two problems of probity.json listed', async () => {
      const texts = await problemsPanel().locator('.monaco-list-row').allInnerTexts();
      const config = texts.filter((t) => /Valid values|not allowed|'jurisdiction'|'colour'/.test(t));
      return config.length === 2 ? config : undefined;
    });
    expect(listed.filter((t) => /jurisdiction|Valid values/.test(t))).toHaveLength(1);
    await shot('08b-config-underlined');
    await runCommand('View: Close Editor');
  });

  test('a long draft shows "Checking…" until its first check is done', async () => {
    await openFile('long.md', 'A long diary');
    await page.locator(STATUS, { hasText: 'Probity: Checking…' }).waitFor();
    await statusItem().screenshot({ path: join(shots, '11-status-checking.png') });
    await page.locator(STATUS, { hasText: 'Probity: no findings' }).waitFor();
    const seen = await statusTexts();
    expect(seen.slice(seen.lastIndexOf('Probity: Checking…'))).toEqual(['Probity: Checking…', 'Probity: no findings']);
  });

  test('"Probity: Show the Guidance for a Rule" opens the rule\'s guidance, quotes included', async () => {
    await runCommand('Probity: Show the Guidance for a Rule');
    await page.locator('.quick-input-widget input').fill('ad-disclosure');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: adRule.title }).first().waitFor();
    await page.keyboard.press('Enter');
    // The Markdown preview is a webview: an iframe inside an iframe.
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await preview.locator('h1', { hasText: adRule.title }).waitFor({ timeout: 60_000 });
    // Why it matters, then the quotes with their sources, the writer's jurisdiction (ie) first.
    await preview.locator('p', { hasText: adRule.rationale }).first().waitFor();
    const sections = await preview.locator('h2').allInnerTexts();
    expect(sections).toEqual(['Guidance for Ireland', 'Guidance for the UK', 'Guidance for the United States']);
    for (const g of [...adRule.guidance.ie, ...adRule.guidance.uk]) {
      expect(await preview.locator('blockquote', { hasText: g.quote }).first().innerText()).toContain(g.source);
    }
    await shot('06-guidance');
  });

  test('"Probity: Check Every Markdown File in the Workspace" brings in the findings of unopened drafts', async () => {
    await runCommand('Probity: Check Every Markdown File in the Workspace');
    await until('serum.md in the Problems panel', async () => {
      const text = await problemsPanel().innerText();
      return text.includes('serum.md') && text.includes("The discount code 'LEO20'") ? text : undefined;
    });
    await shot('07-workspace');
  });

  test('the walkthrough: jurisdiction, credentials line, a sample draft to try', async () => {
    await runCommand('Welcome: Open Walkthrough...');
    await page.locator('.quick-input-widget input').fill('Probity');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Probity' }).first().click();
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.locator('h2', { hasText: 'Get Started with Probity' }).first().waitFor();
    for (const step of ['Choose your jurisdiction', 'Add your credentials line', 'Try it on a sample draft']) {
      await walkthrough.locator('.getting-started-step', { hasText: step }).first().waitFor();
    }
    await shot('09-walkthrough');
    await walkthrough.locator('.getting-started-step', { hasText: 'Try it on a sample draft' }).first().click();
    await walkthrough.locator('.monaco-button, a', { hasText: 'Open the sample draft' }).first().click();
    await editor().locator('.view-lines', { hasText: 'NIGHTS15' }).waitFor();
    await page.locator(STATUS, { hasText: 'Probity: 1 error, 1 warning' }).waitFor();
    await shot('09b-sample-draft');
  });

  test('"Probity: Show Output" shows the log: the start, where each draft\'s settings came from, and the problems met', async () => {
    await runCommand('Probity: Show Output');
    const output = page.locator('[id="workbench.panel.output"]');
    await output.waitFor();
    await output.locator('.view-lines', { hasText: 'is checked for jurisdiction' }).waitFor();
    await shot('10-output');
    // The first lines have scrolled away: the output view's filter brings back the start.
    const filter = page.getByPlaceholder(/^Filter \(e\.g\./).first();
    await filter.fill('started');
    await output.locator('.view-lines', { hasText: /Probity\slanguage\sserver\s\S+\sstarted/ }).waitFor();
    await filter.fill('');
  });

  test('a server that keeps crashing: "not running (click to restart)" in the error colour, even while typing; a click restarts it', async () => {
    await openFile('list.md', 'Short days');
    const counted = /Probity: (\d+ (error|warning)|no findings)/;
    await page.locator(STATUS, { hasText: counted }).waitFor();
    // Five crashes in a row: the client restarts the server four times, then gives up.
    for (let crash = 1; crash <= 5; crash++) {
      const pids = await until(`the server running before crash ${crash}`, async () => {
        const p = serverPids();
        return p.length === 1 ? p : undefined;
      });
      process.kill(pids[0], 'SIGKILL');
      await until(`server ${pids[0]} gone`, async () => (serverPids().includes(pids[0]) ? undefined : true));
    }
    const stopped = page.locator(STATUS, { hasText: 'Probity: not running (click to restart)' });
    await stopped.waitFor();
    expect(await statusItem().getAttribute('class')).toContain('error-kind');
    // Told once, in a notification (the centre holds it even when toasts are hidden).
    await runCommand('Notifications: Show Notifications');
    await page.locator('.notifications-center', { hasText: 'your drafts are not being checked' }).waitFor();
    await runCommand('Notifications: Hide Notifications');
    // Typing an advert into the draft: no check runs, and the status bar does not pretend otherwise.
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Use my code SPRING5 today.');
    await page.waitForTimeout(1_000); // not a wait for a result: time in which a false all-clear would show
    expect(await statusItem().innerText()).toContain('not running (click to restart)');
    expect(serverPids()).toEqual([]);
    await shot('12-status-stopped');

    await stopped.click();
    await page.locator(STATUS, { hasText: counted }).waitFor();
    expect(serverPids()).toHaveLength(1);
    const seen = await statusTexts();
    const after = seen.slice(seen.lastIndexOf('Probity: not running (click to restart)'));
    expect(after[1]).toBe('Probity: Checking…');
    await shot('12b-status-restarted');
    await runCommand('File: Revert File');
  });

  test('the extension\'s page shows the README with its screenshot, linked at the repository\'s https address, and no broken image', async () => {
    await runCommand('Extensions: Show Installed Extensions');
    await page.locator('.extension-list-item', { hasText: 'Probity' }).first().click();
    const details = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await details.locator('h1', { hasText: 'Probity for VS Code' }).waitFor({ timeout: 60_000 });
    const screenshot = links.raw('clients/vscode/images/screenshot.png');
    const images = await until('the page\'s images loaded', async () => {
      const now = await details.locator('img').evaluateAll((imgs) => imgs.map((i) => ({ src: (i as HTMLImageElement).src, w: (i as HTMLImageElement).naturalWidth, done: (i as HTMLImageElement).complete })));
      return now.length > 0 && now.every((i) => i.done) ? now : undefined;
    });
    expect(images.filter((i) => i.w === 0)).toEqual([]);
    expect(images.map((i) => i.src)).toContain(screenshot);
    expect(fetchedFromRepository).toContain(screenshot);
    await shot('13-extension-page');
  });
});
