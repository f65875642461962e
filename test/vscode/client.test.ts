// The VS Code client's pure parts (the guidance page, the rule links, the status bar's states, the
// next finding, the suppressions list, the crash policy) and its manifest, checked against the rules
// and commands it is meant to mirror.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { JURISDICTIONS, PLATFORMS, RULES, RULE_IDS, type Guidance, type RuleMeta } from '@probity/rules';
import { rulePageMarkdown } from '../../server/src/lsp/guidance-text.js';
import { RULE_DOCS_URL } from '../../clients/vscode/src/ruleDocs.js';
import { statusView } from '../../clients/vscode/src/status.js';
import { nextFinding } from '../../clients/vscode/src/findings.js';

const manifest = JSON.parse(readFileSync(new URL('../../clients/vscode/package.json', import.meta.url), 'utf8'));
const props = manifest.contributes.configuration.properties;
const source = (file: string) => readFileSync(new URL(`../../clients/vscode/src/${file}`, import.meta.url), 'utf8');

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
  test('run the guidance command with the rule id, where the server puts it', () => {
    const link = RULE_DOCS_URL.replace('{rule}', encodeURIComponent('ad-disclosure'));
    const url = new URL(link);
    expect(url.protocol).toBe('command:');
    expect(url.pathname).toBe('probity.showGuidance');
    expect(JSON.parse(decodeURIComponent(url.search.slice(1)))).toEqual(['ad-disclosure']);
  });
});

describe('the status bar item', () => {
  const none = { error: 0, warning: 0, other: 0 };
  test('says "Checking…" until the draft has been checked, never an all-clear', () => {
    expect(statusView('starting', false, none).text).toBe('$(sync~spin) Probity: Checking…');
    expect(statusView('running', false, none).text).toBe('$(sync~spin) Probity: Checking…');
    expect(statusView('starting', true, none).text).not.toMatch(/check\)|no findings/);
  });

  test('says the server is not running, in the error colour, and a click restarts it', () => {
    const v = statusView('stopped', true, none);
    expect(v).toMatchObject({ text: '$(debug-disconnect) Probity: not running (click to restart)', command: 'probity.restartServer', background: 'statusBarItem.errorBackground' });
    // Whatever the last count was: a stopped checker is not a clean draft.
    expect(statusView('stopped', true, { error: 0, warning: 2, other: 0 }).text).toContain('not running');
  });

  test('counts errors in the error colour, then warnings and notes', () => {
    expect(statusView('running', true, { error: 1, warning: 2, other: 1 })).toMatchObject({
      text: '$(error) Probity: 1 error, 2 warnings, 1 note', background: 'statusBarItem.errorBackground', command: 'workbench.actions.view.problems',
    });
    const warnings = statusView('running', true, { error: 0, warning: 3, other: 0 });
    expect(warnings.text).toBe('$(warning) Probity: 3 warnings');
    expect(warnings.background).toBeUndefined();
    expect(statusView('running', true, none).text).toBe('$(check) Probity: no findings');
  });
});

describe('go to next finding', () => {
  const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 3 } });
  const findings = [{ range: at(5, 0), id: 'c' }, { range: at(1, 4), id: 'a' }, { range: at(1, 9), id: 'b' }];
  test('the next one after the cursor, in order, wrapping round to the first', () => {
    expect(nextFinding(findings, { line: 0, character: 0 })?.id).toBe('a');
    expect(nextFinding(findings, { line: 1, character: 4 })?.id).toBe('b');
    expect(nextFinding(findings, { line: 1, character: 10 })?.id).toBe('c');
    expect(nextFinding(findings, { line: 9, character: 0 })?.id).toBe('a');
    expect(nextFinding([], { line: 0, character: 0 })).toBeUndefined();
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
    const code = readdirSync(new URL('../../clients/vscode/src/commands/', import.meta.url)).map((f) => source(`commands/${f}`)).join('\n')
      + source('ruleDocs.ts');
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(expect.arrayContaining([
      'probity.restartServer', 'probity.showOutput', 'probity.nextFinding', 'probity.listSuppressions', 'probity.copyPost',
    ]));
    for (const c of manifest.contributes.commands) {
      expect(c.category).toBe('Probity');
      expect(code).toContain(`'${c.command}'`);
    }
  });

  test('one source of completions: the server\'s, not a snippets file as well', () => {
    expect(manifest.contributes.snippets).toBeUndefined();
  });

  test('validates probity.json with the schema the build writes', () => {
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'probity.json', url: './dist/probity.schema.json' }]);
  });

  test('a three-step walkthrough: jurisdiction, credentials line, a sample draft; each step\'s page and command exist', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    expect(walkthrough.steps.map((s: { id: string }) => s.id)).toEqual(['jurisdiction', 'credentials', 'sample']);
    const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
    for (const step of walkthrough.steps) {
      expect(existsSync(new URL(`../../clients/vscode/${step.media.markdown}`, import.meta.url)), step.media.markdown).toBe(true);
      const linked = /\(command:([\w.]+)\)/.exec(step.description)![1];
      expect(commands).toContain(linked);
    }
  });

  test('it is a VS Code extension package vsce accepts', () => {
    expect(manifest.name).toBe('probity');
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
  });
});
