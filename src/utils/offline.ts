/**
 * What "Save this site for offline use" keeps, per language (the names and messages the service worker
 * and the page script share are in offline-names.ts). Pure functions over paths in the build output
 * ("fr/about/index.html"), used by the build step (src/integrations/offline.ts).
 */
import { DEFAULT_LANG, existsInLang, LANGS, type Lang } from './locales';

/** Pagefind's files for one language's index: index, fragment and filter chunks, metadata, WebAssembly. */
const PAGEFIND_LANGUAGE_FILE =
  /^pagefind\/(?:(?:index|fragment|filter)\/([a-z]+)_[^/]+|pagefind\.([a-z]+)_[^/]+\.pf_meta|wasm\.([a-z]+)\.pagefind)$/;
/** Pagefind's scripts that neither Starlight's dialog nor the search page loads. */
const PAGEFIND_UNUSED = /^pagefind\/pagefind-(?:component-ui|modular-ui|highlight)\./;

/**
 * The languages whose offline set holds a built file (empty for files no page needs offline: data
 * downloads, sitemaps, the social image). Pages go with their language, except pages that exist only in
 * English (single tool pages, linked from every catalogue), which go with every language; so do the
 * hashed assets, the charts' SVG and Pagefind's scripts. A language's Pagefind index goes with it; the
 * French and Spanish sets also keep the English index, which their search page queries for the
 * English-only pages.
 */
export function offlineLanguagesOf(file: string): Lang[] {
  if (file.startsWith('_astro/') || file === 'favicon.svg') return [...LANGS];
  if (file.startsWith('pagefind/')) {
    const match = PAGEFIND_LANGUAGE_FILE.exec(file);
    if (!match) return PAGEFIND_UNUSED.test(file) || file.split('/').length > 2 ? [] : [...LANGS];
    const lang = match[1] ?? match[2] ?? match[3];
    if (lang === DEFAULT_LANG) return [...LANGS];
    return LANGS.includes(lang as Lang) ? [lang as Lang] : [];
  }
  if (file.startsWith('data/') && !file.endsWith('/index.html')) return file.endsWith('.svg') ? [...LANGS] : [];
  if (file.startsWith('tools/data/') && file.endsWith('.json')) return [...LANGS];
  if (!file.endsWith('index.html')) return [];
  const path = `/${file.slice(0, -'index.html'.length)}`;
  const lang = LANGS.find((l) => l !== DEFAULT_LANG && path.startsWith(`/${l}/`));
  if (lang) return [lang];
  return LANGS.every((l) => l === DEFAULT_LANG || !existsInLang(path, l)) ? [...LANGS] : [DEFAULT_LANG];
}

/** The address a file is requested at: "fr/about/index.html" → "<base>fr/about/", other files as they are. */
export function offlineUrl(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'));
}
