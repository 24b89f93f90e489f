/**
 * Interface strings for browser scripts, which carry no dictionary: the page renders the templates a
 * script needs (with their {{placeholders}} kept) into a data attribute, and the script fills them in
 * with these functions, in the page's language. Nothing here imports a dictionary.
 */
import type { Translate } from './translate';

/** A plural string's forms for a script: `other` always, `one` where the language has it. */
export type PluralForms = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** Values that give back each placeholder as written, so `t` returns the template itself. */
const KEEP_PLACEHOLDERS = new Proxy({} as Record<string, string>, {
  get: (_, name) => (typeof name === 'string' ? `{{${name}}}` : undefined),
});

/** The template of a string, its {{placeholders}} left in for a script. */
export const scriptTemplate = (t: Translate, key: string): string => t(key, KEEP_PLACEHOLDERS);

/** The plural forms of a string (keys `<key>_one`, `<key>_other`), placeholders left in. */
export const scriptPlural = (t: Translate, key: string): PluralForms => ({
  one: scriptTemplate(t, `${key}_one`),
  other: scriptTemplate(t, `${key}_other`),
});

/** A number as the translator writes it (src/i18n/translate.ts formatNumber), for an Intl locale. */
export const formatIn = (locale: string, value: number): string =>
  value.toLocaleString(locale, { maximumFractionDigits: 10 });

/** A template with its {{placeholders}} filled in; numbers are written the locale's way. */
export function fillTemplate(
  template: string,
  vars: Readonly<Record<string, string | number>>,
  locale: string,
): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatIn(locale, value) : value;
  });
}

/** The form of a plural string for `count`, filled in (`count` is one of the values). */
export function fillPlural(
  forms: PluralForms,
  count: number,
  vars: Readonly<Record<string, string | number>>,
  locale: string,
): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return fillTemplate(form, { count, ...vars }, locale);
}
