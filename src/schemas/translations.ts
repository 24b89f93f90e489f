import { z } from 'astro/zod';
import { DEFAULT_LANG, LANGS, type Lang } from '../core/locales';
import { text } from './messages';

/**
 * French and Spanish text written beside the English it translates. Any object whose text a reader
 * sees may carry `translations: { fr: {...}, es: {...} }` with the same field names: a field left out
 * falls back to English. Only text is translated, never a value, id or date, so a figure stays written
 * once. A list of paragraphs is translated item for item (same length), and `{placeholders}` (figure
 * ids, computed counts) must be the same in every language, so no number is lost or added in translation.
 */

/** The languages content is translated into. */
export const TRANSLATED_LANGS = LANGS.filter((lang) => lang !== DEFAULT_LANG) as Exclude<Lang, typeof DEFAULT_LANG>[];

type Shape = Record<string, z.ZodType>;

/** A field as its translation is written: optional, without the English field's default. */
function translationField(field: z.ZodType): z.ZodType {
  const inner = field instanceof z.ZodDefault || field instanceof z.ZodOptional ? field.unwrap() : field;
  return (inner as z.ZodType).optional();
}

const PLACEHOLDERS = /\{[\w-]+\}/g;
const placeholderSet = (text: string) => [...new Set(text.match(PLACEHOLDERS) ?? [])].sort().join(' ');

/** Adds issues for translated lists of another length and translated text with other placeholders. */
function checkAgainstEnglish(english: unknown, translated: unknown, path: (string | number)[], ctx: z.RefinementCtx) {
  if (Array.isArray(english) && Array.isArray(translated)) {
    if (english.length !== translated.length) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `must list ${english.length} item(s), one for each English item, in the same order (it has ${translated.length})`,
      });
      return;
    }
    english.forEach((item, i) => checkAgainstEnglish(item, translated[i], [...path, i], ctx));
  } else if (typeof english === 'string' && typeof translated === 'string') {
    const want = placeholderSet(english);
    const got = placeholderSet(translated);
    if (want !== got) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `must keep the placeholders of the English text (${want || 'none'}), not ${got || 'none'}`,
      });
    }
  }
}

/**
 * `schema` with an optional `translations` field holding, per language, the fields named in `fields`
 * (and any `extra` fields, such as the check record of an official title).
 */
export function withTranslations<S extends Shape, K extends keyof S & string, E extends Shape = Record<never, never>>(
  shape: S,
  fields: readonly K[],
  extra?: E,
) {
  const perLang = z.strictObject({
    ...Object.fromEntries(fields.map((key) => [key, translationField(shape[key]!)])),
    ...extra,
  } as { [P in K]: z.ZodOptional<z.ZodType<z.output<S[P]>>> } & E);
  const translations = z
    .strictObject(
      Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, perLang.optional()])) as Record<
        (typeof TRANSLATED_LANGS)[number],
        z.ZodOptional<typeof perLang>
      >,
    )
    .optional();
  return z.strictObject({ ...shape, translations }).superRefine((data, ctx) => {
    const record = data as Record<string, unknown> & {
      translations?: Record<string, Record<string, unknown> | undefined>;
    };
    for (const lang of TRANSLATED_LANGS) {
      const translated = record.translations?.[lang];
      if (!translated) continue;
      for (const key of fields) {
        if (translated[key] !== undefined)
          checkAgainstEnglish(record[key], translated[key], ['translations', lang, key], ctx);
      }
    }
  });
}

/**
 * `translation: { pending: "why" }` on an English page or entry whose French or Spanish version is not
 * written yet. Without it the content guard fails such a page or entry; with it, the build lists it.
 */
export const pendingTranslation = () =>
  z
    .strictObject(
      { pending: text('translation.pending') },
      { error: 'translation must be written as { pending: "why the translation is not written yet" }' },
    )
    .optional();
