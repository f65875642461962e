// Types for project.mjs, which the tests import.
export const ROOT: string;
export function rootManifest(root?: string): { version: string; workspaces: string[]; repository?: string | { url?: string }; [key: string]: unknown };
export function projectLinks(manifest?: { repository?: string | { url?: string } }): {
  home: string; owner: string; issues: string; page(path: string): string; raw(path: string): string;
};
