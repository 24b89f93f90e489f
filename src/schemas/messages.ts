/**
 * Helpers that make zod errors say what is allowed, in words a content editor can act on.
 */
import { z } from 'astro/zod';

/** An error callback that says "is required but missing" when the field is absent, else `message`. */
export function missingOr(message: string | ((input: unknown) => string)) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? 'is required but missing'
      : typeof message === 'string'
        ? message
        : message(issue.input);
}

/** An enum whose error lists every allowed value. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: missingOr((input) => `${what} must be one of: ${values.map((v) => `"${v}"`).join(', ')} (got ${JSON.stringify(input)})`),
  });
}

/** A non-empty, trimmed line of text. */
export function text(what: string) {
  return z
    .string({ error: missingOr(`${what} must be text`) })
    .trim()
    .min(1, { error: `${what} must not be empty` });
}

/** An absolute http(s) URL. */
export function httpUrl(what: string) {
  return z.url({
    protocol: /^https?$/,
    error: missingOr(`${what} must be a full http:// or https:// address, e.g. https://www.ilo.org/…`),
  });
}

/** A calendar year between the first ILO convention era and next year. */
export function year(what: string) {
  const max = new Date().getFullYear() + 1;
  return z
    .number({ error: missingOr(`${what} must be a year written as a number, e.g. 2021`) })
    .int({ error: `${what} must be a whole year, e.g. 2021` })
    .min(1919, { error: `${what} must be 1919 (the ILO's founding) or later` })
    .max(max, { error: `${what} must not be later than ${max}` });
}

/** A lower-case slug used as an id. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case words joined by hyphens, e.g. "hard-to-see"' });

/**
 * A calendar date, YYYY-MM-DD. Astro's YAML reader turns an unquoted date into a Date object while
 * the content guard's keeps it as text, so both forms are accepted and normalized to text.
 */
export function isoDate(what: string) {
  const error = missingOr(`${what} must be a date written YYYY-MM-DD, e.g. 2014-06-11`);
  return z.union([z.iso.date({ error }), z.date({ error }).transform((d) => d.toISOString().slice(0, 10))], { error });
}
