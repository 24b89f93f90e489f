#!/usr/bin/env node
/**
 * `node scripts/compare-builds.mjs <before-dir> <after-dir>`: what a refactor changed in the pages readers
 * get. Both builds' HTML pages are written one tag per line, with what is expected to change taken out
 * (the hashes in asset names, the hashes of the Content-Security-Policy, whitespace between tags), then
 * compared with `git diff --no-index`. Prints the pages only one build has, and each changed line with
 * the number of pages it changed on, most frequent first, so every difference can be named and explained.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { htmlFiles } from './site-files.mjs';

const [before, after] = process.argv.slice(2).map((dir) => resolve(dir));
if (!before || !after) {
  console.error('usage: node scripts/compare-builds.mjs <before-dir> <after-dir>');
  process.exit(2);
}

/**
 * A page's HTML with what a refactor may change without a reader noticing taken out, one tag per line.
 * @param {string} html
 */
function normalizePage(html) {
  return html
    .replace(/(\/_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css|svg|png|woff2?)/g, '$1.#.$2')
    .replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'\s*/g, '')
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<');
}

const work = mkdtempSync(join(tmpdir(), 'ipec-compare-'));
const sides = { before, after };
/** @type {Record<string, Set<string>>} */
const pages = Object.fromEntries(Object.entries(sides).map(([side, dir]) => [side, new Set(htmlFiles(dir))]));
for (const [side, dir] of Object.entries(sides)) {
  for (const file of pages[side]) {
    const out = join(work, side, file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, normalizePage(readFileSync(join(dir, file), 'utf8')));
  }
}
/** @type {(side: string, other: string) => string[]} */
const onlyIn = (side, other) => [...pages[side]].filter((file) => !pages[other].has(file)).sort();
for (const [side, other] of [
  ['before', 'after'],
  ['after', 'before'],
]) {
  const files = onlyIn(side, other);
  console.log(`pages only ${side}: ${files.length}${files.length ? `\n  ${files.join('\n  ')}` : ''}`);
}

const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '-U0', join(work, 'before'), join(work, 'after')], {
  encoding: 'utf8',
  maxBuffer: 1024 * 1024 * 1024,
});
/** Changed line ("-…" or "+…") → the pages it changed on. */
/** @type {Map<string, Set<string>>} */
const changes = new Map();
let page = '';
for (const line of diff.stdout.split('\n')) {
  if (line.startsWith('+++ ')) page = line.slice(line.indexOf('/after/') + '/after/'.length);
  else if (/^[-+](?![-+]{2} )/.test(line)) {
    const key = line.length > 300 ? `${line.slice(0, 300)}…` : line;
    changes.set(key, (changes.get(key) ?? new Set()).add(page));
  }
}
const changedPages = new Set([...changes.values()].flatMap((set) => [...set]));
console.log(
  `\npages that differ: ${changedPages.size} of ${pages.after.size}; distinct changed lines: ${changes.size}\n`,
);
for (const [line, on] of [...changes].sort((a, b) => b[1].size - a[1].size)) {
  const example = [...on][0];
  console.log(`${String(on.size).padStart(4)} page(s)  ${line}\n            e.g. ${example}`);
}
rmSync(work, { recursive: true, force: true });
