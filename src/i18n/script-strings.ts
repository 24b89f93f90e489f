/**
 * Interface strings for browser scripts, which carry no dictionary: the page renders the templates a
 * script needs (with their {{placeholders}} kept) into a data attribute, and the script fills them in
 * with these functions and `interpolate` (src/i18n/interpolate.ts), in the page's language. Nothing here
 * imports a dictionary.
 */
import type { Translate } from './translate';
import { interpolate, type Vars } from './interpolate';

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

/** The form of a plural string for `count`, filled in (`count` is one of the values). */
export function fillPlural(forms: PluralForms, count: number, vars: Vars, locale: string): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return interpolate(form, { count, ...vars }, locale);
}
