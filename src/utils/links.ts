/**
 * Internal hrefs for .astro pages. BASE_URL is "/" at the root and "/ipec-plus" (no trailing slash)
 * under a sub-path; every page URL ends with a slash (trailingSlash: 'always').
 */
export function withBase(base: string, path: string): string {
  const prefix = base.replace(/\/+$/, '');
  const [pathname = '', hash] = path.split('#');
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${prefix}${withSlash.startsWith('/') ? '' : '/'}${withSlash}${hash === undefined ? '' : `#${hash}`}`;
}

/** `href('/conventions/c138/')` for the current build's base path. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL ?? '/', path);
