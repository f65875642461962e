#!/usr/bin/env node
// The `probity` command: runs the bundled CLI (built by `npm run build`, which `npm install` runs).
// Before the bundle loads, since its rules compile patterns as they load (REGEXP_FLAGS in
// server/src/lsp/launch.ts says why machine code at once).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
import('../dist/cli.js').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('probity: the CLI is not built yet; run `npm run build` in the project root');
    process.exit(2);
  }
  throw e;
});
