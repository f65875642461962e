// The released plugin on a phone: the release folder's main.js, loaded as Obsidian loads a plugin,
// in headless Chromium emulating a phone (390×844, touch, mobile viewport), since the manifest says
// it is not desktop-only. Everything is done by tapping: the settings tab (a jurisdiction, a
// credentials line, a check turned off and on, each saved and reaching the checks), the commands,
// and a finding's card and its fix. Obsidian itself is not here: the 'obsidian' module is a DOM
// stand-in (./stand-in/obsidian-dom.ts) and the layout around the plugin a plain phone-shaped page.
// Screenshots go to screenshots/obsidian-mobile-*.png.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildObsidian } from '../../clients/obsidian/build.mjs';
import { CHROMIUM, CHROMIUM_ARGS, serveFolder } from './helpers.js';
import { firstLine, needs } from '../helpers/programs.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const SHOTS = join(root, 'screenshots');
const PHONE = { width: 390, height: 844 };

const DRAFT = 'My favourite serum is back in stock. Use my code LEO20 for 20% off the serum I love.';

let dir: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;

const docText = () => page.evaluate(() => window.probity.view.state.doc.toString());
const saved = () => page.evaluate(() => window.probity.app.pluginData.probity as Record<string, unknown>);
const settingRow = (name: string) => page.locator('.setting-item', { has: page.locator('.setting-item-name', { hasText: name }) });

/** Every element of `selector` lies within the phone's width, and the page does not scroll sideways. */
async function fitsThePhone(selector: string) {
  const boxes = await page.locator(selector).evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { what: `${e.className}: ${e.textContent?.slice(0, 40)}`, left: Math.floor(r.left), right: Math.ceil(r.right) };
  }));
  expect(boxes.length).toBeGreaterThan(0);
  expect(boxes.filter((b) => b.left < 0 || b.right > PHONE.width)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

const chromiumVersion = needs({
  test: 'the Obsidian mobile test in a browser (test/obsidian/mobile.browser.test.ts)', program: 'chromium',
  install: 'apt-get install -y chromium', probe: () => CHROMIUM && firstLine(CHROMIUM, ['--version']),
});

describe.skipIf(!chromiumVersion)(`the released Obsidian plugin on a phone-sized touch screen (${chromiumVersion ?? 'not installed'})`, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probity-obsidian-mobile-'));
    await buildObsidian({ outdir: dir });
    await build({
      entryPoints: [join(here, 'mobile', 'mobile-page.ts')], outfile: join(dir, 'page.js'),
      bundle: true, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'warning',
    });
    copyFileSync(join(here, 'mobile', 'index.html'), join(dir, 'index.html'));
    server = await serveFolder(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: PHONE, screen: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    // "Copy post for publishing" writes the clipboard, and the test reads it back.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.error, undefined, { timeout: 45_000 });
    expect(await page.evaluate(() => document.body.dataset.error ?? null)).toBeNull();
    expect(errors).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is a touch screen of 390×844 CSS pixels', async () => {
    expect(await page.evaluate(() => ({ w: innerWidth, h: innerHeight, touch: navigator.maxTouchPoints > 0 && matchMedia('(pointer: coarse)').matches })))
      .toEqual({ w: PHONE.width, h: PHONE.height, touch: true });
  });

  it('the first load shows where to set it up, in a notice that a tap dismisses', async () => {
    const notice = page.locator('.notice', { hasText: 'Probity now checks your Markdown notes' });
    await notice.waitFor();
    await fitsThePhone('.notice');
    await notice.tap();
    await notice.waitFor({ state: 'detached' });
  });

  it('a finding in a typed note: tapping its underline opens its card within the screen, and tapping the fix applies it', async () => {
    await page.locator('.cm-content').tap();
    await page.keyboard.type(DRAFT);
    const underline = page.locator('.probity-underline.probity-error');
    await underline.waitFor({ timeout: 20_000 });
    expect(await underline.getAttribute('data-probity-rule')).toBe('ad-disclosure');

    await underline.tap();
    const card = page.locator('.probity-tooltip');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toContain("The discount code 'LEO20' makes this an advert");
    await fitsThePhone('.probity-tooltip');
    await page.screenshot({ path: join(SHOTS, 'obsidian-mobile-finding.png') });

    await card.locator('button.probity-fix', { hasText: 'Insert #AD at the start of the post' }).tap();
    await page.waitForFunction((d) => window.probity.view.state.doc.toString() === `#AD ${d}`, DRAFT);
    await underline.waitFor({ state: 'detached', timeout: 20_000 });
  }, 60_000);

  it('the settings tab: tapped open, it fits the screen; a jurisdiction, a credentials line and a check turned off and on, each saved and reaching the checks', async () => {
    // The note's ad label comes off again, so the ad-disclosure finding is back.
    await page.evaluate((d) => window.probity.view.dispatch({ changes: { from: 0, to: window.probity.view.state.doc.length, insert: d } }), DRAFT);
    await page.locator('.probity-underline.probity-error').waitFor({ timeout: 20_000 });

    await page.locator('#open-settings').tap();
    await page.locator('.probity-welcome').waitFor();
    await fitsThePhone('#settings .setting-item');
    await page.screenshot({ path: join(SHOTS, 'obsidian-mobile-settings.png') });

    await settingRow('Jurisdiction').locator('select').tap();
    await settingRow('Jurisdiction').locator('select').selectOption('ie');
    await page.waitForFunction(() => (window.probity.app.pluginData.probity as { jurisdiction?: string })?.jurisdiction === 'ie');

    await settingRow('Credentials').locator('input').tap();
    await page.keyboard.type('GP in Galway');
    await page.waitForFunction(() => (window.probity.app.pluginData.probity as { credentials?: string })?.credentials === 'GP in Galway');

    const adCheck = page.locator('.setting-item', { has: page.locator('.setting-item-description', { hasText: /^ad-disclosure / }) });
    await adCheck.locator('.checkbox-container').tap();
    expect((await saved()).disabledRules).toContain('ad-disclosure');
    expect(await adCheck.locator('.checkbox-container').getAttribute('class')).not.toContain('is-enabled');
    await page.screenshot({ path: join(SHOTS, 'obsidian-mobile-settings-checks.png') });
    await page.locator('#close-settings').tap();
    // Off, the check's underline goes from the note...
    await page.locator('.probity-underline.probity-error').waitFor({ state: 'detached', timeout: 20_000 });

    await page.locator('#open-settings').tap();
    // ...and the welcome was shown once: the tab opens straight onto the settings now.
    expect(await page.locator('.probity-welcome').count()).toBe(0);
    await adCheck.locator('.checkbox-container').tap();
    expect((await saved()).disabledRules).not.toContain('ad-disclosure');
    await page.locator('#close-settings').tap();
    // ...and on again, it comes back, now under the Irish guidance the jurisdiction chose.
    await page.locator('.probity-underline.probity-error').waitFor({ timeout: 20_000 });
    await page.locator('.probity-underline.probity-error').tap();
    await page.locator('.probity-tooltip', { hasText: 'ASAI' }).waitFor({ timeout: 10_000 });
  }, 60_000);

  it('the commands, tapped from the list: the ad label goes in at the start of the post, the credentials line from the settings, and the post is copied for publishing', async () => {
    await page.locator('.cm-content').tap();
    await page.locator('#open-commands').tap();
    await fitsThePhone('#command-list .suggestion-item');
    await page.screenshot({ path: join(SHOTS, 'obsidian-mobile-commands.png') });
    await page.locator('.suggestion-item', { hasText: 'Insert ad label at the start of the post' }).tap();
    await page.waitForFunction((d) => window.probity.view.state.doc.toString() === `#AD ${d}`, DRAFT);

    await page.locator('#open-commands').tap();
    await page.locator('.suggestion-item', { hasText: 'Insert credentials line' }).tap();
    await page.waitForFunction(() => window.probity.view.state.doc.toString().includes('GP in Galway'));

    await page.locator('#open-commands').tap();
    await page.locator('.suggestion-item', { hasText: 'Copy post for publishing' }).tap();
    await page.locator('.notice', { hasText: 'copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await docText()).trim());
  }, 60_000);
});
