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

/**
 * `draft: true` marks an entry that is still being filled in (what `npm run new` writes): the guard checks
 * only its filled-in fields and the build leaves it out of the site. Removing the line publishes it.
 */
export const draft = () =>
  z
    .boolean({ error: 'draft must be true (an unfinished entry, not published) or false; remove it to publish' })
    .optional();

/** An enum whose error lists every allowed value. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: missingOr(
      (input) => `${what} must be one of: ${values.map((v) => `"${v}"`).join(', ')} (got ${JSON.stringify(input)})`,
    ),
  });
}

/** A non-empty, trimmed line of text. */
export function text(what: string) {
  return z
    .string({ error: missingOr(`${what} must be text`) })
    .trim()
    .min(1, { error: `${what} must not be empty` });
}

/** Longest title and description a page or entry may have (a search result shows about this much). */
const MAX_TITLE = 200;
const MAX_DESCRIPTION = 400;

/**
 * A title: one line of text, at most MAX_TITLE characters, without "<" or ">" (a title reaches the
 * page's <title>, headings, search results and social previews, some of which read it as HTML).
 */
export function title(what: string) {
  return text(what)
    .max(MAX_TITLE, {
      error: (issue) => `${what} must be at most ${MAX_TITLE} characters (it has ${String(issue.input).length})`,
    })
    .refine((value) => !/[<>]/.test(value), {
      error: `${what} must not contain "<" or ">": write plain text, not HTML`,
    })
    .refine((value) => !/[\r\n]/.test(value), { error: `${what} must be one line` });
}

/** A description: text of at most MAX_DESCRIPTION characters. */
export function description(what: string) {
  return text(what).max(MAX_DESCRIPTION, {
    error: (issue) => `${what} must be at most ${MAX_DESCRIPTION} characters (it has ${String(issue.input).length})`,
  });
}

/** Why `value` is not an acceptable web address, or undefined when it is. */
export function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a web address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `starts with "${url.protocol}"`;
  if (url.username || url.password) {
    return `has a user name or password before "@", so it really leads to "${url.hostname}"`;
  }
  if (/\s/.test(value)) return 'contains spaces';
  return undefined;
}

/** An absolute http(s) URL without credentials; the error quotes what was written. */
export function httpUrl(what: string) {
  const expected = `${what} must be a full http:// or https:// address, e.g. https://www.ilo.org/…`;
  return z.string({ error: missingOr(expected) }).superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem)
      ctx.addIssue({ code: 'custom', message: `${expected} (got ${JSON.stringify(value)}, which ${problem})` });
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
