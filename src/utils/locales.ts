/**
 * The site's languages and the one home of locale-prefixed paths. English lives at the root ("/about/"),
 * French under /fr/ and Spanish under /es/ (each after the base path, which base.ts adds).
 *
 * Every docs page exists in every language (Starlight writes an English fallback page with a notice
 * where no translation exists), and so does every collection page, with the interface translated.
 * Single tool pages are the exception: a tool's entry is written in English only, so /tools/<id>/ has
 * no French or Spanish address (the catalogue /fr/tools/ links to the English pages).
 */

/** The site's languages, in the order the language picker lists them. */
export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in that language, for the picker, and its Intl locale for numbers. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', fr: 'Français', es: 'Español' };
export const NUMBER_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** Starlight's `locales` setting: English as the root locale, the others under their code. */
export const STARLIGHT_LOCALES = Object.fromEntries(
  LANGS.map((lang) => [lang === DEFAULT_LANG ? 'root' : lang, { label: LANGUAGE_NAMES[lang], lang }]),
) as Record<'root' | Exclude<Lang, typeof DEFAULT_LANG>, { label: string; lang: Lang }>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A language from Astro's `currentLocale` or a route's `locale` param (undefined at the root = English). */
export function langOf(locale: string | undefined): Lang {
  return isLang(locale) ? locale : DEFAULT_LANG;
}

/** The `locale` route param for a language: undefined for English (no prefix). */
function localeParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/**
 * A page's getStaticPaths entries in every language: each route once per language, with the
 * `[...locale]` param (undefined for English, at the root). Pages and components then read the
 * language from `Astro.currentLocale`.
 */
export function inEveryLang<R extends { params: Record<string, string | undefined> }>(
  routes: R[],
): (R & { params: R['params'] & { locale: string | undefined } })[] {
  return LANGS.flatMap((lang) =>
    routes.map((route) => ({ ...route, params: { ...route.params, locale: localeParam(lang) } })),
  );
}

/**
 * Splits a site path (without the base) into its language and the path in English:
 * "/fr/about/" → { lang: 'fr', path: '/about/' }; "/about/" → { lang: 'en', path: '/about/' }.
 */
export function splitLocale(path: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
  if (match && isLang(match[1]) && match[1] !== DEFAULT_LANG) return { lang: match[1], path: match[2] || '/' };
  return { lang: DEFAULT_LANG, path };
}

/** "/about/" in a language: "/fr/about/". Paths already carrying a language are re-localized. */
export function localizePath(path: string, lang: Lang): string {
  const { path: english } = splitLocale(path);
  return lang === DEFAULT_LANG ? english : `/${lang}${english}`;
}

/** Whether a page (path in English, without base) has an address in a language: single tool pages do not. */
export function existsInLang(path: string, lang: Lang): boolean {
  if (lang === DEFAULT_LANG) return true;
  const english = splitLocale(path).path;
  const parts = english.split('/').filter(Boolean);
  const isToolPage = parts[0] === 'tools' && parts.length === 2 && parts[1] !== 'page';
  return !isToolPage;
}

/**
 * Where the language picker goes for a page: the same page in that language, or the nearest page that
 * exists there. From a not-found page (served at any mistyped address) it goes to that language's home.
 */
export function pickerPath(path: string, lang: Lang): string {
  let english = splitLocale(path).path;
  if (/^\/404(\/|\.html)?$/.test(english)) english = '/';
  while (!existsInLang(english, lang)) english = english.replace(/[^/]+\/?$/, '');
  return localizePath(english || '/', lang);
}
