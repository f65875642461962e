// The JSON Schema of probity.json, made from the same lists readLayer (schema.ts) checks against, so
// an editor that validates with it (VS Code's jsonValidation) flags exactly what Probity would and
// offers the values Probity takes. A test holds the two to agreeing on a table of files.
import { JURISDICTIONS, PLATFORMS, type RuleMeta } from '@probity/rules';
import { ALIASES, SEVERITIES } from './schema.js';

type Schema = Record<string, unknown>;

/** A string equal to one of `values` ignoring case, as readLayer compares them. */
const anyCase = (values: readonly string[]) =>
  `^(?:${values.map((v) => [...v].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))).join('')).join('|')})$`;

// readLayer skips a key whose value is null or an empty string, as if it were not there.
const UNSET: Schema[] = [{ type: 'null' }, { const: '' }];

function choice(values: readonly string[], descriptions: readonly string[], description: string): Schema {
  const taken = [...values, ...Object.keys(ALIASES).filter((a) => values.includes(ALIASES[a]))];
  return {
    description,
    anyOf: [{ enum: values, enumDescriptions: descriptions }, { type: 'string', pattern: anyCase(taken) }, ...UNSET],
    errorMessage: `Use one of ${values.join(', ')}.`,
  };
}

const text = (description: string): Schema => ({ description, type: ['string', 'number', 'null'] });

const JURISDICTION_TEXT: Record<string, string> = {
  uk: 'United Kingdom: the GMC, the CAP Code (ASA) and the Human Medicines Regulations.',
  ie: 'Ireland: the Medical Council and the ASAI.',
  us: 'United States: the FTC and the AMA.',
};

export function probityJsonSchema(rules: readonly Pick<RuleMeta, 'id' | 'title' | 'severity'>[]): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'probity.json',
    description: 'Settings for Probity, for the drafts in this folder and the folders below it. Editor settings, a draft\'s front matter and inline comments override them.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      enable: { description: 'Read by editors, not by the checks.' },
      jurisdiction: choice(JURISDICTIONS, JURISDICTIONS.map((j) => JURISDICTION_TEXT[j] ?? j),
        'Whose guidance the drafts answer to: it picks the guidance quoted, the ad labels accepted and the default signposting. The UK when not set.'),
      platform: choice(PLATFORMS, PLATFORMS.map((p) => p),
        'Where the drafts will be published: it sets the post-length limit and whether a draft is read as a thread. A blog post when not set.'),
      author: text('Your name as the credentials line gives it, e.g. "Dr Jane Smith".'),
      credentials: text('Your role and qualifications for the credentials line, e.g. "GP in Leeds, GMC 1234567".'),
      signposting: text('The text that replaces personalised advice; a default for the jurisdiction when not set.'),
      interests: {
        description: 'Your own brands, clinics, books, employers and paid ties, so a draft that mentions them asks for a declaration of interests. A list, or one text with ; between them.',
        anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }, { type: 'null' }],
      },
      sponsored: {
        description: 'true when every draft here is a paid promotion, so each needs an ad label.',
        anyOf: [{ type: 'boolean' }, { enum: ['true', 'false'] }, ...UNSET],
      },
      rules: {
        description: 'The severity of each rule, or "off". Rules not listed keep their default.',
        anyOf: [{
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(rules.map((r) => [r.id, {
            description: `${r.title} (default: ${r.severity}).`,
            enum: [...SEVERITIES, false, true],
          }])),
        }, ...UNSET],
      },
    },
  };
}
