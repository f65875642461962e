// The built language server (server/bin/probity-language-server.js --stdio), driven by a real
// JSON-RPC client as an editor would drive it: every assertion is on what the editor receives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serverNodeArgs } from '../../server/src/lsp/launch.js';
import { BASE_CAPABILITIES, range, TestClient } from './lsp-client.js';

const STRAY_LOG = fileURLToPath(new URL('./stray-log.cjs', import.meta.url));

const DRAFT = [
  '# Winter skin',
  '',
  'Use my code GLOW20 for 20% off the serum.',
  '',
  'Some patients are frequent flyers in A&E.',
  '',
].join('\n');

const CAP_21 = 'Marketing communications must be obviously identifiable as such.';
const ASAI_LABEL = 'The label must be at the start of your content and clearly visible.';
const GMC_14 = 'You must not use social media to abuse, discriminate against, bully, harass or deliberately target any individual or group.';
// Ireland and the United States quote their own guidance (../shared/guidance/README.md).
const IE_TRUST = 'maintaining public trust in the profession requires that doctors consistently apply professional standards, ethical principles, and respect for persons, to all online communications.';
const US_REPUTATION = 'When publishing any content, consider that even personal social media posts have the potential to damage their professional reputation or even impugn the integrity of the profession.';
const IE_RISK = 'These risks include the potential for a clinical negligence claim (for example, if individualised medical advice was provided) and complaints (including to the Medical Council).';
const US_MISREAD = 'They should also recognize that audiences may misunderstand the information physicians provide as personal medical advice.';
const HMR_284 = 'A person may not publish an advertisement that is likely to lead to the use of a prescription only medicine.';

const summary = (ds: any[]) => ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
const hoverText = (h: any) => (h ? h.contents.value as string : '');

let n = 0;
const uri = () => `untitled:draft-${++n}.md`;

describe('language server over stdio', () => {
  let client: TestClient;
  let init: any;
  beforeAll(async () => {
    client = TestClient.spawnStdio();
    init = await client.initialize();
  });
  afterAll(() => client.kill());

  it('announces its capabilities: incremental sync, code actions, hover, completion, utf-16 by default', () => {
    const caps = init.capabilities;
    expect(caps.positionEncoding).toBe('utf-16');
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.probity']);
    expect(caps.hoverProvider).toBe(true);
    expect(caps.completionProvider).toBeTruthy();
    // This client did not declare pull diagnostics, so it gets them pushed.
    expect(caps.diagnosticProvider).toBeUndefined();
    expect(init.serverInfo.name).toBe('probity-language-server');
  });

  it('publishes diagnostics for an opened draft, with rule id, source, severity, position and a link', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    const ds = await client.diagnostics(u, 1);
    expect(summary(ds)).toEqual(['ad-disclosure@2:7', 'professionalism@4:0']);
    const [ad, prof] = ds;
    expect(ad).toMatchObject({ source: 'probity', severity: 1, range: range(2, 7, 2, 18) });
    expect(ad.message).toContain("'GLOW20'");
    expect(prof).toMatchObject({ source: 'probity', severity: 2 });
    expect(prof.message).toContain("'frequent flyers'");
    expect(ad.codeDescription.href).toMatch(/^file:\/\/.*\/docs\/rules\/ad-disclosure\.md$/);
    // Nothing but what a client shows: a code action names a finding by code and range.
    expect(ad.data).toBeUndefined();
  });

  it('re-checks after incremental edits: one removing a problem, one adding one', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u, 1);
    const v2 = await client.edit(u, [{ range: range(4, 18, 4, 33), newText: 'regular visitors' }]);
    expect(client.text(u)).toContain('Some patients are regular visitors in A&E.');
    expect(summary(await client.diagnostics(u, v2))).toEqual(['ad-disclosure@2:7']);
    const v3 = await client.edit(u, [{ range: range(5, 0, 5, 0), newText: '\nThis supplement cures anxiety.\n' }]);
    expect(summary(await client.diagnostics(u, v3))).toEqual(['ad-disclosure@2:7', 'unsubstantiated-claim@6:0']);
  });

  it('never publishes a stale result: a burst of edits ends with the newest version', async () => {
    const u = uri();
    await client.open(u, 'Hello.\n');
    let v = 1;
    for (const word of ['frequent', ' flyers', ' are', ' tiring']) {
      const text = client.text(u);
      const lines = text.split('\n');
      v = await client.edit(u, [{ range: range(1, lines[1].length, 1, lines[1].length), newText: word }]);
    }
    const last = await client.diagnostics(u, v);
    expect(summary(last)).toEqual(['professionalism@1:0']);
    const versions = client.notes.filter((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === u).map((x) => x.params.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('quick fix: the preferred safe fix inserts #AD and the finding goes', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u, 1);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: u }, range: range(2, 10, 2, 10), context: { diagnostics: [] },
    });
    expect(actions.map((a: any) => `${a.kind}: ${a.title}`)).toEqual([
      'quickfix: Insert #AD at the start of the post',
      'quickfix: Ignore ad-disclosure here…',
      'quickfix: Disable ad-disclosure in this file',
      // Asked without a kind filter, the fix-all action comes along too.
      'source.fixAll.probity: Probity: apply the safe fix',
    ]);
    const fix = actions[0];
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(fix.diagnostics[0].code).toBe('ad-disclosure');
    expect(actions[1].isPreferred).toBeUndefined();
    const { version } = await client.applyWorkspaceEdit(fix.edit, u);
    expect(client.text(u)).toBe(DRAFT.replace('Use my code', '#AD Use my code'));
    expect(summary(await client.diagnostics(u, version))).toEqual(['professionalism@4:0']);
  });

  it('quick fix: an unsafe fix is offered but not preferred', async () => {
    const u = uri();
    const text = 'Use my code GLOW20 for 20% off the serum at my clinic.\n';
    await client.open(u, text);
    const ds = await client.diagnostics(u, 1);
    const coi = ds.find((d) => d.code === 'conflict-of-interest');
    expect(coi).toBeTruthy();
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: coi.range, context: { diagnostics: [coi], only: ['quickfix'] } });
    const declare = actions.find((a: any) => a.title === 'Add a declaration of interests');
    expect(declare.isPreferred).toBeUndefined();
    const { version } = await client.applyWorkspaceEdit(declare.edit, u);
    expect(client.text(u).startsWith(text.trimEnd())).toBe(true);
    expect(client.text(u)).toContain('Declaration of interests: [add your interests]');
    // The finding about 'my clinic' is gone; what is left asks the writer to fill the placeholder.
    const after = (await client.diagnostics(u, version)).filter((d) => d.code === 'conflict-of-interest');
    expect(after.map((d) => d.message)).toEqual(["The declaration of interests still says '[add your interests]': name your interests"]);
  });

  it('finds a finding back from the diagnostic the client passes, even when the range misses it', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    const [ad] = await client.diagnostics(u, 1);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(0, 0, 0, 0), context: { diagnostics: [ad], only: ['quickfix'] } });
    expect(actions[0]).toMatchObject({ title: 'Insert #AD at the start of the post', isPreferred: true });
    // A diagnostic whose range is no finding's (one from an older text) names nothing.
    const stale = { ...ad, range: range(2, 8, 2, 18) };
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(0, 0, 0, 0), context: { diagnostics: [stale], only: ['quickfix'] } })).toEqual([]);
  });

  it('"Ignore here…" inserts a suppression comment with a reason placeholder above the line', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u, 1);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(4, 20, 4, 20), context: { diagnostics: [] } });
    const ignore = actions.find((a: any) => a.title.startsWith('Ignore professionalism'));
    const { edits, version } = await client.applyWorkspaceEdit(ignore.edit, u);
    expect(edits).toEqual([{ range: range(4, 0, 4, 0), newText: '<!-- probity-disable-next-line professionalism -- [add reason] -->\n' }]);
    const lines = DRAFT.split('\n');
    lines.splice(4, 0, '<!-- probity-disable-next-line professionalism -- [add reason] -->');
    expect(client.text(u)).toBe(lines.join('\n'));
    // The finding goes; a gentle note points at the reason still to be written.
    const after = await client.diagnostics(u, version);
    expect(summary(after)).toEqual(['ad-disclosure@2:7', 'suppression-reason@4:50']);
    const note = after[1];
    expect(note).toMatchObject({ severity: 3, range: range(4, 50, 4, 62), message: "The reason for ignoring professionalism is still '[add reason]': write why, for the audit trail" });
    // Nothing offers to ignore the note itself.
    const onNote = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(4, 55, 4, 55), context: { diagnostics: [note] } });
    expect(onNote.filter((a: any) => a.kind === 'quickfix').map((a: any) => a.title)).toEqual([]);
    // Once the writer types a reason over the placeholder, the note goes.
    const typed = await client.edit(u, [{ range: range(4, 50, 4, 62), newText: 'a composite, no real patient' }]);
    expect(summary(await client.diagnostics(u, typed))).toEqual(['ad-disclosure@2:7']);
  });

  it('"Disable <rule> in this file" inserts a disable-file comment at the top', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u, 1);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(2, 7, 2, 18), context: { diagnostics: [] } });
    const disable = actions.find((a: any) => a.title === 'Disable ad-disclosure in this file');
    const { version } = await client.applyWorkspaceEdit(disable.edit, u);
    expect(client.text(u)).toBe(`<!-- probity-disable-file ad-disclosure -- [add reason] -->\n${DRAFT}`);
    expect(summary(await client.diagnostics(u, version))).toEqual(['suppression-reason@0:43', 'professionalism@5:0']);
  });

  it('source.fixAll.probity applies every safe fix, and only those', async () => {
    const u = uri();
    const text = [
      '---', 'platform: blog', '---',
      'Use my code GLOW20 for 20% off the serum.', '',
      'Some patients are frequent flyers in A&E.', '',
    ].join('\n');
    await client.open(u, text);
    await client.diagnostics(u, 1);
    const none = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(5, 0, 5, 0), context: { diagnostics: [], only: ['quickfix'] } });
    expect(none.every((a: any) => a.kind === 'quickfix')).toBe(true);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe('source.fixAll.probity');
    const { version } = await client.applyWorkspaceEdit(actions[0].edit, u);
    expect(client.text(u)).toBe(text.replace('Use my code', '#AD Use my code'));
    // The unsafe territory (the professionalism finding has no safe fix) is left alone.
    expect(summary(await client.diagnostics(u, version))).toEqual(['professionalism@5:0']);
  });

  it('hover quotes the guidance word for word, with source and paragraph', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u, 1);
    const h = await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 4, character: 25 } });
    expect(h.contents.kind).toBe('markdown');
    const text = hoverText(h);
    expect(text).toContain('**No mocking patients or attacking colleagues**');
    expect(text).toContain(`> ${GMC_14}\n>\n> — GMC, Using social media as a medical professional (2024), paragraph 14`);
    expect(text).toContain('Guidance for the UK');
    expect(h.range).toEqual(range(4, 0, 4, 41));
    const nothing = await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 3 } });
    expect(nothing).toBeNull();
  });

  it('hover leads with the check and its first quote, then why it matters, without repeating the message', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    const [ad] = await client.diagnostics(u, 1);
    const text = hoverText(await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 2, character: 14 } }));
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe('**Adverts need a clear label at the start** · Guidance for the UK');
    expect(paragraphs[1]).toBe(`> ${CAP_21}\n>\n> — CAP Code, rule 2.1`);
    expect(paragraphs[2]).toMatch(/^Readers must be able to tell at once/);
    // The editor shows the diagnostic's message beside the hover: it is not said twice.
    expect(text).not.toContain(ad.message);
    expect(paragraphs.at(-1)).toMatch(/^\[About this check\]\(file:.*ad-disclosure\.md\) \(`ad-disclosure`\)$/);
  });

  it('an Irish and a US hover quote their own guidance, and the signposting fix names their own services', async () => {
    const reply = 'DM me a photo of the rash and I will tell you what it is.\n';
    const open = async (jurisdiction: string, text: string) => {
      const u = uri();
      await client.open(u, `---\njurisdiction: ${jurisdiction}\n---\n${text}`);
      return { u, found: await client.diagnostics(u, 1) };
    };
    const hoverAt = async (u: string, line: number, character: number) =>
      hoverText(await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line, character } }));
    const signposting = async (u: string, line: number) => {
      const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(line, 10, line, 10), context: { diagnostics: [] } });
      return actions.find((a: any) => a.title === 'Replace with signposting to care').edit.documentChanges[0].edits[0].newText as string;
    };

    const ie = await open('ie', `Some patients are frequent flyers in A&E.\n\n${reply}`);
    const ieProf = await hoverAt(ie.u, 3, 20);
    expect(ieProf.split('\n\n').slice(0, 2)).toEqual([
      '**No mocking patients or attacking colleagues** · Guidance for Ireland',
      `> ${IE_TRUST}\n>\n> — Medical Protection, Staying safe on social media (Medical Independent, 2024), on the Medical Council’s Guide (Medical Protection’s words, not the Council’s)`,
    ]);
    expect((await hoverAt(ie.u, 5, 12)).split('\n\n---\n\n').find((p) => p.startsWith('**Signpost to care'))).toContain(`> ${IE_RISK}`);
    const ieSign = await signposting(ie.u, 5);
    expect(ieSign).toContain('112 or 999');
    expect(ieSign).not.toContain('NHS');

    const us = await open('us', `Some patients are frequent flyers in A&E.\n\n${reply}`);
    const usProf = await hoverAt(us.u, 3, 20);
    expect(usProf.split('\n\n').slice(0, 2)).toEqual([
      '**No mocking patients or attacking colleagues** · Guidance for the United States',
      `> ${US_REPUTATION}\n>\n> — AMA Code of Medical Ethics, Physicians’ Use of Social Media for Product Promotion and Compensation, item 1`,
    ]);
    // Two findings on that line (credentials too): one part each, split by a rule.
    const usAdvice = (await hoverAt(us.u, 5, 12)).split('\n\n---\n\n').find((p) => p.startsWith('**Signpost to care'))!;
    expect(usAdvice).toContain(`> ${US_MISREAD}`);
    expect(usAdvice).not.toMatch(/GMC|BMA|NHS/);
    const usSign = await signposting(us.u, 5);
    expect(usSign).toContain('911');
    expect(usSign).not.toMatch(/NHS|111|999/);
    // Their own guidance: no word of analogy in these findings' messages.
    for (const { found } of [ie, us]) {
      const own = found.filter((d: any) => ['professionalism', 'personal-advice'].includes(d.code));
      expect(own).toHaveLength(2);
      expect(own.every((d: any) => !/by analogy/.test(d.message))).toBe(true);
    }
  });

  it('a check without guidance of the reader\'s own says in its message and hover whose it applies by analogy', async () => {
    const u = uri();
    await client.open(u, '---\njurisdiction: us\n---\nBotox is back! $99 this week, DM to book.\n');
    const found = await client.diagnostics(u, 1);
    const pom = found.find((d: any) => d.code === 'prescription-medicine-promotion');
    const note = 'Probity applies UK guidance here by analogy (Human Medicines Regulations 2012), as no US guidance it quotes says this directly';
    expect(pom.message).toBe(`'Botox' (botulinum toxin) is prescription-only, and this page advertises it: the price '$99' and the call to action 'DM to book'. Describe the treatment or consultation instead of naming the medicine; ${note}`);
    const text = hoverText(await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 3, character: 2 } }));
    // The US guidance first; the UK's below the sentence that says it is borrowed.
    expect(text.indexOf('Guidance for the United States')).toBeLessThan(text.indexOf(note));
    expect(text).toContain(`${note}:\n\n> ${HMR_284}\n>\n> — Human Medicines Regulations 2012, regulation 284(1)`);
  });

  it('offers the snippets as completions, in snippet syntax for a client that takes snippets', async () => {
    const u = uri();
    await client.open(u, 'Hello\n#ad');
    const items = await client.request('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 3 } });
    const labels = items.map((i: any) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['#ad', 'probity-credentials', 'probity-signpost-uk', 'probity-signpost-ie', 'probity-declaration', 'probity-consent']));
    const ad = items.find((i: any) => i.label === '#ad');
    expect(ad.insertTextFormat).toBe(2);
    // Replaces the typed "#ad", '#' included.
    expect(ad.textEdit).toEqual({ range: range(1, 0, 1, 3), newText: '#AD ' });
    const cred = items.find((i: any) => i.label === 'probity-credentials');
    expect(cred.textEdit.newText).toBe('Written by ${1:[add your name]}, ${2:[add your role]}.');
  });

  it('answers unknown methods and malformed params with JSON-RPC errors, and unknown documents with empty results', async () => {
    await expect(client.request('probity/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await expect(client.request('textDocument/hover', { textDocument: {}, position: { line: 'x' } })).rejects.toMatchObject({ code: -32602 });
    await expect(client.request('textDocument/codeAction', { textDocument: { uri: 'untitled:x' } })).rejects.toMatchObject({ code: -32602 });
    const gone = 'untitled:never-opened.md';
    expect(await client.request('textDocument/hover', { textDocument: { uri: gone }, position: { line: 0, character: 0 } })).toBeNull();
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: gone }, range: range(0, 0, 0, 0), context: { diagnostics: [] } })).toEqual([]);
    expect(await client.request('textDocument/completion', { textDocument: { uri: gone }, position: { line: 0, character: 0 } })).toEqual([]);
    // Still alive and well.
    const u = uri();
    await client.open(u, DRAFT);
    expect(summary(await client.diagnostics(u, 1))).toHaveLength(2);
  });

  it('closing a document clears its diagnostics', async () => {
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u, 1);
    const cleared = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === u && p.diagnostics.length === 0, client.notes.length);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    await cleared;
  });
});

describe('settings', () => {
  let client: TestClient;
  afterEach(() => client.kill());

  it('reads the probity section per document and re-reads it on didChangeConfiguration (jurisdiction ie)', async () => {
    client = TestClient.spawnStdio();
    await client.initialize();
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u, 1);
    expect(client.configurationRequests.at(-1).items).toEqual([{ scopeUri: u, section: 'probity' }]);
    const at = (line: number, character: number) => client.request('textDocument/hover', { textDocument: { uri: u }, position: { line, character } });
    expect(hoverText(await at(2, 10))).toContain(CAP_21);

    client.settings = { jurisdiction: 'ie' };
    const rechecked = client.nextDiagnostics(u);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await rechecked;
    const ad = hoverText(await at(2, 10));
    expect(ad).toContain('Guidance for Ireland');
    expect(ad).toContain(`> ${ASAI_LABEL}`);
    expect(ad).not.toContain(CAP_21);
    const prof = hoverText(await at(4, 20));
    expect(prof).toContain('Guidance for Ireland');
    expect(prof).toContain(`> ${IE_TRUST}\n>\n> — Medical Protection, Staying safe on social media (Medical Independent, 2024)`);
    expect(prof).not.toContain(GMC_14);
    expect(prof).not.toContain('quote book holds no guidance');
  });

  it('turns a rule off and fills plain-text completions from the settings', async () => {
    client = TestClient.spawnStdio();
    client.settings = { rules: { professionalism: 'off' }, author: 'Dr Ann Example', credentials: 'GP in Cork' };
    await client.initialize({ ...BASE_CAPABILITIES, textDocument: { ...BASE_CAPABILITIES.textDocument, completion: {} } });
    const u = uri();
    await client.open(u, DRAFT);
    expect(summary(await client.diagnostics(u, 1))).toEqual(['ad-disclosure@2:7']);
    const items = await client.request('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 0 } });
    const cred = items.find((i: any) => i.label === 'probity-credentials');
    expect(cred.insertTextFormat).toBe(1);
    expect(cred.textEdit.newText).toBe('Written by Dr Ann Example, GP in Cork.');
  });

  it('names an invalid setting once in window/showMessage, not on every keystroke, and uses the default', async () => {
    client = TestClient.spawnStdio();
    client.settings = { jurisdiction: 'fr' };
    await client.initialize();
    const u = uri();
    await client.open(u, DRAFT);
    await client.diagnostics(u, 1);
    for (let i = 0; i < 3; i++) {
      const v = await client.edit(u, [{ range: range(0, 13, 0, 13), newText: '!' }]);
      await client.diagnostics(u, v);
    }
    const messages = client.notes.filter((x) => x.method === 'window/showMessage');
    expect(messages).toHaveLength(1);
    expect(messages[0].params.message).toContain("'jurisdiction'");
    expect(messages[0].params.message).toContain("'fr'");
    // The default jurisdiction (uk) is used.
    const h = await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 2, character: 10 } });
    expect(hoverText(h)).toContain(CAP_21);
  });

  it('reads probity.json next to the draft and re-checks open drafts when it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probity-lsp-'));
    try {
      const config = join(dir, 'probity.json');
      writeFileSync(config, JSON.stringify({ jurisdiction: 'ie' }));
      client = TestClient.spawnStdio();
      await client.initialize();
      const u = pathToFileURL(join(dir, 'draft.md')).href;
      await client.open(u, DRAFT);
      await client.diagnostics(u, 1);
      expect(client.registrations.map((r) => r.method)).toEqual(expect.arrayContaining(['workspace/didChangeWatchedFiles']));
      const at = () => client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 2, character: 10 } });
      expect(hoverText(await at())).toContain(ASAI_LABEL);

      writeFileSync(config, JSON.stringify({ jurisdiction: 'uk', rules: { professionalism: 'off' } }));
      const rechecked = client.nextDiagnostics(u);
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      expect(summary(await rechecked)).toEqual(['ad-disclosure@2:7']);
      expect(hoverText(await at())).toContain(CAP_21);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('position encodings', () => {
  let client: TestClient;
  afterEach(() => client.kill());
  const EMOJI = '😀😀 Use my code GLOW20 for 20% off the serum.\n';
  /** A server offered `encodings` (client's order), with the emoji draft open: what it chose, the draft's uri. */
  async function openOffering(encodings: string[]) {
    client = TestClient.spawnStdio();
    const init = await client.initialize({ ...BASE_CAPABILITIES, general: { positionEncodings: encodings } });
    const u = uri();
    await client.open(u, EMOJI);
    return { chosen: init.capabilities.positionEncoding, u };
  }

  it('utf-8: columns count bytes, in diagnostics, edits, hover and code actions', async () => {
    const { chosen, u } = await openOffering(['utf-8', 'utf-16']);
    expect(chosen).toBe('utf-8');
    // "😀😀 Use my code " is 8 + 13 bytes: 'code GLOW20' starts at byte 16.
    const [d] = await client.diagnostics(u, 1);
    expect(d.range).toEqual(range(0, 16, 0, 27));
    // An incremental edit in bytes: a third emoji after the first two.
    const v2 = await client.edit(u, [{ range: range(0, 8, 0, 8), newText: '🎉' }]);
    expect(client.text(u).startsWith('😀😀🎉 Use')).toBe(true);
    const [d2] = await client.diagnostics(u, v2);
    expect(d2.range).toEqual(range(0, 20, 0, 31));
    const h = await client.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 22 } });
    expect(h.range).toEqual(range(0, 20, 0, 31));
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: range(0, 22, 0, 22), context: { diagnostics: [d2] } });
    const { version } = await client.applyWorkspaceEdit(actions[0].edit, u);
    expect(client.text(u)).toBe(`#AD 😀😀🎉 Use my code GLOW20 for 20% off the serum.\n`);
    expect(await client.diagnostics(u, version)).toEqual([]);
  });

  it('utf-32: columns count code points', async () => {
    const { chosen, u } = await openOffering(['utf-32', 'utf-16']);
    expect(chosen).toBe('utf-32');
    const [d] = await client.diagnostics(u, 1);
    expect(d.range).toEqual(range(0, 10, 0, 21));
  });

  it('utf-16 when the client lists it first, counting an emoji as two units', async () => {
    const { chosen, u } = await openOffering(['utf-16', 'utf-8']);
    expect(chosen).toBe('utf-16');
    const [d] = await client.diagnostics(u, 1);
    expect(d.range).toEqual(range(0, 12, 0, 23));
  });
});

describe('pull diagnostics', () => {
  it('serves textDocument/diagnostic when the client declares it, and then does not push', async () => {
    const client = TestClient.spawnStdio();
    try {
      const init = await client.initialize({ ...BASE_CAPABILITIES, textDocument: { ...BASE_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } });
      expect(init.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false, workspaceDiagnostics: false });
      const u = uri();
      await client.open(u, DRAFT);
      const report = await client.request('textDocument/diagnostic', { textDocument: { uri: u } });
      expect(report.kind).toBe('full');
      expect(summary(report.items)).toEqual(['ad-disclosure@2:7', 'professionalism@4:0']);
      const again = await client.request('textDocument/diagnostic', { textDocument: { uri: u }, previousResultId: report.resultId });
      expect(again).toEqual({ kind: 'unchanged', resultId: report.resultId });
      const v2 = await client.edit(u, [{ range: range(2, 0, 2, 0), newText: '#AD ' }]);
      const after = await client.request('textDocument/diagnostic', { textDocument: { uri: u }, previousResultId: report.resultId });
      expect(after.resultId).not.toBe(report.resultId);
      expect(v2).toBe(2);
      expect(summary(after.items)).toEqual(['professionalism@4:0']);
      const unknown = await client.request('textDocument/diagnostic', { textDocument: { uri: 'untitled:none.md' } });
      expect(unknown).toEqual({ kind: 'full', items: [] });
      expect(await client.shutdown()).toBe(0);
      expect(client.notes.filter((x) => x.method === 'textDocument/publishDiagnostics')).toEqual([]);
    } finally {
      client.kill();
    }
  });
});

describe('lifecycle', () => {
  it('exits with status 0 after shutdown and exit', async () => {
    const client = TestClient.spawnStdio();
    await client.initialize();
    expect(await client.shutdown()).toBe(0);
  });

  it('started as the VS Code extension starts it, keeps console output off the protocol stream', async () => {
    // A stand-in for a dependency that logs: it writes with console.log every few milliseconds once
    // the server has taken over the console, for the whole session.
    const client = TestClient.spawnStdio([...serverNodeArgs(), '--require', STRAY_LOG]);
    try {
      await client.initialize();
      const u = uri();
      await client.open(u, DRAFT);
      expect(summary(await client.diagnostics(u, 1))).toEqual(['ad-disclosure@2:7', 'professionalism@4:0']);
      await client.edit(u, [{ range: range(2, 0, 2, 0), newText: '#AD ' }]);
      expect(summary(await client.diagnostics(u, 2))).toEqual(['professionalism@4:0']);
      expect(await client.shutdown()).toBe(0);
      expect(client.stderr).toContain('a stray line from a dependency');
    } finally {
      client.kill();
    }
  });

  it('also runs over Node IPC (--node-ipc), for clients that start it so', async () => {
    const client = TestClient.forkIpc();
    try {
      await client.initialize();
      const u = uri();
      await client.open(u, DRAFT);
      expect(summary(await client.diagnostics(u, 1))).toEqual(['ad-disclosure@2:7', 'professionalism@4:0']);
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
    }
  });
});
