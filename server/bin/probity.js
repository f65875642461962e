#!/usr/bin/env node
// The `probity` command: runs the bundled CLI (built by `npm run build`, which `npm install` runs).
// Regular expressions compiled straight to machine code, set before the bundle loads: V8 otherwise
// compiles each to bytecode and, on its second run, again to machine code, and the rules' large
// patterns nearly all run many times in a check. Compiling the 161 patterns a 2,000-word draft runs
// took 400-700 ms that way and 150-220 ms straight to machine code. Only here: the language server
// keeps V8's default, since what a keystroke compiles is mostly patterns made afresh that run once
// (300 edits of a 20,000-word draft took 13% more instructions without tier-up, callgrind).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
import('../dist/cli.js').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('probity: the CLI is not built yet; run `npm run build` in the project root');
    process.exit(2);
  }
  throw e;
});
