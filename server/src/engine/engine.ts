// The engine: builds the Draft, runs every enabled rule (per-block facts cached across checks),
// drops suppressed findings and attaches severity, guidance and the "Ignore here" fix.
import { RULES, type Draft, type Fix, type Guidance, type Rule, type RuleContext, type Settings, type Severity } from '@probity/rules';
import { fillSnippet } from '@probity/snippets';
import { buildDraft, ChunkCache } from '../draft/index.js';
import type { LineIndex } from '../draft/line-index.js';
import { mergeSettings, readLayer, settingsKey, type SettingsProblem } from '../settings/schema.js';
import { readInlineSettings, readSuppressions, type Suppression } from './comments.js';
import { isValidFix } from './fixes.js';
import { SuppressionIndex } from './suppress.js';

export interface Finding {
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  guidance: readonly Guidance[];
}

export interface CheckOptions {
  /** Settings below the draft's own (defaults < probity.json < editor), already merged or partial. */
  settings?: Partial<Settings>;
  /** Where the settings came from, for messages. */
  settingsSource?: string;
}

export interface RuleFailure { rule: string; error: string }

export interface CheckResult {
  findings: Finding[];
  suppressions: Suppression[];
  /** Findings silenced by a suppression, with it: the audit trail. */
  suppressed: { finding: Finding; by: Suppression }[];
  problems: SettingsProblem[];
  failures: RuleFailure[];
  draft: Draft & { lines: LineIndex };
}

export class Engine {
  private readonly chunks = new ChunkCache();
  private facts = new Map<string, unknown>();
  constructor(private readonly rules: readonly Rule[] = RULES as readonly Rule[]) {}

  check(text: string, options: CheckOptions = {}): CheckResult {
    const problems: SettingsProblem[] = [];
    const draft = buildDraft({
      text, cache: this.chunks,
      resolveSettings: (frontMatter, fmError) => {
        if (fmError) problems.push({ source: 'front matter', key: '(yaml)', message: fmError });
        const inline = readInlineSettings(text, problems).map((raw) => readLayer(raw, 'inline probity-settings comment', problems, true));
        return mergeSettings(options.settings ?? {}, readLayer(frontMatter, 'front matter', problems, false), ...inline);
      },
    });
    const { settings } = draft;
    const sKey = settingsKey(settings);
    if (this.facts.size > 200_000) this.facts = new Map();

    const suppressions = readSuppressions(text, (o) => draft.lines.lineOf(o));
    const index = new SuppressionIndex(suppressions, text, draft.lines);
    const findings: Finding[] = [];
    const suppressed: CheckResult['suppressed'] = [];
    const failures: RuleFailure[] = [];

    for (const rule of this.rules) {
      const severity = settings.rules[rule.id] ?? rule.severity;
      if (severity === 'off') continue;
      const ctx: RuleContext = {
        draft, settings,
        facts: (block) => {
          if (!rule.scan) return undefined;
          const key = `${rule.id}\u0000${sKey}\u0000${block.key}`;
          if (this.facts.has(key)) return this.facts.get(key);
          const value = rule.scan(block, settings);
          this.facts.set(key, value);
          return value;
        },
        snippet: (name, vars) => (name === 'signposting' && settings.signposting
          ? settings.signposting
          : fillSnippet(snippetName(name, settings), { ...snippetVars(settings), ...vars })),
      };
      let reported;
      try {
        reported = rule.check(ctx);
      } catch (e) {
        failures.push({ rule: rule.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
        continue;
      }
      for (const r of reported) {
        const start = clamp(r.start, text.length), end = clamp(Math.max(r.end, r.start), text.length);
        const fixes = (r.fixes ?? []).filter((f) => isValidFix(f, text.length));
        const finding: Finding = {
          rule: rule.id, severity, title: rule.title, message: r.message, start, end, fixes,
          guidance: rule.guidance[settings.jurisdiction],
        };
        const by = index.find(rule.id, draft.lines.lineOf(start));
        if (by) suppressed.push({ finding, by });
        else findings.push(finding);
      }
    }
    findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
    return { findings, suppressions, suppressed, problems, failures, draft };
  }
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(Number.isFinite(n) ? n : 0, max));

function snippetName(name: string, settings: Settings): string {
  return name === 'signposting' ? `signposting-${settings.jurisdiction}` : name;
}

function snippetVars(settings: Settings): Record<string, string | undefined> {
  return { author: settings.author, credentials: settings.credentials, interests: settings.interests.join('; ') };
}
