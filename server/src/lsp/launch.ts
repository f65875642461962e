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
 */
export function serverNodeArgs(cores = availableParallelism()): string[] {
  return [`--v8-pool-size=${Math.min(4, Math.max(1, cores - 1))}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
}

export const SEMI_SPACE_MB = 4;
