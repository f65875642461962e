// Emacs as a third-party LSP client: Emacs 28's eglot (Debian's emacs-nox and elpa-eglot) runs
// flow.el against the built server, in a real terminal that `script` gives it, and this test
// asserts on what Emacs itself holds: Flymake's diagnostics, the buffer after a code action picked
// from eglot's menu, the hover eglot fetched. CI installs Emacs in .ci/run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_BIN } from '../protocol/lsp-client.js';
import { EDITED_LINE, EDITOR_DRAFT, expectGuidanceHover, expectOffered, FIXED_LINES } from '../helpers/editor-flow.js';
import { firstLine, needs, onPath } from '../helpers/programs.js';

const SCRIPT = fileURLToPath(new URL('./flow.el', import.meta.url));

const emacs = onPath('emacs');
const script = onPath('script');
// Emacs, with eglot loadable the way flow.el loads it (site files on, no init file).
const version = needs({
  test: 'the Emacs test (test/emacs)', program: 'emacs with eglot', install: 'apt-get install -y emacs-nox elpa-eglot',
  probe: () => emacs && script && firstLine(emacs, ['--batch', '--no-init-file', '--eval', "(progn (require 'eglot) (princ (format \"GNU Emacs %s with eglot\" emacs-version)))"]),
});

interface Run { steps: Record<string, any>; raw: string; code: number | null }

/** Emacs in a terminal of its own: `script` runs it on a pseudo-terminal, as a user's terminal would. */
function runEmacs(draftPath: string, home: string): Promise<Run> {
  const out = join(home, 'steps.txt');
  writeFileSync(out, '');
  return new Promise((resolve) => {
    const command = `exec "$PROBITY_EMACS" -nw --no-init-file -l "$PROBITY_FLOW"`;
    const child = spawn(script!, ['-qec', command, '/dev/null'], {
      env: {
        ...process.env, HOME: home, TERM: 'xterm', COLUMNS: '100', LINES: '30',
        PROBITY_EMACS: emacs, PROBITY_FLOW: SCRIPT, PROBITY_OUT: out,
        PROBITY_NODE: process.execPath, PROBITY_SERVER: SERVER_BIN, PROBITY_DRAFT: draftPath,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // flow.el fails with a message of its own after 15 s at any step; this is the last resort.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const raw = readFileSync(out, 'utf8');
      const steps: Record<string, any> = {};
      for (const line of raw.split('\n')) {
        const m = /^PROBITY (\w+) (.*)$/.exec(line);
        if (m) steps[m[1]] = JSON.parse(m[2]);
      }
      resolve({ steps, raw, code });
    });
  });
}

describe.skipIf(!version)(`Emacs eglot (${version ?? 'not installed'})`, () => {
  let dir: string;
  let run: Run;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probity-emacs-'));
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, EDITOR_DRAFT);
    run = await runEmacs(draft, dir);
  }, 70_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ran the whole flow and quit cleanly, the server stopped', () => {
    expect(run.steps.error, run.raw).toBeUndefined();
    expect(run.steps.done, run.raw).toEqual({ server: 'stopped' });
    expect(run.code).toBe(0);
  });

  it('shows the diagnostics in Flymake on the right lines and characters (after an emoji)', () => {
    const { items } = run.steps.diagnostics;
    expect(items.map((d: any) => [d.code, d.line, d.col, d.endCol, d.type])).toEqual([
      // '😀 Use my ' is 9 characters in Emacs (the emoji is one), 10 UTF-16 units on the wire.
      ['ad-disclosure', 3, 9, 20, 'eglot-error'],
      ['professionalism', 5, 0, 41, 'eglot-warning'],
    ]);
    expect(items[0].text).toContain("'GLOW20'");
  });

  it('returns the exact guidance quote on hover', () => {
    expectGuidanceHover(run.steps.hover.value);
  });

  it('applies the quick fix picked from eglot\'s menu, and the finding goes', () => {
    const step = run.steps.codeaction;
    expectOffered(step.offered);
    expect(step.lines).toEqual(FIXED_LINES);
    expect(step.codes).toEqual(['professionalism']);
  });

  it('follows an edit sent by eglot\'s incremental sync', () => {
    expect(run.steps.edited.lines[4]).toBe(EDITED_LINE);
  });
});
