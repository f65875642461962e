// The Node entry (`probity-language-server --stdio`, or --node-ipc under VS Code): the shared server
// plus what only Node can do, reading probity.json from disk.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { clearConfigCache, configFor, loadConfig, type LoadedConfig } from '../settings/load.js';
import { createServer, type ServerEnv } from './server.js';
import { stdioTransport } from './stdio.js';

// The bundle lives in server/dist/, the generated rule pages in docs/rules/ at the project root.
const docsDir = new URL('../../docs/rules/', import.meta.url);

const withUri = (c: LoadedConfig) => ({ ...c, uri: c.path ? pathToFileURL(c.path).href : undefined });

const docUrls = new Map<string, string | undefined>();

const env: ServerEnv = {
  configFor(uri) {
    if (!uri.startsWith('file:')) return undefined;
    return withUri(configFor(fileURLToPath(uri)));
  },
  configAt(uri) {
    const file = fileURLToPath(uri);
    return existsSync(file) ? withUri(loadConfig(file)) : undefined;
  },
  clearConfigCache,
  ruleDocUrl(rule) {
    // Asked once per diagnostic on every publish; the pages do not come and go while it runs.
    if (docUrls.has(rule)) return docUrls.get(rule);
    const page = new URL(`${encodeURIComponent(rule)}.md`, docsDir);
    const url = existsSync(page) ? pathToFileURL(fileURLToPath(page)).href : undefined;
    docUrls.set(rule, url);
    return url;
  },
};

// Typing makes garbage that outlives a keystroke or two (a version's text, layout and result), so
// some of it reaches the old generation, which V8 lets grow to three or four times what is live
// before it collects: with 17 MB live, RSS swung between 120 and 166 MB over a 30-minute soak
// (`npm run bench -- --soak 30`). Growing it by at most half of what is live after each collection
// keeps it near its level, at the cost of a major collection every few seconds at a typing pace
// far above a writer's. V8 reads this flag after every collection, so setting it here takes effect
// however the server was launched.
const HEAP_GROWING_PERCENT = 50;
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

const stdio = process.argv.includes('--stdio');
// Over stdio, stdout is the protocol: a stray console.log (ours or a dependency's) would corrupt
// it, so console output goes to stderr, which clients show as the server's log.
if (stdio) console.log = console.info = console.debug = console.warn = console.error;
const connection = stdio ? createConnection(ProposedFeatures.all, ...stdioTransport()) : createConnection(ProposedFeatures.all);
createServer(connection, { ...env, writesJson: stdio });
