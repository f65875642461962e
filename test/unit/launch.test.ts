// How the VS Code extension (and the bench) start the server: V8's background threads, one fewer
// than the cores, never fewer than one nor more than Node's own four; a young generation of 4 MB
// semi-spaces.
import { describe, expect, it } from 'vitest';
import { SEMI_SPACE_MB, serverNodeArgs } from '../../server/src/lsp/launch.js';

describe('serverNodeArgs', () => {
  it.each([[1, 1], [2, 1], [3, 2], [4, 3], [5, 4], [64, 4]])('%i cores: a pool of %i', (cores, pool) => {
    expect(serverNodeArgs(cores)).toEqual([`--v8-pool-size=${pool}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, '--optimize-for-size']);
  });
});
