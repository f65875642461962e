#!/usr/bin/env node
// The `probity-language-server` command (--stdio or --node-ipc): runs the bundled language server.
import('../dist/server.js').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('probity-language-server: not built yet; run `npm run build` in the project root');
    process.exit(2);
  }
  throw e;
});
