import type { Root, Element } from 'hast';

/**
 * Prefixes root-relative links in Markdown and MDX (`[Tools](/tools/)`) with the configured base, so
 * content written once works at the root of a domain and under a sub-path.
 */
export function rehypeBaseLinks({ base }: { base: string }) {
  const prefix = base.replace(/\/$/, '');
  const rewrite = (url: unknown) =>
    typeof url === 'string' && prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`)
      ? `${prefix}${url}`
      : url;
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a') child.properties.href = rewrite(child.properties.href) as string;
      if (child.tagName === 'img') child.properties.src = rewrite(child.properties.src) as string;
      visit(child);
    }
  };
  return (tree: Root) => visit(tree);
}
