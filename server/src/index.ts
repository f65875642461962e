// The library API for the language server, the benchmarks and other tools (Node).
import { Engine, type CheckOptions, type CheckResult, type Finding } from './engine/engine.js';
import { mergeSettings } from './settings/schema.js';
import { configFor } from './settings/load.js';
import type { Settings } from '@probity/rules';

export { Engine, type CheckOptions, type CheckResult, type Finding } from './engine/engine.js';
export { applyFixes, applyFixesDetailed } from './engine/fixes.js';
export { ignoreFix, disableFileFix } from './engine/suppress.js';
export { positionAt, rangeAt } from './engine/positions.js';
export { serverNodeArgs } from './lsp/launch.js';
export { DEFAULT_SETTINGS, mergeSettings, readLayer, type SettingsProblem } from './settings/schema.js';
export { RULES, RULE_IDS, type Fix, type Edit, type Settings, type Guidance, type Severity } from '@probity/rules';

let shared: Engine | undefined;

export interface CheckDraftOptions {
  /** Settings above probity.json and below the draft's front matter (an editor's, say). */
  settings?: Partial<Settings>;
  /** The draft's path: probity.json is looked for upward from it. */
  path?: string;
}

/** Everything a check knows: findings, suppressions, settings problems, rule failures, the Draft. */
export function inspectDraft(text: string, options: CheckDraftOptions = {}): CheckResult {
  shared ??= new Engine();
  const config = options.path ? configFor(options.path) : { settings: {}, problems: [] };
  const engineOptions: CheckOptions = { settings: mergeSettings(config.settings, options.settings ?? {}) };
  const result = shared.check(text, engineOptions);
  result.problems.unshift(...config.problems);
  return result;
}

/** The findings for a draft. */
export function checkDraft(text: string, options: CheckDraftOptions = {}): Finding[] {
  return inspectDraft(text, options).findings;
}
