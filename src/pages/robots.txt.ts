import type { APIRoute } from 'astro';
import { basePrefix } from '~/core/base';

/**
 * robots.txt with the sitemap's absolute address, so it is right at the root and under a sub-path; a
 * build without SITE_URL has no sitemap, and names none.
 */
export const GET: APIRoute = ({ site }) => {
  const base = basePrefix();
  const sitemap = site ? `\nSitemap: ${new URL(`${base}/sitemap-index.xml`, site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
