#!/usr/bin/env node
/**
 * Lighthouse scores (mobile profile) for the home page, the map page (/data/) and a tool page of the
 * built site in dist/, served by a local static server. Lighthouse is not a project dependency: it
 * runs through npx at a pinned version, with Debian's Chromium.
 *   npm run build && npm run lighthouse
 * Prints a table of the four category scores; it does not fail on low scores (they vary by machine).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { pageTypes, pageUrl } from './site-files.mjs';
import { serveStatic } from './static-server.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} has no index.html: run "npm run build" first.`);
  process.exit(1);
}
/**
 * Runs a command; resolves with its exit status and output.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @returns {Promise<{ status: number | null, stdout: string, stderr: string }>}
 */
function run(command, args, options) {
  return new Promise((done) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const types = pageTypes(dist);
const pages = /** @type {[string, string][]} */ (
  [
    ['home', types.home],
    ['map', types.map],
    ['tool', types.tool],
  ].filter(([, file]) => file)
);
// npx and Lighthouse run on the same Node as this script (Lighthouse 13 needs Node 22 or later).
const npxEnv = {
  ...process.env,
  CHROME_PATH: chrome,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}`,
};
const server = await serveStatic(dist, { compress: true });
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
/** @type {[string, string, ...number[]][]} */
const rows = [];
try {
  for (const [type, file] of pages) {
    const url = server.origin + pageUrl(file, '/');
    const report = join(out, `${type}.json`);
    process.stdout.write(`lighthouse ${url}… `);
    // Run from a temp folder so npx never touches this project's node_modules.
    // Asynchronous: the static server runs in this process and must keep answering.
    const result = await run(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        '--form-factor=mobile',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { cwd: out, env: npxEnv },
    );
    if (result.status !== 0 || !existsSync(report)) {
      console.log('failed');
      console.error((result.stderr || result.stdout).slice(-2000));
      continue;
    }
    const { categories } = JSON.parse(readFileSync(report, 'utf8'));
    rows.push([type, file, ...CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100))]);
    console.log('done');
  }
} finally {
  await server.close();
}
console.log(`\npage   ${CATEGORIES.map((c) => c.padStart(15)).join('')}   file`);
for (const [type, file, ...scores] of rows)
  console.log(`${type.padEnd(7)}${scores.map((s) => String(s).padStart(15)).join('')}   ${file}`);
console.log(`\n${LIGHTHOUSE}, mobile profile (simulated slow 4G, 4× CPU slowdown), Chromium at ${chrome}.`);
