// How a client starts the language server's Node process. It runs in the client (the VS Code
// extension, the benchmark), before there is a server, so it imports nothing of the server's.
import { availableParallelism } from 'node:os';

/**
 * Node's own arguments for the server process, before the script. V8 does its background work
 * (optimising compiles, much of garbage collection) on a pool of four threads whatever the machine.
 * On a two-core laptop those four compete with the one thread that checks a keystroke and answers
 * it: `npm run bench` on two cores put the edit p95 at 4.0 ms (median of fifteen runs) with a pool
 * of one, 5.5 (of five) with four. One thread fewer than the cores, one to four, leaves it a core.
 *
 * The young generation's two semi-spaces grow to 16 MB each by default, and opening a few drafts
 * grows them: that was a quarter of the server's memory with 20 drafts open (107 MB, 86 with 4 MB
 * semi-spaces, 94 with 8), though its live heap is under 30 MB.
 *
 * `--optimize-for-size` has V8 favour memory over speed where it has the choice (smaller compiled
 * code, earlier flushing): with the rules of 2026-12-07, 20 drafts open took 101 and 103 MB without
 * it and 97.7 and 98.5 MB with it, in alternating runs of `npm run bench -- --only 2,4`, the edit
 * p95 moving within its run-to-run noise (7.8-8.4 ms without, 7.1-9.8 with).
 *
 * `--no-regexp-tier-up` (REGEXP_FLAGS): see there.
 */
export function serverNodeArgs(cores = availableParallelism()): string[] {
  return [`--v8-pool-size=${Math.min(4, Math.max(1, cores - 1))}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, '--optimize-for-size', REGEXP_FLAGS];
}

/**
 * By default V8 first compiles a regular expression to bytecode for its interpreter and, on the
 * pattern's second run, compiles it again to machine code. The rules' patterns are large (word
 * lists of hundreds of terms, \p{L} written out as classes of hundreds of ranges) and nearly all
 * run many times in a check, so the bytecode is compiled only to be thrown away: compiling the 161
 * patterns a 2,000-word draft runs took 400-700 ms that way and 150-220 ms straight to machine code,
 * and a process's import and first check 725 ms against 573 (medians of seven alternating runs).
 * Peak RSS with 20 drafts open is the same (93.3 MB against 93.8). The bin scripts set it too
 * (v8.setFlagsFromString, read each time a pattern compiles), so the CLI and the bare
 * `probity-language-server` get it.
 */
export const REGEXP_FLAGS = '--no-regexp-tier-up';

export const SEMI_SPACE_MB = 4;
