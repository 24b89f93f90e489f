/**
 * The site's languages and the one home of locale-prefixed paths. English lives at the root ("/about/"),
 * French under /fr/ and Spanish under /es/ (each after the base path, which base.ts adds).
 *
 * Every page exists in every language: docs pages by their translations (the content guard fails a
 * build where one is missing and not marked pending), collection pages from the entries' translations.
 */

/** The site's languages, in the order the language picker lists them. */
export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];
// Typed as 'en', not Lang, so Exclude<Lang, typeof DEFAULT_LANG> is the translated languages (src/schemas/translations.ts).
export const DEFAULT_LANG = 'en' satisfies Lang;

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
  return inEachLang(() => routes);
}

/** Like `inEveryLang`, for routes whose props differ by language (lists sorted by translated titles). */
export function inEachLang<R extends { params: Record<string, string | undefined> }>(
  routesIn: (lang: Lang) => R[],
): (R & { params: R['params'] & { locale: string | undefined } })[] {
  return LANGS.flatMap((lang) =>
    routesIn(lang).map((route) => ({ ...route, params: { ...route.params, locale: localeParam(lang) } })),
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

/**
 * Where the language picker goes for a page: the same page in that language. From a not-found page
 * (served at any mistyped address) it goes to that language's home.
 */
export function pickerPath(path: string, lang: Lang): string {
  const english = splitLocale(path).path;
  return localizePath(/^\/404(\/|\.html)?$/.test(english) ? '/' : english, lang);
}
