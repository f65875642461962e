// The rule links in hovers ("About this check") and in the Problems panel run "Show the Guidance for
// a Rule", which opens the rule's page rendered and read-only (commands/guidance.ts), rather than
// the raw Markdown file, editable and with its generator's comment, that a file link would open.
export const GUIDANCE_COMMAND = 'probity.showGuidance';

/** The language server's `ruleDocsUrl` option: a command link with `{rule}` where the rule id goes. */
export const RULE_DOCS_URL = `command:${GUIDANCE_COMMAND}?${encodeURIComponent('["')}{rule}${encodeURIComponent('"]')}`;
