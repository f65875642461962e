export type InsertKind = 'ad-label' | 'credentials-line' | 'signposting' | 'declaration-of-interests';
export type Jurisdiction = 'uk' | 'ie' | 'us';
export interface InsertSettings {
    jurisdiction?: string;
    author?: string;
    credentials?: string;
    signposting?: string;
    interests?: readonly string[];
}
/** A setting's value as snippet text: `$`, `}` and `\` would otherwise be read as snippet syntax. */
export declare function escapeSnippet(text: string): string;
export declare function jurisdictionOf(value: string | undefined): Jurisdiction;
export declare function snippetBody(kind: InsertKind, settings?: InsertSettings): string;
