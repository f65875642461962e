// Loading a heavy package on first use rather than at start-up. A static `import` is hoisted and run
// when a bundle loads; `import()` is asynchronous and rules are not. So callers write a literal
// `require('package')` inside a function and hand it here:
// - esbuild (the CLI, the Node server and the browser worker bundles) turns a require() of a package
//   into its bundled copy wrapped in a lazily-initialised module, so the call costs nothing until it
//   runs, and works in the IIFE worker where no real `require` exists;
// - Vitest runs these files as ESM but gives each module a `require`, so the same call works there;
// - any other ESM runtime without `require` falls back to Node's own, made with createRequire.
declare const require: ((id: string) => unknown) | undefined;
interface NodeProcess {
  cwd(): string;
  getBuiltinModule(id: 'node:module'): { createRequire(path: string): (id: string) => unknown };
}

/** The package's default export, via `viaRequire` where `require` exists, else Node's createRequire. */
export function loadPackage<T>(id: string, viaRequire: () => unknown): T {
  let mod: unknown;
  if (typeof require === 'function') {
    mod = viaRequire();
  } else {
    const proc = (globalThis as unknown as { process: NodeProcess }).process;
    mod = proc.getBuiltinModule('node:module').createRequire(`${proc.cwd()}/`)(id);
  }
  // A CommonJS build exports the value itself; an ES module namespace has it as `default`.
  return ((mod as { default?: T }).default ?? mod) as T;
}
