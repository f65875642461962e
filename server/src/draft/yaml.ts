// The YAML parser, loaded when a draft first has front matter or an inline settings comment to
// read: most drafts have neither, and loading it cost 10-16 ms of every start-up. A require()
// inside a function, for the reasons in rules/src/util/lazy-package.ts (bundled by esbuild into a
// module initialised on first call, in the Node bundles and the browser worker alike).
import type { parse as parseType } from 'yaml';

declare const require: ((id: string) => unknown) | undefined;
interface NodeProcess {
  cwd(): string;
  getBuiltinModule(id: 'node:module'): { createRequire(path: string): (id: string) => unknown };
}

let parser: typeof parseType | undefined;

/** yaml's parse, loaded on first use. */
export function parseYaml(src: string): unknown {
  if (!parser) {
    let mod: unknown;
    if (typeof require === 'function') {
      mod = require('yaml');
    } else {
      const proc = (globalThis as unknown as { process: NodeProcess }).process;
      mod = proc.getBuiltinModule('node:module').createRequire(`${proc.cwd()}/`)('yaml');
    }
    parser = (mod as { parse: typeof parseType }).parse;
  }
  return parser(src);
}
