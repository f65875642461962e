// The rules the settings tab lists, compiled in by ../build.mjs from @probity/rules' metadata, so
// the plugin's main.js does not carry the rules' code (the worker has it).
export interface RuleInfo { id: string; title: string; severity: string }

declare const PROBITY_RULES: readonly RuleInfo[] | undefined;

export function ruleList(): readonly RuleInfo[] {
  return typeof PROBITY_RULES !== 'undefined' ? PROBITY_RULES : [];
}
