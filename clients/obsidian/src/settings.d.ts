import type { Jurisdiction, Platform, Severity } from '@probity/rules';
export interface ProbitySettings {
    jurisdiction: Jurisdiction;
    /** '' leaves the platform to the note's front matter (and then 'blog'). */
    platform: Platform | '';
    author: string;
    /** The author's role and qualifications, e.g. "GP in Norwich"; fills the credentials line. */
    credentials: string;
    /** Replaces personalised advice; empty means the jurisdiction's default signposting. */
    signposting: string;
    /** One interest per line: own brands, clinics, books, employers, paid ties. */
    interests: string;
    /** Rule ids switched off in the settings tab. */
    disabledRules: string[];
}
/** What the server receives for the `probity` section (the keys of probity.json). */
export interface ServerSettings {
    jurisdiction: Jurisdiction;
    platform?: Platform;
    author?: string;
    credentials?: string;
    signposting?: string;
    interests: string[];
    rules: Record<string, Severity | 'off'>;
}
export declare const JURISDICTION_NAMES: Record<Jurisdiction, string>;
export declare const PLATFORM_NAMES: Record<Platform, string>;
export declare const DEFAULT_SETTINGS: Readonly<ProbitySettings>;
/**
 * Reads what loadData() returned. data.json is a file the user can edit or sync from an older
 * version, so anything unexpected falls back to the default rather than breaking the plugin.
 */
export declare function readSettings(raw: unknown): ProbitySettings;
export declare const interestList: (s: ProbitySettings) => string[];
export declare function serverSettings(s: ProbitySettings): ServerSettings;
export declare function setRuleEnabled(s: ProbitySettings, rule: string, enabled: boolean): ProbitySettings;
