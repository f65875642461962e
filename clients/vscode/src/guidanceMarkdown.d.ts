import type { Jurisdiction, RuleMeta } from '@probity/rules';
export declare const JURISDICTION_NAMES: Record<Jurisdiction, string>;
export declare function guidanceMarkdown(rule: RuleMeta, jurisdiction: Jurisdiction): string;
