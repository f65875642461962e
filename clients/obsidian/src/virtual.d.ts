// Modules that exist only at build time (see ../build.mjs).

/** The language server's Web Worker bundle, server/dist/worker.js, as text. */
declare module 'probity:worker-source' {
  const source: string;
  export default source;
}
