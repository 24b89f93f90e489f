#!/usr/bin/env node
/**
 * Lighthouse scores (mobile profile) for the home page, the map page (/data/), a tool page and the search
 * page with a query (/search/?q=cocoa) of the built site in dist/, served by a local static server, with
 * each page's cumulative layout shift. Lighthouse is not a project dependency: it
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
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'];
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
/** Page type and the address to audit (a page's path, with a query for the search page). */
const pages = /** @type {[string, string][]} */ (
  [
    ['home', types.home && pageUrl(types.home, '/')],
    ['map', types.map && pageUrl(types.map, '/')],
    ['tool', types.tool && pageUrl(types.tool, '/')],
    ['search', existsSync(join(dist, 'search/index.html')) && '/search/?q=cocoa'],
  ].filter(([, path]) => path)
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
  for (const [type, path] of pages) {
    const url = server.origin + path;
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
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    const shift = audits['cumulative-layout-shift']?.numericValue ?? 0;
    rows.push([
      type,
      path,
      ...CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100)),
      Math.round(shift * 1000) / 1000,
    ]);
    // What pulls a category down: its audits that did not pass.
    for (const c of CATEGORIES) {
      const failed = (categories[c]?.auditRefs ?? [])
        .filter(
          (/** @type {{ id: string, weight: number }} */ ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1,
        )
        .map((/** @type {{ id: string }} */ ref) => ref.id);
      if (failed.length) console.log(`\n  ${c}: ${failed.join(', ')}`);
    }
    console.log('done');
  }
} finally {
  await server.close();
}
console.log(`\npage   ${[...CATEGORIES, 'CLS'].map((c) => c.padStart(17)).join('')}   address`);
for (const [type, path, ...scores] of rows)
  console.log(`${type.padEnd(7)}${scores.map((s) => String(s).padStart(17)).join('')}   ${path}`);
console.log(`\n${LIGHTHOUSE}, mobile profile (simulated slow 4G, 4× CPU slowdown), Chromium at ${chrome}.`);
