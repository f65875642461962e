// The CLI's three report formats. JSON is the documented contract (zero-based lines, UTF-16
// characters, as in LSP); SARIF 2.1.0 is what GitHub code scanning reads; text is for people.
import { RULES, type Rule } from '@probity/rules';
import { relative, sep } from 'node:path';
import type { CheckResult, Finding } from '../engine/engine.js';
import { rangeAt } from '../engine/positions.js';
import { missingReason } from '../engine/suppress.js';

export interface FileReport { path: string; result: CheckResult }

export function findingJson(f: Finding, result: CheckResult) {
  const lines = result.draft.lines;
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    range: rangeAt(lines, f.start, f.end),
    fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => ({ range: rangeAt(lines, e.start, e.end), newText: e.newText })) })),
    guidance: f.guidance.map((g) => ({ source: g.source, paragraph: g.paragraph ?? '', quote: g.quote })),
  };
}

export function json(reports: FileReport[]): string {
  return JSON.stringify({ files: reports.map((r) => ({ path: r.path, findings: r.result.findings.map((f) => findingJson(f, r.result)) })) }, null, 2);
}

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' } as const;

export function text(reports: FileReport[], colour: boolean): string {
  const out: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) {
    for (const f of r.result.findings) {
      counts[f.severity]++;
      const { start } = rangeAt(r.result.draft.lines, f.start, f.end);
      const sev = colour ? `${COLOURS[f.severity]}${f.severity}\x1b[0m` : f.severity;
      const id = colour ? `\x1b[2m${f.rule}\x1b[0m` : f.rule;
      out.push(`${r.path}:${start.line + 1}:${start.character + 1} ${sev} ${id} ${f.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  out.push(total === 0
    ? `No findings in ${reports.length} draft${reports.length === 1 ? '' : 's'}.`
    : `${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}) in ${reports.length} draft${reports.length === 1 ? '' : 's'}.`);
  return out.join('\n');
}

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

const uri = (path: string) => (path === '<stdin>' ? 'stdin' : relative(process.cwd(), path).split(sep).join('/'));

function help(rule: Rule): string {
  return [rule.rationale, ...rule.guidance.uk.map((g) => `> ${g.quote}\n> (${g.source}${g.paragraph ? `, ${g.paragraph}` : ''})`)].join('\n\n');
}

export function sarif(reports: FileReport[], version: string): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Probity', version, semanticVersion: version,
          rules: RULES.map((r) => ({
            id: r.id, name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
            shortDescription: { text: r.title }, fullDescription: { text: r.rationale },
            help: { text: help(r), markdown: help(r) },
            defaultConfiguration: { level: LEVEL[r.severity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap((r) => r.result.findings.map((f) => {
        const { start, end } = rangeAt(r.result.draft.lines, f.start, f.end);
        return {
          ruleId: f.rule, ruleIndex: index.get(f.rule), level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: {
            artifactLocation: { uri: uri(r.path) },
            region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
          } }],
        };
      })),
    }],
  }, null, 2);
}

export function suppressionList(reports: FileReport[], asJson: boolean): string {
  if (asJson) {
    return JSON.stringify({ files: reports.map((r) => ({ path: r.path, suppressions: r.result.suppressions.map((s) => {
      const missing = missingReason(s);
      return {
        line: s.line, kind: s.kind, rules: s.rules,
        // A placeholder is no reason: null, as for none, with what was written kept beside it.
        reason: missing ? null : s.reason ?? null, ...(missing === 'placeholder' ? { placeholder: s.reason } : {}),
        silenced: r.result.suppressed.filter((x) => x.by === s).map((x) => x.finding.rule),
      };
    }) })) }, null, 2);
  }
  const out: string[] = [];
  let unexplained = 0;
  for (const r of reports) {
    for (const s of r.result.suppressions) {
      const silenced = r.result.suppressed.filter((x) => x.by === s).length;
      const missing = missingReason(s);
      if (missing) unexplained++;
      const reason = s.kind === 'enable' ? '' : ` -- ${missing === 'placeholder' ? `(no reason: the placeholder '${s.reason}' was never filled in)`
        : missing === 'missing' ? '(no reason given)' : s.reason}`;
      out.push(`${r.path}:${s.line + 1} ${s.kind} ${s.rules.length ? s.rules.join(',') : '(all rules)'}${reason} [silences ${silenced}]`);
    }
  }
  const total = out.length;
  out.push(`${total} suppression${total === 1 ? '' : 's'}${unexplained ? `, ${unexplained} without a reason` : ''}.`);
  return out.join('\n');
}

/** The rule table for the README and `probity rules --format markdown`. */
export function rulesMarkdown(): string {
  const cite = (r: Rule, j: 'uk' | 'ie' | 'us') =>
    [...new Set(r.guidance[j].map((g) => `${g.analogy ? 'by analogy: ' : ''}${g.source.split(',')[0]}${g.paragraph ? ` ${g.paragraph}` : ''}`))].join('; ') || '—';
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.title} | ${cite(r, 'uk')} | ${cite(r, 'ie')} | ${cite(r, 'us')} |`);
  return ['| rule | default severity | what it asks | UK guidance quoted | Ireland | US |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function rulesText(): string {
  return RULES.map((r) => {
    const sources = [...new Set((['uk', 'ie', 'us'] as const).flatMap((j) => r.guidance[j].map((g) => `${j}: ${g.analogy ? `by analogy, ${g.analogy}: ` : ''}${g.source}${g.paragraph ? ` ${g.paragraph}` : ''}`)))];
    return [`${r.id} (${r.severity}): ${r.title}`, ...sources.map((s) => `    ${s}`)].join('\n');
  }).join('\n');
}

export function rulesJson(): string {
  return JSON.stringify(RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, rationale: r.rationale, guidance: r.guidance })), null, 2);
}
