// How a client starts the language server's Node process. It runs in the client (the VS Code
// extension, the benchmark), before there is a server, so it imports nothing of the server's.
import { availableParallelism } from 'node:os';

/**
 * Node's own arguments for the server process, before the script. V8 does its background work
 * (optimising compiles, much of garbage collection) on a pool of four threads whatever the machine.
 * On a two-core laptop those four compete with the one thread that checks a keystroke and answers
 * it: `npm run bench` on two cores put the edit p95 at 4.0 ms (median of fifteen runs) with a pool
 * of one, 5.5 (of five) with four. One thread fewer than the cores, one to four, leaves it a core.
 */
export function serverNodeArgs(cores = availableParallelism()): string[] {
  return [`--v8-pool-size=${Math.min(4, Math.max(1, cores - 1))}`];
}
