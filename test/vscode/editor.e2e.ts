// The extension inside a real VS Code: code-server with the packaged .vsix installed, driven through
// headless Chromium like a writer would: Problems panel, hover and its link to the rule's page,
// settings, the quick-fix menu, the guidance page.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RULES } from '@probity/rules';
import { SNIPPETS } from '@probity/snippets';
import { Engine } from '../../server/src/engine/engine.js';
import { applyFixes } from '../../server/src/engine/fixes.js';
import { serverNodeArgs } from '../../server/src/lsp/launch.js';
import { installExtension, startCodeServer, writeUserSettings, type CodeServer } from './codeServer.js';
// @ts-expect-error plain ES module without types
import { installCodeServer } from './install.mjs';
import { listZip } from './vsix.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const extDir = join(root, 'clients', 'vscode');
const version = JSON.parse(readFileSync(join(extDir, 'package.json'), 'utf8')).version as string;
const vsix = join(extDir, `probity-${version}.vsix`);
const shots = join(root, 'screenshots', 'vscode');
const draftText = readFileSync(join(root, 'test', 'vscode', 'fixtures', 'draft.md'), 'utf8');

const adRule = RULES.find((r) => r.id === 'ad-disclosure')!;
const ukQuote = adRule.guidance.uk[0].quote;
const ieQuote = adRule.guidance.ie[0].quote;
const FIX_TITLE = 'Insert #AD at the start of the post';

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

async function shot(name: string) {
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

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
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
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
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(120_000);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
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
  test('the .vsix holds only the built extension and is under 3 MB', () => {
    const entries = listZip(vsix);
    const names = entries.map((e) => e.name);
    expect(statSync(vsix).size).toBeLessThan(3 * 1024 * 1024);
    expect(names).toContain('extension/dist/extension.js');
    expect(names).toContain('extension/dist/server.js');
    expect(names).toContain('extension/dist/snippets/probity.json');
    // The rule pages the hovers link to, as generated in docs/rules/, and no other file beside them.
    const pages = entries.filter((e) => e.name.startsWith('extension/dist/rules/'));
    expect(pages.map((e) => e.name).sort()).toEqual(RULES.map((r) => `extension/dist/rules/${r.id}.md`).sort());
    for (const p of pages) expect(p.size, p.name).toBe(statSync(join(root, 'docs', 'rules', p.name.slice('extension/dist/rules/'.length))).size);
    // The client holds the rules' metadata and the page renderer, not their checking code.
    expect(entries.find((e) => e.name === 'extension/dist/extension.js')!.size).toBeLessThan(1024 * 1024);
    expect(names).toContain('extension/images/icon.png');
    expect(names).toContain('extension/images/screenshot.png');
    expect(names.map((n) => n.toLowerCase())).toContain('extension/readme.md');
    expect(names).toContain('extension/LICENSE.txt');
    expect(names.filter((n) => n.includes('node_modules/'))).toEqual([]);
    expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
    expect(names.filter((n) => /(^|\/)(src|test)\//.test(n) || /\.ts$/.test(n))).toEqual([]);
  });

  test('the findings appear in the Problems panel with their rule ids, via the status bar item', async () => {
    const t0 = Date.now();
    // The status bar item counts the draft's findings; clicking it opens the Problems panel.
    const status = page.locator('.statusbar-item', { hasText: /Probity: 2/ });
    // The first check waits for the extension host, the extension and the server to start.
    await status.waitFor({ timeout: 300_000 });
    await status.click();
    await problemsPanel().waitFor();
    await until('both findings in the Problems panel', async () => {
      const text = await problemsPanel().innerText();
      return text.includes('ad-disclosure') && text.includes('credentials') ? text : undefined;
    });
    // The server runs as the extension starts it: over stdio, with V8's thread pool sized for the machine.
    const servers = processArgs().filter((args) => args.some((a) => a.endsWith(join('dist', 'server.js'))));
    expect(servers).toHaveLength(1);
    expect(servers[0]).toEqual(expect.arrayContaining(['--stdio', ...serverNodeArgs()]));
    const panel = await problemsPanel().innerText();
    expect(panel).toContain("The discount code 'LEO20' makes this an advert");
    expect(panel).toContain('probity');
    expect(panel).not.toContain('serum.md');
    // Each rule id is a link to the rule's page, the copy inside the extension.
    const code = problemsPanel().locator('a', { hasText: /^ad-disclosure$/ }).first();
    await code.waitFor();
    expect(await code.evaluate((a) => `${a.getAttribute('href')} ${a.getAttribute('title')}`)).toMatch(/\/dist\/rules\/ad-disclosure\.md/);
    timings.findingsSeconds = since(t0);
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

  test('"About this check" in the hover opens the rule\'s page, shipped inside the extension', async () => {
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
    // Where the link goes, as VS Code records it on the rendered link. The server gets a file: URL; in
    // code-server the browser shows it as vscode-remote: (the same path on the machine running VS Code).
    const target = new URL((await link.evaluate((a) => a.getAttribute('data-href') ?? a.getAttribute('href')))!);
    expect(['file:', 'vscode-remote:']).toContain(target.protocol);
    const path = decodeURIComponent(target.pathname);
    expect(path.startsWith(`${extensionsDir}/`), path).toBe(true);
    expect(path).toMatch(/\/dist\/rules\/ad-disclosure\.md$/);
    await link.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'ad-disclosure.md' }).waitFor();
    const opened = page.locator('.editor-instance .monaco-editor .view-lines').first();
    await opened.filter({ hasText: adRule.title }).waitFor();
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
    await page.locator('.statusbar-item', { hasText: /Probity: 1/ }).waitFor();
    await shot('05-fixed');
  });

  test('"Probity: Insert Signposting" inserts the signposting for the jurisdiction in the settings (ie)', async () => {
    const irish = SNIPPETS['signposting-ie'].body.join('\n');
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await runCommand('Probity: Insert Signposting');
    await editor().locator('.view-lines', { hasText: 'call 112 or 999' }).waitFor();
    await page.keyboard.press('Control+S');
    await until('the signposting saved to disk', async () => (readFileSync(draftPath, 'utf8').endsWith(`\n${irish}`) ? true : undefined), 30_000);
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
});
