// The rule pages (docs/rules/*.md) ship inside the extension, copied there by build.mjs, so the
// hover's "About this check" and the rule links in the Problems panel open a local file: no network,
// and the same text as the repository's pages.
export const RULE_PAGES_DIR = 'dist/rules';

/** The language server's `ruleDocsUrl` option: the pages' URL with `{rule}` where the rule id goes. */
export function ruleDocsUrl(extensionUri: string): string {
  return `${extensionUri.replace(/\/+$/, '')}/${RULE_PAGES_DIR}/{rule}.md`;
}
