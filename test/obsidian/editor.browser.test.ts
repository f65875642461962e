// The plugin's editor extension in a real browser: headless Chromium (playwright-core, Debian's
// /usr/bin/chromium) loads a page with CodeMirror 6 at the versions Obsidian pins, the plugin's
// extension, and the language server in a Blob Web Worker as the plugin starts it. A draft is typed
// key by key; the test waits for what a writer would see, never for a fixed time.
import { mkdirSync, mkdtempSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '@probity/rules';
import { workerSourcePlugin } from '../../clients/obsidian/build.mjs';
import { CHROMIUM, CHROMIUM_ARGS, serveFolder } from './helpers.js';
import { firstLine, needs } from '../helpers/programs.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const SHOTS = join(root, 'screenshots');

const DRAFT = 'My favourite serum is back in stock.\nUse my code LEO20 for 20% off the serum I love.';
const adRule = RULES.find((r) => r.id === 'ad-disclosure')!;
const capQuote = adRule.guidance.uk[0];

let dir: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

const docText = () => page.evaluate(() => window.probity.view.state.doc.toString());
const selected = () => page.evaluate(() => {
  const { state } = window.probity.view;
  return state.sliceDoc(state.selection.main.from, state.selection.main.to);
});

async function hoverUnderline(selector: string) {
  // Park the mouse away first so the next hover is a fresh mousemove over the underline.
  await page.mouse.move(5, 5);
  await page.waitForSelector('.probity-tooltip', { state: 'detached' });
  await page.hover(selector);
  return page.waitForSelector('.probity-tooltip', { state: 'visible' });
}

const chromiumVersion = needs({
  test: 'the Obsidian editor test in a browser (test/obsidian/editor.browser.test.ts)', program: 'chromium',
  install: 'apt-get install -y chromium', probe: () => CHROMIUM && firstLine(CHROMIUM, ['--version']),
});

describe.skipIf(!chromiumVersion)(`Obsidian editor extension in Chromium (${chromiumVersion ?? 'not installed'})`, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probity-obsidian-page-'));
    await build({
      entryPoints: [join(here, 'page', 'editor-page.ts')], outfile: join(dir, 'page.js'),
      bundle: true, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'warning',
      plugins: [workerSourcePlugin()],
    });
    copyFileSync(join(here, 'page', 'index.html'), join(dir, 'index.html'));
    copyFileSync(join(root, 'clients', 'obsidian', 'styles.css'), join(dir, 'styles.css'));
    server = await serveFolder(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 820, height: 560 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // "Copy post for publishing" writes the clipboard, and the test reads it back.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.error, undefined, { timeout: 45_000 });
    expect(await page.evaluate(() => document.body.dataset.error ?? null)).toBeNull();
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('bundles the @codemirror versions that Obsidian pins', () => {
    const manifest = (name: string) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    const peers = manifest('obsidian').peerDependencies;
    for (const name of ['@codemirror/state', '@codemirror/view']) {
      const installed = manifest(name).version;
      expect(installed, name).toBe(peers[name]);
    }
  });

  it('underlines, explains, fixes and undoes a finding in a typed draft', async () => {
    await page.click('.cm-content');
    await page.keyboard.type(DRAFT);
    expect(await docText()).toBe(DRAFT);

    // The underline appears, by severity, over the words that triggered it.
    const underline = await page.waitForSelector('.probity-underline.probity-error', { timeout: 20_000 });
    expect(await underline.textContent()).toContain('LEO20');
    expect(await underline.getAttribute('data-probity-rule')).toBe('ad-disclosure');
    await page.waitForFunction(() => window.probity.counts['Drafts/serum.md'] >= 1);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'obsidian-editor-underline.png') });

    // Hovering shows the message, the guidance quote with its source and paragraph, and the fixes.
    const card = await hoverUnderline('.probity-underline.probity-error');
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain("The discount code 'LEO20' makes this an advert");
    expect(cardText).toContain(capQuote.quote);
    expect(await card.$eval('blockquote.probity-quote', (q) => q.textContent)).toContain(capQuote.quote);
    expect(cardText).toContain(`${capQuote.source}, ${capQuote.paragraph}`);
    const buttons = await card.$$eval('button.probity-fix', (bs) => bs.map((b) => b.textContent));
    expect(buttons).toContain('Insert #AD at the start of the post');
    expect(buttons.some((b) => /^Ignore ad-disclosure (here|in this paragraph)…$/.test(b ?? ''))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'obsidian-editor-hover.png') });
    // The quote is in view as the card opens, above the fold of its 24em, not below it.
    const cardBox = (await card.boundingBox())!, quoteBox = (await (await card.$('blockquote.probity-quote'))!.boundingBox())!;
    expect(quoteBox.y + quoteBox.height).toBeLessThanOrEqual(cardBox.y + cardBox.height);

    // Clicking the quick fix changes the text, and the server's next check clears the underline.
    await page.click('button.probity-fix:has-text("Insert #AD at the start of the post")');
    await page.waitForFunction((d) => window.probity.view.state.doc.toString() === `#AD ${d}`, DRAFT);
    await page.waitForSelector('.probity-underline.probity-error', { state: 'detached', timeout: 20_000 });
    await page.waitForSelector('.probity-tooltip', { state: 'detached' });

    // One undo restores the text exactly, and the finding comes back.
    await page.keyboard.press('Control+z');
    await page.waitForFunction((d) => window.probity.view.state.doc.toString() === d, DRAFT);
    await page.waitForSelector('.probity-underline.probity-error', { timeout: 20_000 });
  }, 60_000);

  it('"Ignore here…" inserts the suppression comment with its reason selected, and undo removes it', async () => {
    const card = await hoverUnderline('.probity-underline.probity-error');
    const ignore = await card.waitForSelector('button.probity-fix:has-text("Ignore ad-disclosure")');
    await ignore.click();
    await page.waitForFunction(() => window.probity.view.state.doc.toString().includes('probity-disable'));
    const text = await docText();
    expect(text).toMatch(/<!-- probity-(disable-next-line|disable) ad-disclosure -- \[add reason\] -->/);
    expect(text.replace(/\n?<!--[^]*?-->\n?/g, '\n').trim()).toBe(DRAFT);
    expect(await selected()).toBe('[add reason]');
    await page.waitForSelector('.probity-underline.probity-error', { state: 'detached', timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, 'obsidian-editor-ignored.png') });

    await page.keyboard.press('Control+z');
    await page.waitForFunction((d) => window.probity.view.state.doc.toString() === d, DRAFT);
    await page.waitForSelector('.probity-underline.probity-error', { timeout: 20_000 });
  }, 60_000);

  /** Replaces the note's text and waits for the server's findings on it. */
  async function setNote(text: string) {
    await page.evaluate((t) => {
      const { view } = window.probity;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: t } });
    }, text);
    await page.waitForFunction((t) => window.probity.view.state.doc.toString() === t, text);
  }

  it('"Insert ad label" puts #AD at the start of the post from the server, inside the list, wherever the cursor is', async () => {
    const note = '# Winter skin\n\n1. Short days dry the skin. Use my code GLOW20 for 20% off.\n2. Moisturise after a shower.';
    await setNote(note);
    await page.waitForSelector('.probity-underline.probity-error', { timeout: 20_000 });
    // The cursor at the end of the note, far from where the label belongs.
    await page.evaluate(() => window.probity.view.dispatch({ selection: { anchor: window.probity.view.state.doc.length } }));
    expect(await page.evaluate(() => window.probity.insert(window.probity.view, 'ad-label'))).toBeNull();
    expect(await docText()).toBe(note.replace('1. Short', '1. #AD Short'));
    await page.waitForSelector('.probity-underline.probity-error', { state: 'detached', timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, 'obsidian-insert-ad-label.png') });
    // Again: the server says the label is there, and nothing is inserted twice.
    expect(await page.evaluate(() => window.probity.insert(window.probity.view, 'ad-label'))).toBe('Probity: The post already starts with #AD.');
    // One undo takes the label out again.
    await page.keyboard.press('Control+z');
    await page.waitForFunction((d) => window.probity.view.state.doc.toString() === d, note);
  }, 60_000);

  it('"Insert credentials line" selects the first placeholder, ready to type over', async () => {
    await setNote('---\nplatform: x\n---\nTake paracetamol for a fever.\n\n---\n\nMore tomorrow.');
    await page.waitForSelector('.probity-underline.probity-warning', { timeout: 20_000 });
    expect(await page.evaluate(() => window.probity.insert(window.probity.view, 'credentials-line'))).toBeNull();
    expect(await docText()).toBe('---\nplatform: x\n---\nTake paracetamol for a fever.\n\nWritten by [add your name], [add your role].\n\n---\n\nMore tomorrow.');
    expect(await selected()).toBe('[add your name]');
  }, 60_000);

  it('"Copy post for publishing" puts the post under the cursor on the clipboard, without front matter or Probity comments', async () => {
    const thread = '---\nplatform: x\n---\nFirst post.\n\n---\n\n<!-- probity-disable-next-line personal-advice -- general advice -->\nSecond post,  \nsecond line.\n\n---\n\nThird.';
    await setNote(thread);
    await page.evaluate((at) => window.probity.view.dispatch({ selection: { anchor: at } }), thread.indexOf('second line'));
    const message = await page.evaluate(() => window.probity.copyPost(window.probity.view));
    expect(message).toBe('Probity: copied post 2 of 3 for publishing, without front matter or Probity comments.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Second post,\nsecond line.');
    expect(await docText()).toBe(thread);
  }, 60_000);
});
