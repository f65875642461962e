// Loaded into a language server under soak (`node --import`, or NODE_OPTIONS for the bare command):
// on SIGUSR2 it writes the process's heap figures to stderr as one line, so the bench can read the
// heap of a server it only talks to over stdio. It adds a signal handler and nothing else. When the
// server was started with --expose-gc (the typing test), it collects garbage first, so that
// heapUsed is what the server keeps.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  process.stderr.write(`probity-heap ${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external })}\n`);
});
