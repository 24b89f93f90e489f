import type { APIRoute } from 'astro';
import { basePrefix } from '~/utils/base';

/** robots.txt with the sitemap's absolute address, so it is right at the root and under a sub-path. */
export const GET: APIRoute = ({ site }) => {
  const base = basePrefix();
  const sitemap = new URL(`${base}/sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
