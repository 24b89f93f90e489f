/**
 * The one way the site fills a string's `{{placeholders}}` and writes a number, shared by the build's
 * translator (src/i18n/translate.ts) and the browser scripts (src/i18n/script-strings.ts): a count a
 * script updates must read exactly as the one the page was built with. It imports nothing, so the
 * scripts that bundle it carry no dictionary.
 */

/** The values a string's placeholders take; numbers are written the locale's way. */
export type Vars = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * A number written an Intl locale's way (NUMBER_LOCALES in src/core/locales.ts): 1,234.5 in en-GB,
 * 1 234,5 in fr-FR (narrow no-break space), 12.345,5 in es-ES. Every decimal the value has is kept
 * (up to ten): figures are shown as published, never rounded, unless `options` asks for it.
 */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 10, ...options });
}

/** The `{{placeholders}}` of a string, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/**
 * A template with its placeholders filled in from `vars`. A placeholder without a value goes to
 * `missing`, which the translator makes an error; without it the placeholder is left as written,
 * which is what a browser script shows rather than breaking the page.
 */
export function interpolate(template: string, vars: Vars, locale: string, missing?: (name: string) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return missing ? missing(name) : whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
