/**
 * Links in content, checked by what a browser would do with them: each one is resolved with the WHATWG
 * URL parser (the one browsers use) against a page of the site, so "//host", "/\host", "\\host",
 * tabs or newlines inside a scheme, mixed case and character references are read as a browser reads
 * them, not as they look.
 */
import { urlProblem } from '../schemas/messages';
import { decodeHtmlEntities } from '../core/html-tree';
import { internalLinkProblem, type RoutePattern } from '../navigation/site-routes';

/** Stands for the site's own address: only the origin matters, and no real site has this one. */
const PAGE = new URL('https://ipec-plus.invalid/guide/page/');

/** Schemes a content link may use to leave the site. */
const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Schemes whose address runs or is a document of its own: reported with their own message. */
const SCRIPTABLE_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:']);

export const LINK_RULES = [
  'every link (Markdown, HTML and component attributes, frontmatter prev/next/hero actions) is resolved with the WHATWG URL parser, as a browser would',
  'a link that leaves the site must be written as a full https:// (or http://) address, mailto: or tel:; none carries a user name or password; no javascript:, data: or vbscript:',
  "a path on this site leads to a page or file of the build (a page's ending in `/`), not to a draft",
] as const;

export interface LinkContext {
  routes: RoutePattern[];
  /** Addresses (slugs without slashes) of draft pages, which are not published. */
  draftPages?: ReadonlySet<string>;
}

/**
 * Why a link written in content is not allowed, or undefined when it is. Allowed: a path on this site
 * that leads to a page or file of the build ("/tools/"), a relative address or "#anchor", and a full
 * https:// (or http://) address without credentials, mailto: or tel:.
 */
export function linkProblem(written: string, context: LinkContext): string | undefined {
  const quoted = JSON.stringify(written);
  // A browser decodes character references in an attribute before it reads the address; Markdown and
  // MDX have decoded them already, so the decoded form is the one to check when the two differ.
  for (const value of new Set([written, decodeHtmlEntities(written)])) {
    let url: URL;
    try {
      url = new URL(value, PAGE);
    } catch {
      return `link ${quoted} is not a valid address`;
    }
    if (SCRIPTABLE_SCHEMES.has(url.protocol))
      return `link ${quoted}: javascript: and data: links are not allowed in content`;
    if (url.username || url.password)
      return `link ${quoted} has a user name or password before "@", so it really leads to "${url.hostname}"`;
    if (url.origin === PAGE.origin) {
      if (!value.trim().startsWith('/')) continue; // relative address or anchor: stays on the page's site
      const problem = internalLinkProblem(url.pathname + url.search + url.hash, context.routes);
      const slug = url.pathname.replace(/^\/+|\/+$/g, '');
      if (problem && context.draftPages?.has(slug))
        return `internal link ${quoted} leads to a draft page (draft: true), which is not published`;
      if (problem) return `internal link ${quoted} ${problem}`;
      continue;
    }
    if (!EXTERNAL_SCHEMES.has(url.protocol))
      return `link ${quoted} uses "${url.protocol}": links may be paths on this site, https:// addresses, mailto: or tel:`;
    // A browser reads "//host/", "/\host/" and "\\host/" as addresses on another site: only a link that
    // says where it goes ("https://…") may leave the site.
    if (!/^\s*(?:https?|mailto|tel):/i.test(value))
      return `link ${quoted} leaves the site for "${url.host}" although it is written as a path: write the full https:// address, or a path starting with a single "/"`;
    if (url.protocol === 'https:' || url.protocol === 'http:') {
      const problem = urlProblem(value.trim());
      if (problem) return `link ${quoted} ${problem}`;
    }
  }
  return undefined;
}
