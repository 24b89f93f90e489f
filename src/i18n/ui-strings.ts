/**
 * The interface strings of each language, read from content/i18n/<lang>.json (the files Starlight reads
 * for its own strings), as translation functions for components and pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_FILES } from '../core/content-files';
import { translator, type Dictionary, type Translate } from './translate';
import { LANGS, langOf, type Lang } from '../core/locales';
import { typeset } from './typography';

/**
 * Each language's translator, made from its file once: a build renders thousands of components. In
 * `astro dev` the i18n loader (src/loaders/i18n-files.ts), which watches content/i18n/, empties it with
 * `forgetDictionaries` when a file changes.
 */
const translators = new Map<Lang, Translate>();

const dictionaryPath = (lang: Lang, root: string) =>
  join(root, 'content', COLLECTION_FILES.i18n.folder, `${lang}.json`);

/** The dictionary of one language, from its file, with the language's typography (src/i18n/typography.ts). */
export function readDictionary(lang: Lang, root = process.cwd()): Dictionary {
  const written = JSON.parse(readFileSync(dictionaryPath(lang, root), 'utf8')) as Dictionary;
  return Object.fromEntries(Object.entries(written).map(([key, text]) => [key, typeset(text, lang)]));
}

/** `uiStrings(Astro.currentLocale)`: the translation function for a page's language. */
export function uiStrings(locale: string | undefined): Translate {
  const lang = langOf(locale);
  const known = translators.get(lang);
  if (known) return known;
  const t = translator(readDictionary(lang), lang);
  translators.set(lang, t);
  return t;
}

/** Makes the next `uiStrings` call of each language read its file again (it changed). */
export function forgetDictionaries(): void {
  translators.clear();
}

/** One interface string in every language, as Starlight's multilingual settings take it: { en: …, fr: …, es: … }. */
export function inEveryLanguage(key: string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, uiStrings(lang)(key)])) as Record<Lang, string>;
}
