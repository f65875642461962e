#!/usr/bin/env node
// The `probity` command: runs the bundled CLI (built by `npm run build`, which `npm install` runs).
import('../dist/cli.js').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('probity: the CLI is not built yet; run `npm run build` in the project root');
    process.exit(2);
  }
  throw e;
});
