// Tests that drive a program the machine may lack (Chromium, Neovim, Emacs). Locally such a test is
// skipped with one line saying what to install, so `npm install && npm test` passes on a fresh
// machine; under CI=true a missing program fails the run, so CI never skips one silently (.ci/run
// installs them all). Programs are looked up on PATH, so a run with a PATH that leaves one out shows
// what a machine without it sees.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const inCI = (): boolean => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/** The full path of an executable on PATH, or undefined. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The first line a command prints, or undefined when it cannot run or fails. */
export function firstLine(file: string, args: string[]): string | undefined {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).split('\n')[0].trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface Needed {
  /** What the test is, for the skip line: "the Neovim test". */
  test: string;
  /** The program, as a writer would name it: "nvim". */
  program: string;
  /** What to run to install it on Debian. */
  install: string;
  /** The program's version (or any line that proves it works), or undefined when it is missing. */
  probe(): string | undefined;
}

/**
 * The probe's answer when the program is there. When it is not: under CI an error that fails the
 * test file; locally one line on the console and undefined, for `describe.skipIf`.
 */
export function needs(n: Needed): string | undefined {
  const found = n.probe();
  if (found) return found;
  if (inCI()) throw new Error(`${n.program} is missing, and CI runs ${n.test}: ${n.install} (.ci/run does this)`);
  console.warn(`Skipped ${n.test}: ${n.program} is not installed here (${n.install} to run it).`);
  return undefined;
}
