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
 */
export function serverNodeArgs(cores = availableParallelism()): string[] {
  return [`--v8-pool-size=${Math.min(4, Math.max(1, cores - 1))}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, '--optimize-for-size'];
}

export const SEMI_SPACE_MB = 4;
