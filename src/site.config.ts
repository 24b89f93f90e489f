/**
 * Site-wide settings. `SITE_URL` and `BASE_PATH` override the defaults so one build can be served
 * from the root of a domain or from a sub-path such as /ipec-plus/ (read by normalizeBase in utils/base.ts).
 * The site's title and description are interface strings (site.title, site.description in content/i18n/).
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export function siteUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_SITE_URL;
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`SITE_URL must be a full address such as https://example.org (got "${raw}")`);
  }
}
