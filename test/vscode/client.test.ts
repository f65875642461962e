// The VS Code client's pure parts (snippet texts, the guidance page, the status text) and its
// manifest, checked against the rules and snippets it is meant to mirror.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { JURISDICTIONS, PLATFORMS, RULES, RULE_IDS } from '@probity/rules';
import { SNIPPETS } from '@probity/snippets';
import { guidanceMarkdown } from '../../clients/vscode/src/guidanceMarkdown.js';
import { escapeSnippet, snippetBody } from '../../clients/vscode/src/snippetBody.js';
import { statusText } from '../../clients/vscode/src/statusText.js';

const manifest = JSON.parse(readFileSync(new URL('../../clients/vscode/package.json', import.meta.url), 'utf8'));
const props = manifest.contributes.configuration.properties;
const source = (file: string) => readFileSync(new URL(`../../clients/vscode/src/${file}`, import.meta.url), 'utf8');

describe('insert commands', () => {
  test('the ad label is the snippet from probity.json', () => {
    expect(snippetBody('ad-label')).toBe('#AD ');
  });

  test('the credentials line keeps its placeholders when nothing is set', () => {
    expect(snippetBody('credentials-line')).toBe('Written by ${1:[add your name]}, ${2:[add your role]}.');
  });

  test('the credentials line offers the author and credentials settings as tab-stop defaults', () => {
    expect(snippetBody('credentials-line', { author: 'Dr Jane Smith', credentials: 'GP in Leeds' }))
      .toBe('Written by ${1:Dr Jane Smith}, ${2:GP in Leeds}.');
  });

  test('settings text cannot break the snippet syntax', () => {
    expect(escapeSnippet('costs $5 {a} \\ b}')).toBe('costs \\$5 {a\\} \\\\ b\\}');
    expect(snippetBody('credentials-line', { author: 'Dr $HOME}' })).toBe('Written by ${1:Dr \\$HOME\\}}, ${2:[add your role]}.');
  });

  test('signposting follows probity.jurisdiction, the UK when unset', () => {
    expect(snippetBody('signposting', { jurisdiction: 'ie' })).toBe(SNIPPETS['signposting-ie'].body.join('\n'));
    expect(snippetBody('signposting', { jurisdiction: 'us' })).toContain('911');
    expect(snippetBody('signposting', { jurisdiction: '' })).toContain('NHS 111');
    expect(snippetBody('signposting', {})).toBe(SNIPPETS['signposting-uk'].body.join('\n'));
  });

  test("the writer's own signposting text wins over the default", () => {
    expect(snippetBody('signposting', { jurisdiction: 'ie', signposting: 'Please ask your own GP.' })).toBe('Please ask your own GP.');
  });

  test('the declaration lists the interests setting', () => {
    expect(snippetBody('declaration-of-interests')).toBe('Declaration of interests: ${1:[add your interests]}');
    expect(snippetBody('declaration-of-interests', { interests: ['GlowLab (paid partner)', ' ', 'my clinic'] }))
      .toBe('Declaration of interests: ${1:GlowLab (paid partner); my clinic}');
  });
});

describe('the guidance page', () => {
  const rule = RULES.find((r) => r.id === 'ad-disclosure')!;

  test('has the title, rationale and every quote, the chosen jurisdiction first', () => {
    const md = guidanceMarkdown(rule, 'ie');
    expect(md.startsWith(`# ${rule.title}\n`)).toBe(true);
    expect(md).toContain('`ad-disclosure`');
    const plain = md.replace(/\\(.)/g, '$1');
    expect(plain).toContain(rule.rationale);
    for (const j of JURISDICTIONS) for (const g of rule.guidance[j]) expect(plain).toContain(`> ${g.quote}`);
    const ie = md.indexOf('## Guidance in Ireland'), uk = md.indexOf('## Guidance in the United Kingdom');
    expect(ie).toBeGreaterThan(0);
    expect(uk).toBeGreaterThan(ie);
    expect(plain.indexOf(rule.guidance.ie[0].quote)).toBeLessThan(uk);
  });

  test('says so when a jurisdiction has no quote yet', () => {
    const md = guidanceMarkdown({ ...rule, guidance: { ...rule.guidance, us: [] } }, 'us');
    expect(md).toMatch(/## Guidance in the United States\n\n_No guidance is quoted for this rule here yet._/);
  });

  test('quotes cannot turn into Markdown headings, links or HTML', () => {
    const md = guidanceMarkdown({ ...rule, rationale: '<b>x</b> [a](b) #AD', guidance: { uk: [{ source: 'S', quote: '# not a heading' }], ie: [], us: [] } }, 'uk');
    expect(md).toContain('\\<b\\>x\\</b\\> \\[a\\](b) \\#AD');
    expect(md).toContain('> \\# not a heading');
  });
});

describe('the status bar item', () => {
  test('shows the count and tells where a click goes', () => {
    expect(statusText(0).text).toBe('$(check) Probity');
    expect(statusText(1).tooltip).toContain('1 finding in this draft');
    expect(statusText(3)).toEqual({ text: '$(warning) Probity: 3', tooltip: 'Probity: 3 findings in this draft. Click to open the Problems panel.' });
  });
});

describe('the extension manifest', () => {
  test('offers a severity setting for exactly the rules there are, described by their titles', () => {
    const rules = props['probity.rules'].properties;
    expect(Object.keys(rules).sort()).toEqual([...RULE_IDS].sort());
    for (const r of RULES) {
      expect(rules[r.id].enum).toEqual(['error', 'warning', 'information', 'hint', 'off']);
      expect(rules[r.id].description).toBe(`${r.title.replace('\u2019', "'")} (default: ${r.severity}).`);
    }
  });

  test('the jurisdiction and platform enums are the engine\'s, plus "not set"', () => {
    expect(props['probity.jurisdiction'].enum).toEqual(['', ...JURISDICTIONS]);
    expect(props['probity.platform'].enum).toEqual(['', ...PLATFORMS]);
    expect(props['probity.platform'].enumDescriptions).toHaveLength(PLATFORMS.length + 1);
  });

  test('every setting is described', () => {
    for (const [key, p] of Object.entries<Record<string, unknown>>(props)) {
      expect(p.description ?? p.markdownDescription, key).toBeTruthy();
    }
    expect(Object.keys(props).sort()).toEqual(['probity.author', 'probity.credentials', 'probity.enable', 'probity.interests',
      'probity.jurisdiction', 'probity.platform', 'probity.rules', 'probity.signposting']);
  });

  test('every contributed command is registered by the extension, under the Probity category', () => {
    const code = ['commands/insert.ts', 'commands/checkWorkspace.ts', 'commands/guidance.ts'].map(source).join('\n');
    expect(manifest.contributes.commands.length).toBe(6);
    for (const c of manifest.contributes.commands) {
      expect(c.category).toBe('Probity');
      expect(code).toContain(`'${c.command}'`);
    }
  });

  test('it is a VS Code extension package vsce accepts', () => {
    expect(manifest.name).toBe('probity');
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(manifest.contributes.snippets).toEqual([{ language: 'markdown', path: './dist/snippets/probity.json' }]);
  });
});
