/**
 * Translating the site's own interface strings (Starlight translates its own). The strings live in one
 * file per language, content/i18n/<lang>.json, under keys starting with "site."; Starlight reads the
 * same files for its keys. The syntax is Starlight's (i18next): `{{name}}` inserts a value, and a key
 * with a `count` has plural forms `<key>_one`, `<key>_other` (and `_many` where the language has it),
 * chosen by the language's plural rules. `<0>…</0>` marks a part of a sentence that a component wraps,
 * for example in a link (see `richParts`).
 */
import { NUMBER_LOCALES, type Lang } from '../core/locales';
import type { Vocabulary } from '../schemas/vocab';
import { formatNumber as formatInLocale, interpolate, type Vars } from './interpolate';

export type Dictionary = Readonly<Record<string, string>>;

/** A translation function for one language: `t('site.notes.heading')`, `t('site.tools.count', { count: 3 })`. */
export interface Translate {
  (key: string, vars?: Vars): string;
  readonly lang: Lang;
}

/** Keys the site owns; the others in the files are Starlight's. */
export const SITE_KEY_PREFIX = 'site.';

/** The plural suffixes a language's rules can choose. */
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;

/** A key without its plural suffix ("site.x_one" → "site.x"). */
export function baseKey(key: string): string {
  const suffix = PLURAL_SUFFIXES.find((s) => key.endsWith(s));
  return suffix ? key.slice(0, -suffix.length) : key;
}

/**
 * A number written a language's way, for code that holds a language rather than an Intl locale
 * (components, charts): the one formatting of src/i18n/interpolate.ts in the language's locale.
 */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return formatInLocale(value, NUMBER_LOCALES[lang], options);
}

/**
 * A translation function over a language's dictionary. A key missing from it is an error naming the
 * file to fix: the content guard checks that every language has every key, so this only fires for a
 * key the code uses but no file defines.
 *
 * Why not Starlight's `Astro.locals.t` (i18next over these same files, @astrojs/starlight's
 * utils/createTranslationSystem.js): with it, the pages would read differently. i18next writes a number
 * as `String(n)` ("1500 cochés", not "1 500 cochés") and HTML-escapes values that Astro escapes again
 * (d'Ivoire → d&amp;#39;Ivoire); a per-call `replace` and `escapeValue: false` fix those two. It does not
 * fail on a missing key but prints the key, and falls back to English, never to the language's own
 * `_other`: 1 000 000 is a `many` count in French and Spanish, whose files have no `_many` forms, so
 * it writes "(1000000 checked)" on a French page. An adapter that fixes this picks plural forms itself,
 * which is this function again. And `locals.t` exists only while a page renders, not for
 * astro.config.mjs, the vocabulary's English labels or the chart files.
 */
export function translator(dictionary: Dictionary, lang: Lang): Translate {
  const rules = new Intl.PluralRules(NUMBER_LOCALES[lang]);
  const lookup = (key: string, vars?: Vars): string => {
    const count = vars?.count;
    if (typeof count === 'number') {
      const form = dictionary[`${key}_${rules.select(count)}`] ?? dictionary[`${key}_other`];
      if (form !== undefined) return form;
    }
    const text = dictionary[key];
    if (text === undefined) throw new Error(`content/i18n/${lang}.json has no string "${key}"`);
    return text;
  };
  const t = (key: string, vars: Vars = {}): string =>
    interpolate(lookup(key, vars), vars, NUMBER_LOCALES[lang], (name) => {
      throw new Error(`content/i18n/${lang}.json: "${key}" needs a value for {{${name}}}`);
    });
  return Object.assign(t, { lang });
}

/** A piece of a translated sentence: plain text, or text a component wraps (`<0>…</0>` → index 0). */
export type RichPart = { text: string; index?: number };

/** "See the <0>list of sources</0>." → [{ text: 'See the ' }, { text: 'list of sources', index: 0 }, { text: '.' }]. */
export function richParts(text: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  for (const m of text.matchAll(/<(\d)>(.*?)<\/\1>/g)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[2]!, index: Number(m[1]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * A vocabulary value's label in the translator's language, from its key `site.vocab.<vocabulary>.<value>`:
 * vocabLabel(t, 'topic', 'child-labour') → "Travail des enfants".
 */
export function vocabLabel(t: Translate, vocabulary: Vocabulary, value: string): string {
  return t(`site.vocab.${vocabulary}.${value}`);
}
