// Runs the built `probity` CLI (server/bin/probity.js → server/dist/cli.js) in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'server', 'bin', 'probity.js');

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'server', 'dist', 'cli.js'))) throw new Error('server/dist/cli.js is missing: run `npm run build` (npm test does)');
}

export interface Run { status: number | null; stdout: string; stderr: string }

export interface RunOptions {
  cwd?: string; input?: string; execArgv?: string[]; env?: NodeJS.ProcessEnv;
  /**
   * Without the capabilities that let root read any file (through util-linux's setpriv): root then
   * meets file permissions as their owner does.
   */
  noReadOverride?: boolean;
}

export function probity(args: string[], options: RunOptions = {}): Run {
  const command = [process.execPath, ...(options.execArgv ?? []), BIN, ...args];
  if (options.noReadOverride) command.unshift('setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--');
  const r = spawnSync(command[0], command.slice(1), {
    cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix = 'probity-reliability-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
