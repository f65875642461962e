// The YAML parser, loaded when a draft first has front matter or an inline settings comment to
// read: most drafts have neither, and loading it cost 10-16 ms of every start-up. A require()
// inside a function, handed to the rules' loadPackage (rules/src/util/lazy-package.ts says why).
import type { parse as parseType } from 'yaml';
import { loadPackage } from '@probity/rules';

declare const require: (id: string) => unknown;

let parser: typeof parseType | undefined;

/** yaml's parse, loaded on first use. */
export function parseYaml(src: string): unknown {
  parser ??= loadPackage<{ parse: typeof parseType }>('yaml', () => require('yaml')).parse;
  return parser(src);
}
