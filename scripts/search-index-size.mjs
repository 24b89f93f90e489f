#!/usr/bin/env node
/**
 * After a build, prints what the search index costs: its size on disk (by part, with gzip sizes for
 * what a compressing server sends), how many pages, words and filters it holds, and how long
 * indexing takes.
 *
 * Usage: node scripts/search-index-size.mjs [dist-dir] [--log build.log]
 *
 * Pages, words and time come from running the Pagefind CLI (the same Pagefind version Starlight uses,
 * over the same HTML) into a temporary folder, three times, timed here with a wall clock (median,
 * including starting the Pagefind binary): repeatable without a full site build. With --log, the time Starlight printed during that build ("Finished
 * building search index in …") is shown too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { listAllFiles } from '../src/core/content-files.ts';
import { gzipSize } from './site-files.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const logIndex = args.indexOf('--log');
const logFile = logIndex >= 0 ? args.splice(logIndex, 2)[1] : undefined;
const dist = resolve(args[0] ?? join(root, 'dist'));
const bundle = join(dist, 'pagefind');
if (!existsSync(bundle)) {
  console.error(`${bundle} does not exist: build the site first (npx astro build).`);
  process.exit(1);
}

/** @param {string} dir */
const filesUnder = (dir) => listAllFiles(dir).map((file) => join(dir, file));

/**
 * Which part of the bundle a file belongs to; the UI bundles are Pagefind's own and unused by this site.
 * @param {string} file
 * @returns {string}
 */
function partOf(file) {
  const name = relative(bundle, file);
  if (name.startsWith('index/')) return 'word index (index/)';
  if (name.startsWith('fragment/')) return 'page fragments (fragment/)';
  if (name.startsWith('filter/')) return 'filter index (filter/)';
  if (/^pagefind(-worker)?\.js$|^wasm\.|\.pf_meta$|entry\.json$/.test(name)) return 'search engine (js, wasm, meta)';
  return 'unused Pagefind UI bundles';
}

const parts = new Map();
for (const file of filesUnder(bundle)) {
  const bytes = readFileSync(file);
  const part = parts.get(partOf(file)) ?? { files: 0, bytes: 0, gzip: 0 };
  part.files += 1;
  part.bytes += bytes.length;
  // Pagefind's .pagefind and .pf_* files are gzipped already; only JS/CSS/JSON shrink further.
  part.gzip += /\.(js|css|json)$/.test(file) ? gzipSize(bytes) : bytes.length;
  parts.set(partOf(file), part);
}

// Three runs, median time: one run is easily skewed by whatever else the machine is doing.
const cli = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const times = [];
let stdout = '';
for (let i = 0; i < 3; i++) {
  const output = mkdtempSync(join(tmpdir(), 'pagefind-size-'));
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, '--site', dist, '--output-path', output], { encoding: 'utf8' });
  times.push(performance.now() - started);
  rmSync(output, { recursive: true, force: true });
  if (run.status !== 0) {
    console.error(run.stdout + run.stderr);
    process.exit(1);
  }
  stdout = run.stdout;
}
const indexingMs = times.sort((a, b) => a - b)[1];
/** @param {string} what e.g. "pages" */
const count = (what) => Number(stdout.match(new RegExp(`Indexed (\\d+) ${what}`))?.[1] ?? NaN);
const version = stdout.match(/Running Pagefind v([\d.]+)/)?.[1] ?? '?';
const starlightTime = logFile
  ? readFileSync(logFile, 'utf8').match(/Finished building search index in ([\d.]+m?s)/)?.[1]
  : undefined;

/** @param {number} n bytes */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [...parts].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce(
  (sum, [, p]) => ({ files: sum.files + p.files, bytes: sum.bytes + p.bytes, gzip: sum.gzip + p.gzip }),
  { files: 0, bytes: 0, gzip: 0 },
);
const used = rows.filter(([name]) => name !== 'unused Pagefind UI bundles');
const usedBytes = used.reduce((n, [, p]) => n + p.bytes, 0);
const usedGzip = used.reduce((n, [, p]) => n + p.gzip, 0);

console.log(
  `Search index of ${relative(process.cwd(), dist) || '.'} (Pagefind ${version}), measured ${new Date().toISOString().slice(0, 10)}\n`,
);
console.table(
  Object.fromEntries([
    ...rows.map(([name, p]) => [name, { files: p.files, 'on disk': kb(p.bytes), 'sent gzipped': kb(p.gzip) }]),
    ['total pagefind/ folder', { files: total.files, 'on disk': kb(total.bytes), 'sent gzipped': kb(total.gzip) }],
    ['total used by this site', { files: '', 'on disk': kb(usedBytes), 'sent gzipped': kb(usedGzip) }],
  ]),
);
// Pagefind keeps one index per language (the pages' <html lang>): its files start with the language code.
/** @type {Map<string, { pages: number, files: number, bytes: number }>} */
const languages = new Map();
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
for (const [lang, info] of Object.entries(entry.languages ?? {}))
  languages.set(lang, { pages: info.page_count, files: 0, bytes: 0 });
for (const file of filesUnder(bundle)) {
  const lang = /(?:^|[/.])([a-z]{2}(?:-[a-z]+)?)_[0-9a-f]+\.pf_(index|fragment|filter|meta)$/.exec(
    relative(bundle, file),
  )?.[1];
  const row = lang ? languages.get(lang) : undefined;
  if (!row) continue;
  row.files += 1;
  row.bytes += readFileSync(file).length;
}
console.log('Per language (index, fragments, filters and metadata; Pagefind files are gzipped already):');
console.table(
  Object.fromEntries(
    [...languages].map(([lang, row]) => [lang, { pages: row.pages, files: row.files, 'on disk': kb(row.bytes) }]),
  ),
);
console.table({
  'pages indexed': count('pages'),
  'words indexed': count('words'),
  'filters indexed': count('filters'),
  'indexing time (Pagefind CLI, median of 3)': `${Math.round(indexingMs)} ms`,
  ...(logFile ? { 'indexing time (Starlight build log)': starlightTime ?? 'not found in log' } : {}),
});
