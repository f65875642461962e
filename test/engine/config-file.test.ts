// probity.json: its published JSON Schema agrees with what Probity accepts, and each problem in the
// file is located (offsets into the file) and worded without jargon.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '@probity/rules';
import { probityJsonSchema } from '../../server/src/settings/json-schema.js';
import { loadConfig } from '../../server/src/settings/load.js';
import { readLayer, type SettingsProblem } from '../../server/src/settings/schema.js';
import { problemText } from '../../server/src/lsp/settings.js';

const validate = new Ajv({ strict: false, allErrors: true }).compile(probityJsonSchema(RULES));

// Files a writer might write: some fine, some not, in the ways hand-edited JSON goes wrong.
const FILES: unknown[] = [
  {}, { jurisdiction: 'uk' }, { jurisdiction: 'IE' }, { jurisdiction: 'Ireland' }, { jurisdiction: 'usa' }, { jurisdiction: '' },
  { jurisdiction: null }, { jurisdiction: 'fr' }, { jurisdiction: 'u k' }, { jurisdiction: 3 }, { jurisdiction: true },
  { platform: 'x' }, { platform: 'Twitter' }, { platform: 'BlueSky' }, { platform: 'myspace' }, { platform: ['x'] },
  { author: 'Dr Sam Writer', credentials: 'GP', signposting: 'Ask your GP.' }, { author: 7 }, { author: true }, { credentials: ['GP'] },
  { interests: ['Glow Clinic', 'My book'] }, { interests: 'Glow Clinic; My book' }, { interests: [1] }, { interests: { a: 1 } },
  { sponsored: true }, { sponsored: 'false' }, { sponsored: 'yes' }, { sponsored: 1 },
  { rules: {} }, { rules: { 'ad-disclosure': 'off', credentials: 'information' } }, { rules: { credentials: false, 'post-length': true } },
  { rules: { credentials: 'Error' } }, { rules: { 'no-such-rule': 'off' } }, { rules: { credentials: null } }, { rules: ['credentials'] }, { rules: 'off' },
  { $schema: './probity.schema.json', enable: false }, { colour: 'blue' }, [], 'uk', 42,
];

describe('the JSON Schema of probity.json', () => {
  it.each(FILES.map((f) => [JSON.stringify(f), f]))('agrees with Probity about %s', (_name, file) => {
    const problems: SettingsProblem[] = [];
    readLayer(file, 'probity.json', problems, true);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(problems.length === 0);
  });

  it('offers a severity for exactly the rules there are', () => {
    const schema = probityJsonSchema(RULES) as any;
    expect(Object.keys(schema.properties.rules.anyOf[0].properties).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});

describe('problems in probity.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'probity-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const load = (text: string) => {
    const file = join(dir, 'probity.json');
    writeFileSync(file, text);
    const config = loadConfig(file);
    return config.problems.map((p) => ({ at: p.at && text.slice(p.at.start, p.at.end), text: problemText(p) }));
  };

  it('points at the bad value, or at the unknown key, with words a writer knows', () => {
    const text = '{\n  "jurisdiction": "fr",\n  "colour": "blue",\n  "rules": { "credentials": "loud", "nope": "off" }\n}\n';
    expect(load(text)).toEqual([
      { at: '"fr"', text: "'jurisdiction': unknown jurisdiction 'fr' (use one of uk, ie, us); using the default" },
      { at: '"colour"', text: "'colour': unknown setting; using the default" },
      { at: '"loud"', text: "'rules.credentials': unknown severity 'loud' (use error, warning, information, hint or off); using the default" },
      { at: '"nope"', text: "'rules.nope': unknown rule 'nope'; using the default" },
    ]);
  });

  it('invalid JSON: where it breaks, in words, and no "(json)"', () => {
    const [p] = load('{\n  "jurisdiction": "ie"\n  "platform": "x"\n}\n');
    expect(p.text).toBe('not valid JSON: a comma is missing; none of its settings are used');
    expect(p.at).toBe('"platform"');
    expect(load('{ "jurisdiction": "ie", }')[0].text).toMatch(/^not valid JSON: /);
  });
});
