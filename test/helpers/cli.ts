// Runs the built `probity` command as a user would, in a child process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'server', 'bin', 'probity.js');

export function probity(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
