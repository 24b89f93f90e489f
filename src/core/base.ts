/**
 * The one home of base-path handling. The site is built either at the root of a domain (BASE_URL "/")
 * or under a sub-path (BASE_URL "/ipec-plus/", set by BASE_PATH); every address the site writes goes
 * through one of these functions, so a page, a file, a Markdown link and a script all agree.
 */

/** BASE_PATH as the `base` setting: "/ipec-plus/", "ipec-plus", "/ipec-plus" → "/ipec-plus"; "", "/" → "/". */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) {
    throw new Error(`BASE_PATH must be a URL path such as /ipec-plus/ (got "${raw}")`);
  }
  return trimmed ? `/${trimmed}` : '/';
}

/** The base path without its trailing slash: "" at the root, "/ipec-plus" under a sub-path. */
export function basePrefix(base: string = import.meta.env.BASE_URL): string {
  return base.replace(/\/+$/, '');
}

/**
 * A page address for a base: every page URL ends with a slash (trailingSlash: 'always'), so
 * withBase('/ipec-plus', '/countries/civ') is "/ipec-plus/countries/civ/"; an anchor is kept.
 */
export function withBase(base: string, path: string): string {
  const prefix = basePrefix(base);
  const [pathname = '', hash] = path.split('#');
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${prefix}${withSlash.startsWith('/') ? '' : '/'}${withSlash}${hash === undefined ? '' : `#${hash}`}`;
}

/** `href('/conventions/c138/')` for the current build's base path. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL ?? '/', path);

/**
 * A root-relative URL written in content ("/tools/") with the base in front ("/ipec-plus/tools/");
 * external, protocol-relative, relative and anchor-only URLs, and URLs that already carry the base,
 * are returned unchanged.
 */
export function withBasePrefix(url: string, base: string): string {
  const prefix = basePrefix(base);
  if (!prefix || !url.startsWith('/') || url.startsWith('//') || url === prefix || url.startsWith(`${prefix}/`))
    return url;
  return `${prefix}${url}`;
}
