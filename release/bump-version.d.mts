// Types for bump-version.mjs, which the tests import.
export const OBSIDIAN_MANIFEST: string;
export const OBSIDIAN_VERSIONS: string;
export function bumpVersion(version: string, options?: { root?: string; date?: string }): string[];
