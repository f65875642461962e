// compromise, for the few questions a word list cannot answer (is this a person's name?). It is
// only asked about sentences a cheap lexicon pass has already picked out.
//
// Loading compromise takes about half a second (it expands its lexicon), and most drafts never
// need it, so it is loaded on first use rather than imported: a static `import` would be hoisted
// and run at start-up in every bundle. It must load synchronously, because rules are synchronous,
// which rules out `import()`. So it is a `require()` inside a function:
// - esbuild (the CLI, the Node server and the browser worker bundles) turns a require() of a package
//   into its bundled copy wrapped in a lazily-initialised module, so the call costs nothing until
//   it runs, and works in the IIFE worker where no real `require` exists;
// - Vitest runs this file as ESM but gives each module a `require`, so the same call works there;
// - any other ESM runtime without `require` falls back to Node's own, made with createRequire.
import type nlpType from 'compromise';

type Nlp = typeof nlpType;
declare const require: ((id: string) => unknown) | undefined;
interface NodeProcess {
  cwd(): string;
  getBuiltinModule(id: 'node:module'): { createRequire(path: string): (id: string) => unknown };
}

let nlp: Nlp | undefined;

function loadCompromise(): Nlp {
  let mod: unknown;
  if (typeof require === 'function') {
    mod = require('compromise');
  } else {
    const proc = (globalThis as unknown as { process: NodeProcess }).process;
    mod = proc.getBuiltinModule('node:module').createRequire(`${proc.cwd()}/`)('compromise');
  }
  // The CommonJS build exports the function itself; an ES module namespace has it as `default`.
  return (typeof mod === 'function' ? mod : (mod as { default: Nlp }).default) as Nlp;
}

/** Names of people and organisations compromise finds in a sentence. */
export function namedTargets(sentence: string): string[] {
  nlp ??= loadCompromise();
  const doc = nlp(sentence);
  return [...doc.people().out('array'), ...doc.organizations().out('array')] as string[];
}
