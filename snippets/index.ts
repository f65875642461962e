// The texts that fixes insert live once, here, in VS Code's snippet format; the engine, the language
// server's completions, the VS Code extension and the Obsidian plugin all read this one file.
import data from './probity.json' with { type: 'json' };

export interface Snippet { prefix: string[]; body: string[]; description: string }
export const SNIPPETS: Readonly<Record<string, Snippet>> = data;

/** A placeholder left in the text for the writer to fill, e.g. "[add your name]". */
export const PLACEHOLDER = /\[add [^\]\n]{1,40}\]/g;

/** Which setting fills which placeholder, keyed by the placeholder's default text. */
const FILLED_BY: Record<string, string> = {
  '[add your name]': 'author',
  '[add your role]': 'credentials',
  '[add your interests]': 'interests',
  '[add reason]': 'reason',
  'rule-id': 'rule',
};

// ${1:default} or ${1} or $1; defaults never nest in our snippets, so no recursive grammar is needed.
const TABSTOP = /\$\{(\d+):([^}]*)\}|\$\{(\d+)\}|\$(\d+)/g;

/** The snippet body as plain text: tab stops filled from `vars`, or left as their visible placeholder. */
export function fillSnippet(name: string, vars: Record<string, string | undefined> = {}): string {
  const snippet = SNIPPETS[name];
  if (!snippet) throw new Error(`unknown snippet '${name}'`);
  return snippet.body.join('\n').replace(TABSTOP, (_m, _n, dflt?: string) => {
    if (dflt === undefined) return '';
    const key = FILLED_BY[dflt];
    const value = key ? vars[key]?.trim() : undefined;
    return value ? value : dflt;
  });
}

/** The snippet body in VS Code / LSP snippet syntax, for completions. */
export function snippetSyntax(name: string): string {
  const snippet = SNIPPETS[name];
  if (!snippet) throw new Error(`unknown snippet '${name}'`);
  return snippet.body.join('\n');
}

/**
 * Plain text as snippet text for an editor with a snippet engine: `$`, `}` and `\` escaped, and each
 * `[add …]` placeholder a tab stop with itself as the default, so the first is selected to type over.
 */
export function asSnippet(text: string): string {
  let n = 0;
  return text.replace(/[$}\\]/g, (c) => `\\${c}`).replace(new RegExp(PLACEHOLDER.source, 'g'), (p) => `\${${++n}:${p}}`);
}
