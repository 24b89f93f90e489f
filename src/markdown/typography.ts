import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { HastVisitorContext } from 'satteri';
import { typeset } from '../i18n/typography';
import { splitLocale, type Lang } from '../core/locales';

/** Elements whose text is code or markup, not prose. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

type Node = Parameters<HastVisitorContext['parent']>[0];

/** The language a text node is written in: the nearest `lang` attribute above it, else the page's. */
function textLang(node: Node, ctx: HastVisitorContext, pageLang: string): string | undefined {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent as Node)) {
    if (parent.type === 'element') {
      if (VERBATIM.has(parent.tagName)) return undefined;
      const lang = parent.properties?.lang;
      if (typeof lang === 'string') return lang;
    }
    if (parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') {
      const lang = parent.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')?.value;
      if (typeof lang === 'string') return lang;
    }
  }
  return pageLang;
}

/**
 * Sätteri plugin: the typography of the page's language (src/i18n/typography.ts) on the prose of the
 * docs pages under content/docs/<lang>/, leaving code and parts marked in another language as written.
 */
export function pageTypography(): HastPluginEntry {
  return ({ fileURL }) => {
    const path = fileURL?.pathname.split('/content/docs')[1];
    if (path === undefined) return null;
    const { lang } = splitLocale(path);
    if (lang !== 'fr') return null;
    return defineHastPlugin({
      name: 'ipec-page-typography',
      text(node, ctx) {
        const value = typeset(node.value, lang as Lang);
        if (value === node.value || textLang(node, ctx, lang) !== lang) return;
        return { type: 'text', value };
      },
    });
  };
}
