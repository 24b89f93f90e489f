/**
 * Which pages a slow per-page check (axe in two themes) visits: every English guidance page and chart page
 * (each chart kind lays its page out differently), and one page of every other template in every language. A template is what shapes a page's markup: a guidance page
 * from content/docs (translated, or shown in English with Starlight's notice), the home page, or a page
 * of a collection route, told apart by its first folder and depth (/conventions/c138/ and
 * /conventions/c29/ share one; /tools/ and /tools/audience/employers/ do not). New pages join a template
 * without any list to keep up.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageUrl } from '../../scripts/site-files.mjs';
import { DEFAULT_LANG, splitLocale, type Lang } from '../../src/core/locales.ts';

/** Whether content/docs (or its `lang` folder) holds the page at `path` ("/about/history/"). */
function isDocsPage(docsDir: string, path: string, lang?: Lang): boolean {
  const stem = join(docsDir, lang && lang !== DEFAULT_LANG ? lang : '', path.replace(/\/$/, ''));
  return ['.mdx', '.md', '/index.mdx', '/index.md'].some((ending) => existsSync(stem + ending));
}

/** A built page's language and template ("docs", "docs-translated", "home", "tools/2"…). */
function pageTemplate(file: string, docsDir: string): { lang: Lang; template: string } {
  const { lang, path } = splitLocale(pageUrl(file, '/'));
  if (path === '/') return { lang, template: 'home' };
  if (isDocsPage(docsDir, path)) {
    return { lang, template: isDocsPage(docsDir, path, lang) && lang !== DEFAULT_LANG ? 'docs-translated' : 'docs' };
  }
  const parts = path.split('/').filter(Boolean);
  return { lang, template: `${parts[0]}/${parts.length}` };
}

/** Templates whose English pages are all visited: guidance pages, and chart pages (one chart per page). */
const EVERY_ENGLISH_PAGE = new Set(['docs', 'data/2']);
/**
 * Templates visited in English only: the printable handbook reprints every guidance page (each visited on
 * its own above) in one very long page, the same markup in every language, and axe takes many seconds on it.
 */
const ENGLISH_ONLY = new Set(['handbook/1']);

/**
 * The pages whose markup can differ from their template's: every English page and every guidance page
 * (written in MDX, in any language); of the French and Spanish pages built from collections, which are
 * their English page's markup with translated text, one per template (samplePages).
 */
export function markupPages(files: readonly string[], docsDir: string): string[] {
  const sampled = new Set(samplePages(files, docsDir));
  return files.filter((file) => {
    const { lang, template } = pageTemplate(file, docsDir);
    return lang === DEFAULT_LANG || template.startsWith('docs') || template === 'home' || sampled.has(file);
  });
}

/** Every English guidance and chart page, and the first page (in file order) of each language's other templates. */
export function samplePages(files: readonly string[], docsDir: string): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const { lang, template } = pageTemplate(file, docsDir);
    if (lang === DEFAULT_LANG && EVERY_ENGLISH_PAGE.has(template)) return true;
    if (lang !== DEFAULT_LANG && ENGLISH_ONLY.has(template)) return false;
    const key = `${lang} ${template}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
