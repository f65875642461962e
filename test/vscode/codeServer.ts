// Starts and stops code-server (a real VS Code served to a browser) for the editor test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
// @ts-expect-error plain ES module without types
import { CODE_SERVER, NODE24 } from './install.mjs';

export interface CodeServer { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Writes the user settings; VS Code watches this file, so a rewrite while running is a settings change. */
export function writeUserSettings(userDataDir: string, settings: Record<string, unknown>): void {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

export interface Dirs { userDataDir: string; extensionsDir: string }

// An empty config file of our own, or code-server writes a default one into ~/.config.
function configArgs(dirs: Dirs): string[] {
  const file = join(dirs.userDataDir, 'code-server.yaml');
  if (!existsSync(file)) {
    mkdirSync(dirs.userDataDir, { recursive: true });
    writeFileSync(file, '');
  }
  return ['--config', file, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

export function installExtension(vsix: string, dirs: Dirs): string {
  const r = spawnSync(NODE24, [CODE_SERVER, ...configArgs(dirs), '--install-extension', vsix], { encoding: 'utf8' });
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}):\n${out}`);
  return out;
}

export async function startCodeServer(opts: Dirs & { folder: string }): Promise<CodeServer> {
  const port = await freePort();
  let log = '';
  const child = spawn(NODE24, [
    CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', ...configArgs(opts), opts.folder,
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${NODE24.replace(/\/node$/, '')}:${process.env.PATH}` } });
  child.stdout!.on('data', (d) => { log += d; });
  child.stderr!.on('data', (d) => { log += d; });
  // Killed as a group: code-server forks its own extension host and the language server.
  const kill = () => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ } };
  process.once('exit', kill);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { kill(); throw new Error(`code-server did not answer on ${url} within 60 s:\n${log}`); }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    url,
    process: child,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      kill();
      await gone;
      process.removeListener('exit', kill);
    },
  };
}
