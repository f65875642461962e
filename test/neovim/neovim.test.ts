// Neovim as a third-party LSP client: headless nvim runs flow.lua against the built server, and
// this test asserts on what Neovim itself reports (its diagnostics, its buffer after a code action,
// its hover result). Needs `nvim` (apt-get install neovim); CI installs it in .ci/run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_BIN } from '../protocol/lsp-client.js';
import { EDITED_LINE, EDITOR_DRAFT, expectGuidanceHover, expectOffered, FIXED_LINES } from '../helpers/editor-flow.js';
import { firstLine, needs, onPath } from '../helpers/programs.js';

const SCRIPT = fileURLToPath(new URL('./flow.lua', import.meta.url));

const nvim = onPath('nvim');
const version = needs({
  test: 'the Neovim test (test/neovim)', program: 'nvim', install: 'apt-get install -y neovim',
  probe: () => nvim && firstLine(nvim, ['--version']),
});

interface Run { steps: Record<string, any>; stdout: string; stderr: string; code: number | null }

function runNeovim(draftPath: string, home: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(nvim!, ['--headless', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${SCRIPT}`], {
      env: {
        ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'),
        XDG_STATE_HOME: join(home, 'state'), XDG_CACHE_HOME: join(home, 'cache'),
        PROBITY_NODE: process.execPath, PROBITY_SERVER: SERVER_BIN, PROBITY_DRAFT: draftPath,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += String(d); });
    child.stderr.on('data', (d) => { stderr += String(d); });
    child.on('close', (code) => {
      const steps: Record<string, any> = {};
      for (const line of stdout.split('\n')) {
        const m = /PROBITY (\w+) (.*)$/.exec(line);
        if (m) steps[m[1]] = JSON.parse(m[2]);
      }
      resolve({ steps, stdout, stderr, code });
    });
  });
}

describe.skipIf(!version)(`Neovim (${version ?? 'not installed'})`, () => {
  let dir: string;
  let run: Run;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probity-nvim-'));
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, EDITOR_DRAFT);
    run = await runNeovim(draft, dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ran the whole flow and quit cleanly', () => {
    expect(run.steps.error, run.stdout + run.stderr).toBeUndefined();
    expect(run.steps.done, run.stdout + run.stderr).toBeDefined();
    expect(run.code).toBe(0);
  });

  it('shows the diagnostics on the right lines and columns (bytes in Neovim, after an emoji)', () => {
    const { items } = run.steps.diagnostics;
    expect(items.map((d: any) => [d.code, d.lnum, d.col, d.end_col, d.source])).toEqual([
      // '😀 Use my code ' is 4 + 12 bytes: 'code GLOW20' runs from byte 12 to 23.
      ['ad-disclosure', 2, 12, 23, 'probity'],
      ['professionalism', 4, 0, 41, 'probity'],
    ]);
    expect(items[0].message).toContain("'GLOW20'");
  });

  it('returns the exact guidance quote on hover', () => {
    expectGuidanceHover(run.steps.hover.value);
  });

  it('applies the quick fix through its own code-action machinery, and the finding goes', () => {
    const step = run.steps.codeaction;
    expectOffered(step.offered);
    expect(step.lines).toEqual(FIXED_LINES.slice(0, -1));
    expect(step.items.map((d: any) => d.code)).toEqual(['professionalism']);
  });

  it('follows an edit sent by its incremental sync', () => {
    expect(run.steps.edited.lines[4]).toBe(EDITED_LINE);
  });
});
