/**
 * Reading a built site: its HTML files, the URL each is served at, and one representative page of
 * each page type, and how big a file is sent. Shared by the built-site and browser tests (tests/site/, tests/browser/) and the measuring scripts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listAllFiles } from '../src/core/content-files.ts';
import { basePrefix } from '../src/core/base.ts';

/** @param {string} dir @returns {string[]} HTML files relative to dir, "/"-separated, sorted. */
export function htmlFiles(dir) {
  return listAllFiles(dir).filter((file) => file.endsWith('.html'));
}

/** Bytes sent for a text or file content compressed with gzip at its highest level, as every size budget counts them. @param {string | Buffer} data */
export const gzipSize = (data) => gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).length;

/** "about/index.html" → "/ipec-plus/about/"; "404.html" → "/ipec-plus/404.html". @param {string} file @param {string} base */
export function pageUrl(file, base) {
  const prefix = `${basePrefix(base)}/`;
  return (
    prefix + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file)
  );
}

/** Folders built from collections or special routes; every other folder holds guidance pages. */
const NON_GUIDANCE = new Set([
  'tools',
  'conventions',
  'countries',
  'priorities',
  'data',
  'search',
  'handbook',
  'pagefind',
  '_astro',
]);

/**
 * Built file of each page type present in `dir` (home, guidance, tool, catalogue, tool-list, convention,
 * map (a chart page), data-index, search, handbook, not-found). Types whose pages are not built are left out, so
 * callers keep working as content grows.
 * @param {string} dir @returns {Record<string, string>}
 */
export function pageTypes(dir) {
  const files = htmlFiles(dir);
  const depth = (f) => f.split('/').length;
  const guidanceFolder = (f) => !NON_GUIDANCE.has(f.split('/')[0]);
  const firstIn = (folder) => files.find((f) => f.startsWith(`${folder}/`) && depth(f) === 3);
  const found = {
    home: 'index.html',
    guidance:
      files.find((f) => depth(f) === 3 && guidanceFolder(f)) ?? files.find((f) => depth(f) === 2 && guidanceFolder(f)),
    tool: firstIn('tools'),
    catalogue: 'tools/index.html',
    // A static facet list (/tools/audience/<id>/): a page of the catalogue without JavaScript.
    'tool-list': files.find((f) => f.startsWith('tools/audience/') && depth(f) === 4),
    convention: firstIn('conventions'),
    // A chart page (one chart per page under /data/), and the index of chart cards.
    map: files.find((f) => /^data\/[^/]+\/index\.html$/.test(f)),
    'data-index': 'data/index.html',
    search: 'search/index.html',
    // Every guidance page on one page, for print (issue 27).
    handbook: 'handbook/index.html',
    'not-found': '404.html',
  };
  return Object.fromEntries(Object.entries(found).filter(([, file]) => file && existsSync(join(dir, file))));
}
