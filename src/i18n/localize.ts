/**
 * Content in a reader's language: every object carrying `translations` (src/schemas/translations.ts)
 * gets the fields translated into `lang` in place of the English ones; what is not translated stays
 * English. Works through nested objects and lists, so one call localizes a whole entry.
 */
import { DEFAULT_LANG, type Lang } from '../core/locales';
import { typeset } from './typography';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

export function localize<T>(data: T, lang: Lang): T {
  if (Array.isArray(data)) return data.map((item: unknown) => localize(item, lang)) as T;
  if (!isPlainObject(data)) return data;
  const { translations, ...fields } = data;
  const own = lang === DEFAULT_LANG || !isPlainObject(translations) ? undefined : translations[lang];
  const merged: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) merged[key] = localize(value, lang);
  if (isPlainObject(own))
    for (const [key, value] of Object.entries(own)) if (value !== undefined) merged[key] = typesetText(value, lang);
  return merged as T;
}

/** Translated text (a string, or the strings in a list or a record of them) with its language's typography. */
function typesetText(value: unknown, lang: Lang): unknown {
  if (typeof value === 'string') return typeset(value, lang);
  if (Array.isArray(value)) return value.map((item) => typesetText(item, lang));
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetText(item, lang)]));
  return value;
}

/** Whether an entry has any text translated into `lang` (pages without it carry the untranslated notice). */
export function isTranslated(data: unknown, lang: Lang): boolean {
  if (lang === DEFAULT_LANG) return true;
  return isPlainObject(data) && isPlainObject(data.translations) && isPlainObject(data.translations[lang]);
}

/**
 * The language a field of an entry is shown in on a page in `lang`: `lang` when the entry translates that
 * field, English otherwise. Pass the entry as written (before `localize`).
 */
export function fieldLang(data: unknown, field: string, lang: Lang): Lang {
  if (lang === DEFAULT_LANG || !isPlainObject(data) || !isPlainObject(data.translations)) return DEFAULT_LANG;
  const own = data.translations[lang];
  return isPlainObject(own) && own[field] !== undefined ? lang : DEFAULT_LANG;
}

/**
 * The `lang` attribute for text written in `textLang` on a page in `pageLang`: English text on a French
 * page is marked lang="en" so screen readers pronounce it as English (WCAG 3.1.2); none when they agree.
 */
export function langAttribute(textLang: Lang, pageLang: Lang): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}
