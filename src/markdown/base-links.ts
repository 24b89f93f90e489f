import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { withBasePrefix } from '../core/base';

/** MDX components whose `href` is a site URL, e.g. <LinkCard href="/tools/" />. */
const LINK_COMPONENTS = ['LinkCard', 'LinkButton', 'a'];

/**
 * Sätteri (Astro's Markdown processor) plugins that prefix root-relative links with the configured
 * base, so content written once works at the root of a domain and under a sub-path: one for Markdown
 * links (`[Tools](/tools/)`), one for the `href` of link components in MDX.
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

export function baseComponentLinks(base: string) {
  const visit = (
    node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>,
    ctx: { setProperty(n: unknown, k: string, v: unknown): void },
  ) => {
    const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href')?.value;
    if (typeof href !== 'string') return;
    const prefixed = withBasePrefix(href, base);
    // setProperty on a component node sets the prop it receives.
    if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
  };
  return defineHastPlugin({
    name: 'ipec-base-component-links',
    mdxJsxFlowElement: { filter: LINK_COMPONENTS, visit },
    mdxJsxTextElement: { filter: LINK_COMPONENTS, visit },
  });
}
