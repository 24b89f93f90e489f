import { defineMdastPlugin } from 'satteri';

/** "/tools/" → "/ipec-plus/tools/" when the site is built for a sub-path; other URLs unchanged. */
export function withBasePrefix(url: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//') || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}

/**
 * A Sätteri (Astro's Markdown processor) plugin that prefixes root-relative links in Markdown and MDX
 * (`[Tools](/tools/)`) with the configured base, so content written once works at the root of a
 * domain and under a sub-path.
 */
export function baseLinks(base: string) {
  return defineMdastPlugin({
    name: 'ipec-base-links',
    link(node, ctx) {
      const url = withBasePrefix(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  });
}
