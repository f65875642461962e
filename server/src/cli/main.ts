// The `probity` command: check drafts (text, JSON or SARIF), apply safe fixes, list suppressions,
// describe the rules. Exit 0: nothing of error severity; 1: errors found; 2: usage, settings or read errors.
import { parseArgs } from 'node:util';
import { JURISDICTIONS, type Fix, type Settings } from '@probity/rules';
import { Engine, type CheckResult } from '../engine/engine.js';
import { applyFixesDetailed } from '../engine/fixes.js';
import { configFor, loadConfig } from '../settings/load.js';
import { mergeSettings, readLayer, type SettingsProblem } from '../settings/schema.js';
import { decodeDraft, expandTargets, readDraft } from './files.js';
import { json, rulesJson, rulesMarkdown, rulesText, sarif, suppressionList, text, type FileReport } from './report.js';
import { ChangedOnDiskError, writeAtomically } from './write.js';

declare const PROBITY_VERSION: string;
const VERSION = typeof PROBITY_VERSION === 'string' ? PROBITY_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  probity check [PATH|GLOB|- ...] [options]   check Markdown drafts (directories are searched for .md/.markdown)
  probity rules [--format text|json|markdown]  list the rules with their severity and guidance sources

Options for check:
  --format text|json|sarif   report format (default: text)
  --jurisdiction uk|ie|us    jurisdiction, unless a draft's front matter says otherwise
  --config FILE              use this probity.json instead of the one found above each draft
  --fix                      apply safe fixes in place (written atomically)
  --list-suppressions        list every suppression with its reason (an audit trail)
  --no-exit                  exit 0 even when errors are found (for demos and reports)
  --no-color                 plain text output
Exit status: 0 no errors, 1 errors found, 2 usage, settings or read error.`;

const MAX_FIX_PASSES = 10;

export interface Io {
  out(s: string): void; err(s: string): void;
  /** Standard input, read to its end: bytes, so that invalid UTF-8 is refused rather than replaced. */
  stdin(): Promise<Uint8Array>;
  isTty: boolean; env: Record<string, string | undefined>;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        format: { type: 'string' }, jurisdiction: { type: 'string' }, config: { type: 'string' },
        fix: { type: 'boolean' }, 'list-suppressions': { type: 'boolean' }, 'no-exit': { type: 'boolean' },
        'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.err(`probity: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values: opts, positionals } = parsed;
  if (opts.version) { io.out(VERSION); return 0; }
  const [command, ...paths] = positionals;
  if (opts.help || !command) { (command || opts.help ? io.out : io.err)(USAGE); return opts.help ? 0 : 2; }

  if (command === 'rules') {
    const format = opts.format ?? 'text';
    if (format === 'markdown') io.out(rulesMarkdown());
    else if (format === 'json') io.out(rulesJson());
    else if (format === 'text') io.out(rulesText());
    else { io.err(`probity: unknown format '${format}' for rules (use text, json or markdown)`); return 2; }
    return 0;
  }
  if (command !== 'check') { io.err(`probity: unknown command '${command}'\n\n${USAGE}`); return 2; }

  const format = opts.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) { io.err(`probity: unknown format '${format}' (use text, json or sarif)`); return 2; }
  if (opts.jurisdiction && !(JURISDICTIONS as readonly string[]).includes(opts.jurisdiction)) {
    io.err(`probity: unknown jurisdiction '${opts.jurisdiction}' (use ${JURISDICTIONS.join(', ')})`);
    return 2;
  }
  if (paths.length === 0) { io.err(`probity: name at least one draft, directory, glob, or - for standard input\n\n${USAGE}`); return 2; }

  let status = 0;
  const problems: SettingsProblem[] = [];
  const explicit = opts.config ? loadConfig(opts.config) : undefined;
  if (explicit) problems.push(...explicit.problems);
  const flagLayer: Partial<Settings> = opts.jurisdiction ? readLayer({ jurisdiction: opts.jurisdiction }, '--jurisdiction', problems, true) : {};

  const { targets, errors } = expandTargets(paths);
  for (const e of errors) { io.err(`probity: ${e.path}: ${e.message}`); status = 2; }

  const engine = new Engine();
  const reports: FileReport[] = [];
  const seenProblem = new Set<string>();
  for (const target of targets) {
    let source: { text: string; bytes?: Buffer };
    if (target.fromStdin) {
      let bytes: Uint8Array;
      try {
        bytes = await io.stdin();
      } catch (e) {
        io.err(`probity: <stdin>: cannot read standard input (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        status = 2;
        continue;
      }
      const decoded = decodeDraft(bytes);
      if ('error' in decoded) { io.err(`probity: <stdin>: ${decoded.error}`); status = 2; continue; }
      source = decoded;
    } else {
      const read = readDraft(target.path);
      if ('error' in read) { io.err(`probity: ${target.path}: ${read.error}`); status = 2; continue; }
      source = read;
    }
    const config = explicit ?? (target.fromStdin ? configFor(`${process.cwd()}/-`) : configFor(target.path));
    if (!explicit) problems.push(...config.problems);
    const settings = mergeSettings(config.settings, flagLayer);
    let result: CheckResult = engine.check(source.text, { settings });

    if (opts.fix && !target.fromStdin && source.bytes) {
      let fixed = source.text;
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        // One fix per finding: its first safe one (a finding's alternatives would clash).
        const safe = result.findings.map((f) => f.fixes.find((x) => x.safe)).filter((x): x is Fix => !!x);
        if (safe.length === 0) break;
        const { text: next, applied } = applyFixesDetailed(fixed, safe);
        if (applied.length === 0 || next === fixed) break;
        fixed = next;
        result = engine.check(fixed, { settings });
      }
      if (fixed !== source.text) {
        try {
          writeAtomically(target.path, fixed, source.bytes);
        } catch (e) {
          io.err(`probity: ${e instanceof ChangedOnDiskError ? e.message : `${target.path}: could not write the fixes (${(e as Error).message}); the draft is unchanged`}`);
          status = 2;
        }
      }
    }
    for (const p of result.problems) problems.push({ ...p, source: p.source === 'front matter' || p.source.startsWith('inline') ? `${target.path}: ${p.source}` : p.source });
    for (const f of result.failures) io.err(`probity: ${target.path}: rule ${f.rule} failed and was skipped: ${f.error.split('\n')[0]}`);
    reports.push({ path: target.path, result });
  }

  for (const p of problems) {
    const key = `${p.source}\u0000${p.key}\u0000${p.message}`;
    if (seenProblem.has(key)) continue;
    seenProblem.add(key);
    io.err(`probity: ${p.source}: setting '${p.key}': ${p.message}`);
    status = 2;
  }

  if (opts['list-suppressions']) io.out(suppressionList(reports, format === 'json'));
  else if (format === 'json') io.out(json(reports));
  else if (format === 'sarif') io.out(sarif(reports, VERSION));
  else io.out(text(reports, io.isTty && !opts['no-color'] && !io.env.NO_COLOR));

  if (status === 0 && reports.some((r) => r.result.findings.some((f) => f.severity === 'error'))) status = 1;
  return opts['no-exit'] && status === 1 ? 0 : status;
}

/**
 * Standard input as a stream, to its end. A pipe whose writer is slow, `(sleep 1; cat draft.md) |`,
 * is non-blocking and empty at first: readFileSync(0) fails on it with EAGAIN.
 */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function run(): Promise<void> {
  let stdin: Promise<Uint8Array> | undefined;
  try {
    process.exitCode = await main(process.argv.slice(2), {
      out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
      err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
      stdin: () => (stdin ??= readStdin()),
      isTty: process.stdout.isTTY === true,
      env: process.env,
    });
  } catch (e) {
    // Exit 1 means "errors found in the drafts": a failure of Probity itself must not look like that.
    process.stderr.write(`probity: internal error, please report it: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}
