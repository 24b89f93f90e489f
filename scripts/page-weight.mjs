#!/usr/bin/env node
/**
 * Page weight: for one representative page of each page type, the gzip-compressed bytes of its HTML
 * and of the CSS, JavaScript (with static imports followed) and SVG files it loads on arrival.
 * Scripts loaded later (search, on opening the dialog) are not counted.
 *   node scripts/page-weight.mjs [--dir dist] [--base /] [--bare]
 * --bare also builds a bare Starlight site and prints its guidance page for comparison.
 * tests/site/page-weight.test.ts imports these functions and holds the budgets.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startTags } from '../src/core/html-tree.ts';
import { basePrefix } from '../src/core/base.ts';
import { gzipSize, pageTypes } from './site-files.mjs';
import { bareProject, buildProject } from './bare-starlight.mjs';

/** "page.cNngjUgL.js" → "page.js": a bundle's name without its content hash. @param {string} path */
export function bundleStem(path) {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[\w-]{5,12}(?=\.(js|css)$)/, '');
}

/** Gzip bytes of a page's HTML and of what it loads, by kind. @typedef {{ html: number, css: number, js: number, svg: number }} Weight */

/**
 * Static imports of a built ES module ("./x.js", "/_astro/x.js"), not dynamic import().
 * @param {string} code
 * @returns {string[]}
 */
function staticImports(code) {
  /** @type {string[]} */
  const found = [];
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g))
    found.push(spec);
  for (const [, spec] of code.matchAll(/export\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+\.js)["'`]/g)) found.push(spec);
  return found;
}

/**
 * @param {string} dir built site @param {string} file page file in it @param {string} base
 * @returns {{ html: number, chrome: ReturnType<typeof chromeWeight>, css: number, js: number, svg: number, jsFiles: string[] }}
 */
export function measurePage(dir, file, base = '/') {
  const prefix = `${basePrefix(base)}/`;
  const html = readFileSync(join(dir, file), 'utf8');
  const pageUrl = new URL(file, `http://site${prefix}`);
  /** @param {string} url @returns {string | undefined} the file in `dir` a same-site address points at */
  const toFile = (url) => {
    const { pathname, origin } = new URL(url, pageUrl);
    return origin === 'http://site' && pathname.startsWith(prefix)
      ? join(dir, decodeURIComponent(pathname.slice(prefix.length)))
      : undefined;
  };
  /** @type {Set<string>} */
  const css = new Set();
  /** @type {Set<string>} */
  const js = new Set();
  /** @type {Set<string>} */
  const svg = new Set();
  for (const { name, attributes } of startTags(html)) {
    if (name !== 'script' && name !== 'link' && name !== 'img') continue;
    const url = attributes.get('src') ?? attributes.get('href');
    const target = url && toFile(url);
    if (!target || !existsSync(target)) continue;
    const rel = attributes.get('rel');
    if (name === 'script' || rel === 'modulepreload') js.add(target);
    else if (rel === 'stylesheet' && attributes.get('media') !== 'print') css.add(target);
    else if (target.endsWith('.svg')) svg.add(target);
  }
  const queue = [...js];
  for (let script = queue.pop(); script !== undefined; script = queue.pop()) {
    for (const spec of staticImports(readFileSync(script, 'utf8'))) {
      const target = spec.startsWith('/') ? toFile(spec) : resolve(script, '..', spec);
      if (target && existsSync(target) && !js.has(target)) {
        js.add(target);
        queue.push(target);
      }
    }
  }
  /** @param {Set<string>} files */
  const total = (files) => [...files].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
  return {
    html: gzipSize(html),
    chrome: chromeWeight(html),
    css: total(css),
    js: total(js),
    svg: total(svg),
    jsFiles: [...js].map(bundleStem).sort(),
  };
}

/**
 * The parts of a Starlight page outside <main>: gzip bytes of everything but <main>…</main> ("chrome"),
 * and of each landmark alone (they do not add up: gzip shares repeats across a whole page).
 * Starlight's markup is regular, so the landmarks are found by their opening tags.
 * @param {string} html
 * @returns {{ outsideMain: number, head: number, header: number, sidebar: number, 'on this page': number }}
 */
export function chromeWeight(html) {
  /** @param {RegExp} open @param {string} close @returns {string} the element, or "" when it is missing */
  const cut = (open, close) => {
    const start = html.search(open);
    if (start < 0) return '';
    const end = html.indexOf(close, start);
    return end < 0 ? '' : html.slice(start, end + close.length);
  };
  const main = cut(/<main\b/, '</main>');
  const parts = {
    head: cut(/<head\b/, '</head>'),
    header: cut(/<header class="header\b/, '</header>'),
    sidebar: cut(/<nav class="sidebar\b/, '</nav>'),
    'on this page': cut(/<aside class="right-sidebar-container\b/, '</aside>'),
  };
  /** @param {string} text */
  const gz = (text) => (text ? gzipSize(text) : 0);
  return {
    outsideMain: gz(main ? html.replace(main, '') : html),
    head: gz(parts.head),
    header: gz(parts.header),
    sidebar: gz(parts.sidebar),
    'on this page': gz(parts['on this page']),
  };
}

/** The stem of the script every page loads to offer offline reading (src/components/OfflineControl.astro). */
export const OFFLINE_SCRIPT = 'OfflineControl.astro_astro_type_script_index_0_lang.js';

/**
 * The offline script in a built site: gzip bytes of it and of the chunks it imports, and their stems.
 * @param {string} dir built site
 * @returns {{ gzip: number, files: string[] }}
 */
export function offlineScriptWeight(dir) {
  const name = readdirSync(join(dir, '_astro')).find((file) => bundleStem(file) === OFFLINE_SCRIPT);
  if (!name) return { gzip: 0, files: [] };
  const script = join(dir, '_astro', name);
  const imported = staticImports(readFileSync(script, 'utf8')).map((spec) => resolve(script, '..', spec));
  const files = [script, ...imported.filter((file) => existsSync(file))];
  return { gzip: files.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0), files: files.map(bundleStem) };
}

/** @param {string} dir @param {string} base @returns {Record<string, ReturnType<typeof measurePage>>} */
export function measureSite(dir, base = '/') {
  return Object.fromEntries(Object.entries(pageTypes(dir)).map(([type, file]) => [type, measurePage(dir, file, base)]));
}

/** A bare Starlight site's guidance page (a generated MDX page), built in a temporary project. */
export function measureBareStarlight() {
  const dir = bareProject(1);
  try {
    const build = buildProject(dir);
    if (build.status !== 0) throw new Error(`bare Starlight build failed:\n${build.output.slice(-2000)}`);
    return measurePage(join(dir, 'dist'), 'guide/index.html', '/');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

/**
 * @param {Record<string, Weight>} rows by page type
 * @returns {string}
 */
export function formatTable(rows) {
  const lines = ['page type      HTML KB  CSS KB   JS KB  SVG KB  total KB  (gzip)'];
  for (const [type, m] of Object.entries(rows)) {
    lines.push(
      `${type.padEnd(14)}${kb(m.html)} ${kb(m.css)} ${kb(m.js)} ${kb(m.svg)}  ${kb(m.html + m.css + m.js + m.svg)}`,
    );
  }
  return lines.join('\n');
}

/**
 * HTML outside <main> (gzip KB), per page type, with each landmark's own size.
 * @param {Record<string, { chrome: ReturnType<typeof chromeWeight> }>} rows by page type
 * @returns {string}
 */
export function formatChromeTable(rows) {
  /** @type {(keyof ReturnType<typeof chromeWeight>)[]} */
  const names = ['outsideMain', 'head', 'header', 'sidebar', 'on this page'];
  const lines = [
    'HTML outside <main>, gzip KB: all of it, then each part alone',
    `page type     ${names.map((n) => (n === 'outsideMain' ? 'outside' : n).padStart(13)).join('')}`,
  ];
  for (const [type, m] of Object.entries(rows))
    lines.push(`${type.padEnd(14)}${names.map((n) => kb(m.chrome[n]).padStart(13)).join('')}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      bare: { type: 'boolean', default: false },
    },
  });
  const rows = measureSite(resolve(values.dir), values.base);
  if (values.bare) rows['bare Starlight'] = measureBareStarlight();
  console.log(formatTable(rows));
  console.log(`\n${formatChromeTable(rows)}`);
  if (rows['bare Starlight'] && rows.guidance) {
    const extra = rows.guidance.chrome.outsideMain - rows['bare Starlight'].chrome.outsideMain;
    console.log(`guidance page chrome: ${(extra / 1024).toFixed(1)} KB more than bare Starlight's (target ≤ 3 KB)`);
  }
  console.log('');
  for (const [type, m] of Object.entries(rows)) console.log(`${type}: ${m.jsFiles.join(', ') || 'no JavaScript'}`);
  const offline = offlineScriptWeight(resolve(values.dir));
  if (offline.gzip)
    console.log(`\noffline reading script, on every page: ${offline.gzip} B gzip (${offline.files.join(', ')})`);
}

/**
 * Page types whose gzip bytes exceed their budget, as readable lines (empty when all fit).
 * @param {Record<string, Weight>} site
 * @param {Record<string, Partial<Weight>>} budgets
 * @returns {string[]}
 */
export function overBudget(site, budgets) {
  /** @type {string[]} */
  const over = [];
  for (const [type, weight] of Object.entries(site)) {
    const budget = budgets[type] ?? {};
    for (const kind of /** @type {(keyof Weight)[]} */ (Object.keys(budget))) {
      const limit = budget[kind];
      if (limit === undefined) continue;
      if (weight[kind] > limit) over.push(`${type} ${kind}: ${weight[kind]} B > budget ${limit} B`);
    }
  }
  return over;
}

/**
 * JavaScript that text pages load beyond a bare Starlight page: files it does not load (other than
 * `allowedChunks`), or more than `slack` bytes in total.
 * @param {Record<string, {js:number, jsFiles:string[]}>} site
 * @param {{js:number, jsFiles:string[]}} bare
 * @param {string[]} textPages
 * @param {{allowedChunks?: string[], slack?: number}} [options]
 */
export function extraJavaScript(site, bare, textPages, { allowedChunks = [], slack = 512 } = {}) {
  const extra = [];
  for (const type of textPages.filter((t) => site[t])) {
    for (const file of site[type].jsFiles) {
      if (!bare.jsFiles.includes(file) && !allowedChunks.includes(file)) extra.push(`${type}: ${file}`);
    }
    if (site[type].js > bare.js + slack)
      extra.push(`${type}: ${site[type].js} B of JS > bare Starlight's ${bare.js} B`);
  }
  return extra;
}

/**
 * Text pages whose HTML outside <main> (head, header, sidebar, table of contents) weighs more than a
 * bare Starlight page's plus `slack` gzip bytes, as readable lines (empty when all fit).
 * @param {Record<string, {chrome: {outsideMain: number}}>} site
 * @param {{chrome: {outsideMain: number}}} bare
 * @param {string[]} textPages
 * @param {number} slack
 */
export function extraChrome(site, bare, textPages, slack) {
  return textPages
    .filter((type) => site[type] && site[type].chrome.outsideMain > bare.chrome.outsideMain + slack)
    .map(
      (type) =>
        `${type}: ${site[type].chrome.outsideMain} B outside <main> > bare Starlight's ${bare.chrome.outsideMain} B + ${slack} B`,
    );
}
