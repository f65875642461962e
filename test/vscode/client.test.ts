// The VS Code client's pure parts (snippet texts, the guidance page, the rule-page links, the status
// text) and its manifest, checked against the rules and snippets it is meant to mirror.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { JURISDICTIONS, PLATFORMS, RULES, RULE_IDS, type Guidance, type RuleMeta } from '@probity/rules';
import { SNIPPETS } from '@probity/snippets';
import { rulePageMarkdown } from '../../server/src/lsp/guidance-text.js';
import { ruleDocsUrl } from '../../clients/vscode/src/ruleDocs.js';
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

// What a Markdown preview shows of a page: its top-level blocks, each with its kind and its text.
interface Shown { kind: string; text: string }
type Node = { type: string; depth?: number; value?: string; children?: Node[] };
const textOf = (n: Node): string => n.value ?? (n.type === 'break' ? '\n' : (n.children ?? []).map(textOf).join(''));
function shown(md: string): Shown[] {
  const tree = unified().use(remarkParse).parse(md) as Node;
  return tree.children!.map((n) => ({ kind: n.type === 'heading' ? `h${n.depth}` : n.type, text: textOf(n) }));
}
const quoteBlock = (g: Guidance) => `${g.quote}—`;
const sectionIndex = (blocks: Shown[], text: string) => blocks.findIndex((b) => b.kind === 'h2' && b.text === text);

describe('the guidance page (the server\'s rule page, bundled into the client)', () => {
  const rule = RULES.find((r) => r.id === 'ad-disclosure')!;

  test('shows the title, the rule id, why it matters and every quote with its source', () => {
    const blocks = shown(rulePageMarkdown(rule, 'uk'));
    expect(blocks[0]).toEqual({ kind: 'h1', text: rule.title });
    expect(blocks[1].text).toBe(`Rule ${rule.id}. Default severity: ${rule.severity}.`);
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: rule.rationale });
    const quotes = blocks.filter((b) => b.kind === 'blockquote').map((b) => b.text);
    const all = JURISDICTIONS.flatMap((j) => rule.guidance[j]);
    expect(all.length).toBeGreaterThan(1);
    for (const g of all) {
      const shownQuote = quotes.find((q) => q.startsWith(quoteBlock(g)));
      expect(shownQuote, g.quote).toBeDefined();
      expect(shownQuote).toContain(g.source);
      if (g.paragraph) expect(shownQuote).toContain(g.paragraph);
    }
  });

  test("the writer's jurisdiction comes first, the others after it", () => {
    const blocks = shown(rulePageMarkdown(rule, 'ie'));
    const ie = sectionIndex(blocks, 'Guidance for Ireland'), uk = sectionIndex(blocks, 'Guidance for the UK');
    const us = sectionIndex(blocks, 'Guidance for the United States');
    expect(ie).toBeGreaterThan(2);
    expect(uk).toBeGreaterThan(ie);
    expect(us).toBeGreaterThan(uk);
    expect(blocks[ie + 1].text.startsWith(quoteBlock(rule.guidance.ie[0]))).toBe(true);
    expect(blocks[uk + 1].text.startsWith(quoteBlock(rule.guidance.uk[0]))).toBe(true);
  });

  test('says so when a jurisdiction has no quote yet', () => {
    const blocks = shown(rulePageMarkdown({ ...rule, guidance: { ...rule.guidance, us: [] } }, 'us'));
    const us = sectionIndex(blocks, 'Guidance for the United States');
    expect(blocks[us + 1]).toEqual({ kind: 'paragraph', text: 'The quote book holds no guidance from the United States for this check yet.' });
  });

  test('is the page in docs/rules/ (there with the UK first), so the editor and the docs read the same', () => {
    for (const r of RULES) {
      const doc = readFileSync(new URL(`../../docs/rules/${r.id}.md`, import.meta.url), 'utf8');
      expect(doc.replace(/^(?:<!--.*-->\n)+\n/m, ''), r.id).toBe(rulePageMarkdown(r));
    }
  });

  test('text from the rule shows as written: no heading, list, link, emphasis or HTML can start in it', () => {
    const tricky: RuleMeta = {
      ...rule,
      title: '*Not* <b>bold</b>',
      rationale: '# not a heading [a](b) _x_ `c`',
      guidance: { uk: [{ source: '1. S <i>', quote: '- not a list, <b>x</b> #AD **y**' }], ie: [], us: [] },
    };
    const blocks = shown(rulePageMarkdown(tricky, 'uk'));
    expect(blocks[0]).toEqual({ kind: 'h1', text: tricky.title });
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: tricky.rationale });
    expect(blocks.find((b) => b.kind === 'blockquote')?.text).toBe(`${tricky.guidance.uk[0].quote}— ${tricky.guidance.uk[0].source}`);
    expect(blocks.map((b) => b.kind)).not.toContain('list');
    expect(blocks.map((b) => b.kind)).not.toContain('html');
  });
});

describe('the links to the rule pages', () => {
  test('point into the installed extension, with the rule id where the server puts it', () => {
    expect(ruleDocsUrl('file:///home/sam/.vscode/extensions/probity.probity-0.1.0'))
      .toBe('file:///home/sam/.vscode/extensions/probity.probity-0.1.0/dist/rules/{rule}.md');
    expect(ruleDocsUrl('file:///c%3A/Users/Sam%20W/ext/')).toBe('file:///c%3A/Users/Sam%20W/ext/dist/rules/{rule}.md');
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
