// `npm run docs`: regenerates the README's rule table from the rules' metadata (a test fails when
// the committed table drifts from it).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const table = execFileSync(process.execPath, [join(root, 'server/bin/probity.js'), 'rules', '--format', 'markdown'], { encoding: 'utf8' }).trimEnd();
const readme = join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const next = text.replace(/<!-- rules:start -->\n[\s\S]*?\n<!-- rules:end -->/, `<!-- rules:start -->\n${table}\n<!-- rules:end -->`);
if (next === text && !text.includes(table)) throw new Error('README.md has no <!-- rules:start --> … <!-- rules:end --> markers');
writeFileSync(readme, next);
