/**
 * The interface strings of each language, read from content/i18n/<lang>.json (the files Starlight reads
 * for its own strings), as translation functions for components and pages.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_FILES } from '../core/content-files';
import { translator, type Dictionary, type Translate } from './translate';
import { LANGS, langOf, type Lang } from '../core/locales';
import { typeset } from './typography';

/** Read once per change of the file (a build renders thousands of components; `astro dev` sees edits). */
const cache = new Map<Lang, { modified: number; t: Translate }>();

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
  const modified = statSync(dictionaryPath(lang, process.cwd())).mtimeMs;
  const cached = cache.get(lang);
  if (cached?.modified === modified) return cached.t;
  const t = translator(readDictionary(lang), lang);
  cache.set(lang, { modified, t });
  return t;
}

/** One interface string in every language, as Starlight's multilingual settings take it: { en: …, fr: …, es: … }. */
export function inEveryLanguage(key: string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, uiStrings(lang)(key)])) as Record<Lang, string>;
}
