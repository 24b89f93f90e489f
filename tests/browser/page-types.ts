/**
 * One representative page of each page type, picked from a build by its URL layout, so the gates
 * keep working as content is added: types whose pages are not built (yet) are left out.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './crawl.ts';

export type PageType = 'home' | 'guidance' | 'tool' | 'convention' | 'map' | 'search' | 'not-found';

/** Folders built from collections or special routes; every other folder holds guidance pages. */
const NON_GUIDANCE = new Set(['tools', 'conventions', 'countries', 'priorities', 'data', 'search', 'pagefind', '_astro']);

/** Built file (relative to the output folder) of each page type present in `dir`. */
export function pageTypes(dir: string): Partial<Record<PageType, string>> {
  const files = htmlFiles(dir);
  const firstIn = (folder: string) => files.find((f) => f.startsWith(`${folder}/`) && f.split('/').length === 3);
  const found: Partial<Record<PageType, string>> = {
    home: 'index.html',
    guidance:
      files.find((f) => f.split('/').length === 3 && !NON_GUIDANCE.has(f.split('/')[0])) ??
      files.find((f) => f.split('/').length === 2 && !NON_GUIDANCE.has(f.split('/')[0])),
    tool: firstIn('tools'),
    convention: firstIn('conventions'),
    map: 'data/index.html',
    search: 'search/index.html',
    'not-found': '404.html',
  };
  return Object.fromEntries(Object.entries(found).filter(([, file]) => file && existsSync(join(dir, file))));
}
