#!/usr/bin/env node
/**
 * After a build: how much each page with maps adds. For every page with a map or chart it prints the
 * JavaScript (gzip) the page loads beyond a page without maps, and the gzip size of each map SVG.
 * Exits non-zero when a page's extra JS is over 15 KB, an SVG is over 80 KB, or all the page's inline
 * SVG together is over 25 KB (gzip).
 * Usage: node scripts/map-sizes.mjs [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHtmlEntities } from '../src/core/html-tree.ts';
import { gzipSize, htmlFiles } from './site-files.mjs';

/** Extra JS per page, one SVG, and all the inline SVG of one page together (gzip bytes). */
export const BUDGET = { jsGzip: 15 * 1024, svgGzip: 80 * 1024, pageSvgGzip: 25 * 1024 };

/**
 * A script a page loads: `key` tells two apart (the file's address, or the text of an inline one).
 * @typedef {{ key: string, name: string, text: string }} PageScript
 */
/**
 * Reads a built asset by the address a page gives it; undefined when it is not one of the site's files.
 * @typedef {(src: string) => string | undefined} ReadAsset
 */

/**
 * Inline module scripts and script files a page loads, as { key, text } (files read through `readAsset`).
 * @param {string} html
 * @param {ReadAsset} readAsset
 * @returns {PageScript[]}
 */
export function pageScripts(html, readAsset) {
  /** @type {PageScript[]} */
  const scripts = [];
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attrs.match(/\ssrc="([^"]+)"/)?.[1];
    if (src) scripts.push(...withImports(src, readAsset));
    else if (/type="module"/.test(attrs)) scripts.push({ key: `inline:${body}`, name: 'inline module', text: body });
  }
  return scripts;
}

/**
 * A script file and the files it imports statically, once each.
 * @param {string} src the file's address
 * @param {ReadAsset} readAsset
 * @param {Set<string>} [seen] addresses already counted
 * @returns {PageScript[]}
 */
function withImports(src, readAsset, seen = new Set()) {
  if (seen.has(src)) return [];
  seen.add(src);
  const text = readAsset(src);
  if (text === undefined) return [];
  const imports = [...text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map(
    (m) => new URL(m[1], `http://x${src}`).pathname,
  );
  return [{ key: src, name: src, text }, ...imports.flatMap((i) => withImports(i, readAsset, seen))];
}

/**
 * Each map or chart SVG on a page, by its accessible name (or data-name for shared outlines).
 * @param {string} html
 * @returns {{ name: string, gzip: number }[]}
 */
export function pageSvgs(html) {
  /** @type {{ name: string, gzip: number }[]} */
  const svgs = [];
  // Map panels, charts, and the shared outlines that a map's panels reuse with <use>.
  for (const m of html.matchAll(
    /<svg class="ipec-(?:map-svg|chart-svg|map-defs)"[^>]*(?:aria-label|data-name)="([^"]*)"[\s\S]*?<\/svg>/g,
  )) {
    svgs.push({ name: decodeHtmlEntities(m[1]), gzip: gzipSize(m[0]) });
  }
  return svgs;
}

/**
 * What a page with maps adds over the pages without maps (every script any of them loads counts as
 * the site's own), and whether it fits the budget.
 * @param {string} html the page
 * @param {string[]} baselinePages the HTML of the pages without maps
 * @param {ReadAsset} readAsset
 */
export function measurePage(html, baselinePages, readAsset) {
  const baseline = new Set(baselinePages.flatMap((b) => pageScripts(b, readAsset).map((s) => s.key)));
  const extra = [...new Map(pageScripts(html, readAsset).map((s) => [s.key, s])).values()].filter(
    (s) => !baseline.has(s.key),
  );
  const jsGzip = extra.reduce((sum, s) => sum + gzipSize(s.text), 0);
  const svgs = pageSvgs(html);
  const svgGzip = svgs.reduce((sum, s) => sum + s.gzip, 0);
  const problems = [
    ...(jsGzip > BUDGET.jsGzip ? [`extra JS ${kb(jsGzip)} is over ${kb(BUDGET.jsGzip)}`] : []),
    ...svgs
      .filter((s) => s.gzip > BUDGET.svgGzip)
      .map((s) => `SVG "${s.name}" ${kb(s.gzip)} is over ${kb(BUDGET.svgGzip)}`),
    ...(svgGzip > BUDGET.pageSvgGzip ? [`inline SVG ${kb(svgGzip)} in all is over ${kb(BUDGET.pageSvgGzip)}`] : []),
  ];
  return { jsGzip, extraScripts: extra.map((s) => s.name), svgs, svgGzip, problems };
}

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  const dist = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${dist} has no index.html: build the site first.`);
    process.exit(2);
  }
  // Asset paths in pages start with the base path; strip it by matching from /_astro/ on.
  /** @type {ReadAsset} */
  const readAsset = (src) => {
    const path = join(dist, src.slice(src.indexOf('/_astro/')));
    return src.includes('/_astro/') && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  const pages = htmlFiles(dist)
    .map((name) => join(dist, name))
    .map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const withMaps = pages.filter((p) => p.html.includes('data-ipec-map'));
  const baseline = pages.filter((p) => !p.html.includes('data-ipec-map')).map((p) => p.html);
  let failed = false;
  for (const page of withMaps) {
    const r = measurePage(page.html, baseline, readAsset);
    console.log(
      `\n${relative(dist, dirname(page.file)) || '/'}: extra JS ${kb(r.jsGzip)} gzip (budget ${kb(BUDGET.jsGzip)})`,
    );
    console.log('  SVG (gzip)  map or chart');
    for (const s of r.svgs) console.log(`  ${kb(s.gzip).padStart(9)}  ${s.name}`);
    console.log(`  ${kb(r.svgGzip).padStart(9)}  in all (budget ${kb(BUDGET.pageSvgGzip)})`);
    for (const p of r.problems) console.log(`  OVER BUDGET: ${p}`);
    failed ||= r.problems.length > 0;
  }
  if (withMaps.length === 0) console.log('No page with maps found.');
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
