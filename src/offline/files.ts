/**
 * What "Save this site for offline use" keeps, per language (the names and messages the service worker
 * and the page script share are in offline-names.ts). Pure functions over paths in the build output
 * ("fr/about/index.html"), used by the build step (src/integrations/offline.ts).
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../core/locales';

/** Pagefind's files for one language's index: index, fragment and filter chunks, metadata, WebAssembly. */
const PAGEFIND_LANGUAGE_FILE =
  /^pagefind\/(?:(?:index|fragment|filter)\/([a-z]+)_[^/]+|pagefind\.([a-z]+)_[^/]+\.pf_meta|wasm\.([a-z]+)\.pagefind)$/;
/** Pagefind's scripts that neither Starlight's dialog nor the search page loads. */
const PAGEFIND_UNUSED = /^pagefind\/pagefind-(?:component-ui|modular-ui|highlight)\./;

/**
 * The languages whose offline set holds a built file (empty for files no page needs offline: data
 * downloads, sitemaps, the social image). Pages, the catalogue's data and a language's Pagefind index go
 * with their language; the hashed assets, the charts' SVG and Pagefind's scripts with every language.
 */
export function offlineLanguagesOf(file: string): Lang[] {
  if (file.startsWith('_astro/') || file === 'favicon.svg') return [...LANGS];
  if (file.startsWith('pagefind/')) {
    const match = PAGEFIND_LANGUAGE_FILE.exec(file);
    if (!match) return PAGEFIND_UNUSED.test(file) || file.split('/').length > 2 ? [] : [...LANGS];
    const lang = match[1] ?? match[2] ?? match[3];
    return LANGS.includes(lang as Lang) ? [lang as Lang] : [];
  }
  if (file.startsWith('data/') && !file.endsWith('/index.html')) return file.endsWith('.svg') ? [...LANGS] : [];
  const lang = LANGS.find((l) => l !== DEFAULT_LANG && file.startsWith(`${l}/`)) ?? DEFAULT_LANG;
  if (/^(?:[a-z]{2}\/)?tools\/data\/\d+\.json$/.test(file)) return [lang];
  return file.endsWith('index.html') ? [lang] : [];
}

/** The address a file is requested at: "fr/about/index.html" → "<base>fr/about/", other files as they are. */
export function offlineUrl(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'));
}
