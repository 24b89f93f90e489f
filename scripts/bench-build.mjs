#!/usr/bin/env node
/**
 * Build benchmark. Machine noise makes it informative, not a test: nothing here fails on a figure.
 *
 * 1. Pages: this site's setup and a bare Starlight site, given the same generated MDX pages in the same
 *    sidebar group with the same Markdown settings (scripts/bare-starlight.mjs), built one after the
 *    other at each size; prints wall time, ms per built page, peak memory and the ratio of the two.
 * 2. Catalogue: this site with generated tool entries (valid through the real schemas and guard) added
 *    to content/tools; prints build time, time per entry, peak memory, the gzip HTML of /tools/, of a
 *    facet list page and of a tool page, the Pagefind index, and the bytes transferred (gzip, as a
 *    compressing server sends them) between typing a query and the first results, in the catalogue's
 *    filter and in Pagefind search (Chromium).
 *
 *   node scripts/bench-build.mjs                          pages 200,1000,2000; tools 1000,5000,10000
 *   node scripts/bench-build.mjs --sizes 200 --tools 1000 a quick run
 *   node scripts/bench-build.mjs --sizes '' --tools 10000 only the catalogue at 10,000 entries
 *   --real also builds the real site first
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, bareProject, buildProject, siteProject } from './bare-starlight.mjs';
import { serveStatic } from './static-server.mjs';
import { CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { gzipSize, htmlFiles } from './site-files.mjs';
import { listAllFiles } from '../src/core/content-files.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '200,1000,2000' },
    tools: { type: 'string', default: '1000,5000,10000' },
    real: { type: 'boolean', default: false },
  },
});
/** "200,1000" → [200, 1000], leaving out what is not a positive number. @param {string} text */
const list = (text) =>
  text
    .split(',')
    .map((s) => Number.parseInt(s.trim(), 10))
    .filter((n) => n > 0);

/** @param {string} dir */
const countHtml = (dir) => htmlFiles(dir).length;
/** @param {string} file */
const gzipOf = (file) => gzipSize(readFileSync(file));
/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1);
/**
 * One table row: the first cell left-aligned, the others right-aligned, each to its width.
 * @param {(string | number)[]} cells
 * @param {number[]} widths
 */
const pad = (cells, widths) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('');

/**
 * Builds the project in `dir` into `dir`/bench-dist, printing time and memory; stops the run on failure.
 * @param {string} label as printed
 * @param {string} dir
 */
function build(label, dir) {
  const outDir = join(dir, 'bench-dist');
  process.stdout.write(`building ${label}… `);
  const result = buildProject(dir, { outDir });
  if (result.status !== 0) {
    console.log('failed');
    console.error(result.output.slice(-3000));
    rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(
    `${result.seconds.toFixed(1)} s (CPU ${result.cpuSeconds.toFixed(1)} s), ${result.maxRssMb.toFixed(0)} MB`,
  );
  return {
    outDir,
    pages: countHtml(outDir),
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    maxRssMb: result.maxRssMb,
    output: result.output,
  };
}

function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

/* ---------- 1. pages ---------- */

/** @typedef {ReturnType<typeof build>} BuildResult */
/** @typedef {{ init(): Promise<void>, search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }> }} PagefindApi */
/**
 * The real site's own build, or one number of generated pages built both ways.
 * @type {((BuildResult & { label: string, size?: undefined, site?: undefined, bare?: undefined }) | { size: number, site: BuildResult, bare: BuildResult, label?: undefined })[]}
 */
const pageRows = [];
if (values.real) {
  const real = build('real site', ROOT);
  pageRows.push({ label: 'real site', ...real });
  rmSync(real.outDir, { recursive: true, force: true });
}
const pageSizes = list(values.sizes);
// Each project with no generated pages: what a build costs before the pages (start-up, the site's own
// pages), subtracted to give the cost of each generated page.
for (const size of pageSizes.length ? [0, ...pageSizes] : []) {
  /** @param {string} label @param {string} dir */
  const measure = (label, dir) => {
    const result = build(`${label} + ${size} pages`, dir);
    rmSync(dir, { recursive: true, force: true });
    return result;
  };
  const site = measure('IPEC+ setup', siteProject(size));
  pageRows.push({ size, site, bare: measure('bare Starlight', bareProject(size)) });
}

/**
 * The phases of one build and their wall seconds, read from the timestamps Astro prints on its log lines
 * (second resolution: for builds of minutes). A phase ends where the next one's first line appears.
 * @param {string} output the build's log
 * @returns {{ phase: string, seconds: number }[]}
 */
function buildPhases(output) {
  /** @type {[string, RegExp][]} */
  const MARKS = [
    ['config, content and types', /\[content\] Syncing content/],
    ['bundle (Vite)', /\[build\] Building static entrypoints/],
    ['render pages', /\[build\] Rearranging server assets/],
    ['Pagefind index', /\[starlight:pagefind\] Building search index/],
    ['sitemap and page check', /\[@astrojs\/sitemap\]/],
    ['offline sets and headers', /\[ipec-offline-reading\]/],
    ['end', /\[build\] Complete!/],
  ];
  /** @type {{ phase: string, at: number }[]} */
  const found = [];
  for (const line of output.split('\n')) {
    const time = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    const mark = MARKS.find(([phase, pattern]) => pattern.test(line) && !found.some((f) => f.phase === phase));
    if (!time || !mark) continue;
    let at = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]);
    const last = found.at(-1);
    if (last && at < last.at) at += 24 * 3600; // past midnight
    found.push({ phase: mark[0], at });
  }
  return found.slice(0, -1).map((f, i) => ({ phase: f.phase, seconds: found[i + 1].at - f.at }));
}

/* ---------- 2. catalogue ---------- */

/**
 * Gzip bytes fetched between `act` (typing a query) and `done` resolving, for URLs `matching`.
 * @param {import('playwright-core').Page} page
 * @param {(path: string) => boolean} matching which paths count
 * @param {() => Promise<unknown>} act
 * @param {() => Promise<unknown>} done
 * @returns {Promise<{ bytes: number, files: number }>}
 */
async function bytesDuring(page, matching, act, done) {
  /** @type {Promise<number>[]} */
  const sizes = [];
  /** @param {import('playwright-core').Response} response */
  const onResponse = (response) => {
    if (matching(new URL(response.url()).pathname))
      // The body's gzip size: the compressing test server streams its responses (no Content-Length), and
      // Chromium reports no body size for those (Playwright's responseBodySize came out negative).
      sizes.push(
        response.body().then(
          (body) => gzipSize(body),
          () => 0,
        ),
      );
  };
  page.on('response', onResponse);
  await act();
  await done();
  page.off('response', onResponse);
  const all = await Promise.all(sizes);
  return { bytes: all.reduce((a, b) => a + b, 0), files: all.length };
}

/**
 * What the catalogue filter and Pagefind fetch to show their first results, in Chromium (both undefined
 * when Chromium is missing).
 * @param {string} outDir the built site
 */
async function firstResultBytes(outDir) {
  if (!existsSync(CHROMIUM_PATH)) return { filter: undefined, search: undefined };
  const server = await serveStatic(outDir, { compress: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/tools/`);
    await page.waitForSelector('#tool-filters:not([hidden])');
    const filter = await bytesDuring(
      page,
      (path) => path.startsWith('/tools/data/'),
      () => page.locator('#tool-q').pressSequentially('recruitment', { delay: 20 }),
      () => page.waitForSelector('#tool-result-list .tool-entry', { timeout: 120_000 }),
    );
    // Pagefind through its own API, as the search page uses it: load and init first, then time a query.
    await page.evaluate(async () => {
      // A variable, not a literal: the module exists only in the built site the browser has open.
      const api = '/pagefind/pagefind.js';
      const pf = /** @type {PagefindApi} */ (await import(api));
      await pf.init();
      Object.assign(window, { pf });
    });
    const search = await bytesDuring(
      page,
      // The query's own files: index chunks, filters, result fragments. The engine (worker, WebAssembly,
      // entry, metadata) is fetched once per page, on the first query whatever it is, and is not the query's.
      (path) => /^\/pagefind\/(index|filter|fragment)\//.test(path),
      () =>
        page.evaluate(async () => {
          /** @type {PagefindApi} */
          const pf = Reflect.get(window, 'pf');
          const found = await pf.search('forced labour');
          await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        }),
      async () => {},
    );
    return { filter, search };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** @param {string} dir */
const dirBytes = (dir) => listAllFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);

const catalogueRows = [];
for (const tools of list(values.tools)) {
  const dir = siteProject(0, { tools });
  const result = build(`this site + ${tools} generated tools`, dir);
  const out = result.outDir;
  const toolPages = readdirSync(join(out, 'tools')).filter((name) => name.startsWith('gen-tool-'));
  const sample = toolPages.filter((_, i) => i % Math.max(1, Math.floor(toolPages.length / 25)) === 0);
  const toolGzip = sample.map((name) => gzipOf(join(out, 'tools', name, 'index.html'))).sort((a, b) => a - b);
  const bytes = await firstResultBytes(out);
  catalogueRows.push({
    tools,
    entries: readdirSync(join(dir, 'content/tools')).length,
    ...result,
    catalogue: gzipOf(join(out, 'tools/index.html')),
    facet: gzipOf(join(out, 'tools/audience/governments/index.html')),
    toolMedian: toolGzip[Math.floor(toolGzip.length / 2)],
    toolMax: toolGzip.at(-1) ?? NaN, // NaN when no tool page was sampled
    pagefind: dirBytes(join(out, 'pagefind')),
    pagefindFiles: listAllFiles(join(out, 'pagefind')).length,
    phases: buildPhases(result.output),
    ...bytes,
  });
  rmSync(dir, { recursive: true, force: true });
}

/* ---------- report ---------- */

if (pageRows.length) {
  const w = [10, 7, 9, 8, 9, 10, 9, 3, 6, 9, 8, 9, 10, 9, 3, 8];
  console.log('\nPages: same generated pages, same sidebar group, same Markdown settings');
  /** @param {string} name */
  const head = (name) => [name, 'wall s', 'CPU s', 'ms/page', 'ms/added', 'peak MB'];
  console.log(pad(['generated', ...head('IPEC+'), '|', ...head('bare'), '|', 'ratio'], w));
  const base = pageRows.find((r) => r.size === 0);
  if (!base?.site) throw new Error('the pages benchmark builds a project with no generated pages first');
  for (const r of pageRows) {
    if (!r.site) {
      console.log(
        `${r.label}: ${r.pages} pages, ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s), ${r.maxRssMb.toFixed(0)} MB`,
      );
      continue;
    }
    // Per-page costs in CPU time: wall time on a shared 2-core machine mostly measures the neighbours.
    /** @param {BuildResult} x */
    const ms = (x) => (x.cpuSeconds * 1000) / x.pages;
    /** @param {'site' | 'bare'} key */
    const added = (key) => ((r[key].cpuSeconds - base[key].cpuSeconds) * 1000) / r.size;
    /** @param {'site' | 'bare'} key */
    const cells = (key) => [
      r[key].pages,
      r[key].seconds.toFixed(1),
      r[key].cpuSeconds.toFixed(1),
      ms(r[key]).toFixed(1),
      r.size ? added(key).toFixed(1) : '–',
      r[key].maxRssMb.toFixed(0),
    ];
    const ratio = r.size ? `${(added('site') / added('bare')).toFixed(2)}×` : '–';
    console.log(pad([r.size, ...cells('site'), '|', ...cells('bare'), '|', ratio], w));
  }
  console.log(
    "ms/page: CPU time / pages built (IPEC+ also builds its own ~215 pages). ms/added: (CPU time − the same project's build\n" +
      'with no generated pages) / generated pages, the CPU cost of each added page. ratio: IPEC+ ms/added ÷ bare ms/added (target ≤ 1.3×).',
  );
}
if (catalogueRows.length) {
  const w = [7, 7, 8, 7, 10, 9, 12, 10, 11, 13, 10, 10];
  console.log(
    '\nCatalogue: generated tool entries added to this site (gzip KB; first results = transferred after typing)',
  );
  console.log(
    pad(
      [
        'tools',
        'pages',
        'wall s',
        'CPU s',
        'ms/entry',
        'peak MB',
        '/tools/ KB',
        'facet KB',
        'tool KB',
        'pagefind MB',
        'filter KB',
        'search KB',
      ],
      w,
    ),
  );
  for (const r of catalogueRows) {
    console.log(
      pad(
        [
          r.tools,
          r.pages,
          r.seconds.toFixed(1),
          r.cpuSeconds.toFixed(1),
          ((r.seconds * 1000) / r.tools).toFixed(1),
          r.maxRssMb.toFixed(0),
          kb(r.catalogue),
          kb(r.facet),
          `${kb(r.toolMedian)}/${kb(r.toolMax)}`,
          (r.pagefind / 1024 / 1024).toFixed(1),
          r.filter ? kb(r.filter.bytes) : 'n/a',
          r.search ? kb(r.search.bytes) : 'n/a',
        ],
        w,
      ),
    );
  }
  for (const r of catalogueRows) {
    const total = r.phases.reduce((sum, p) => sum + p.seconds, 0) || 1;
    const shares = r.phases.map((p) => `${p.phase} ${p.seconds} s (${Math.round((100 * p.seconds) / total)} %)`);
    console.log(`phases at ${r.tools} tools (wall, from the build's log): ${shares.join('; ')}`);
  }
  console.log(
    'tool KB: median/max over a sample of tool pages. filter: the catalogue filter typing "recruitment" until the first result shows;\n' +
      'search: Pagefind searching "forced labour": the index chunks, filters and first 5 results it fetches (not its engine). ms/entry: wall time / generated tools.\n' +
      'Targets at 10,000: build ≤ 300 s, ≤ 2048 MB; /tools/ ≤ 60 KB; tool page ≤ 10 KB; first results ≤ 150 KB.',
  );
}
console.log(
  `\nNode ${process.version}; load average at the end ${loadAverage()}; peak MB is the build's maximum resident set size.`,
);
