/**
 * Site-wide settings. `SITE_URL` and `BASE_PATH` let one build be served from the root of a domain or
 * from a sub-path such as /ipec-plus/ (read by normalizeBase in utils/base.ts). Without SITE_URL the
 * site's address is unknown, and the build writes none (Starlight's behaviour without `site`): no
 * canonical link, og:url or sitemap, and citations give paths.
 * The site's title and description are interface strings (site.title, site.description in content/i18n/).
 */
export function siteUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`SITE_URL must be a full address such as https://example.org (got "${raw}")`);
  }
}
