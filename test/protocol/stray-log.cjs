// Preloaded into the server (node --require) by stdio.test.ts: logs like a chatty dependency, with
// console.log, once the server has taken over the console (before, stdout is not yet the protocol's).
const original = console.log;
setInterval(() => {
  if (console.log !== original) console.log('a stray line from a dependency');
}, 5).unref();
