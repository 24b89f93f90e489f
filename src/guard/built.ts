/**
 * The post-build wall: rules checked on every built page (src/integrations/csp-inline-hashes.ts runs
 * them with the CSP pass in src/utils/csp-inline.ts), so that content which slipped past the rules
 * checked before the build still cannot act in a reader's browser.
 */
import { plainText, rawTextOf, type HtmlElementNode } from '../utils/html';

export const BUILT_PAGE_RULES = [
  "no inline `<script>` but the allow-listed components' and those Astro hashed; no `on*` attribute; no javascript:, data: or vbscript: link",
  '`<script src>` only from /_astro/ and /pagefind/ under the base',
  'no `<meta http-equiv>` but the Content-Security-Policy and the content type',
  'no `<style>` element; style attributes only as the components write them (CSS custom properties, two fixed styles of the search dialog)',
  "no markup in `data-pagefind-filter` or `data-pagefind-meta` values (Pagefind's interface writes them as HTML)",
] as const;

/** An element's attributes by lower-case name ("xlink:href" with its prefix); the parser keeps the first of repeats. */
const attributesOf = (element: HtmlElementNode) =>
  new Map(element.attrs.map((a) => [(a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase(), a.value]));

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
};

/** `http-equiv` values a page may carry: its policy and its character set, nothing that acts (refresh, cookies). */
const ALLOWED_HTTP_EQUIV = new Set(['content-security-policy', 'content-type']);

/**
 * Style attributes the site's components and Starlight's write: CSS custom properties (icon sizes,
 * sidebar depth, select widths), and the two fixed styles of Starlight's search dialog. Attribute styles
 * cannot run code, but could lay a false page over the real one.
 */
function isAllowedStyleAttribute(value: string): boolean {
  const declarations = value
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  if (value.trim() === 'padding:0' || value.trim() === 'display: none;') return true;
  return declarations.every((d) => /^--[a-z0-9-]+\s*:\s*[^:]*$/i.test(d) && !/url\(|expression|\\/i.test(d));
}

/**
 * The second wall, after the content guard: on a built page, whatever content could have slipped in
 * that would act in a reader's browser. Scripts load only from the build's own folders (/_astro/,
 * /pagefind/); no <meta http-equiv> but the policy and the content type; no <style> element (the
 * site's styles are files); style attributes only as the components write them; and no Pagefind filter
 * or metadata value holding markup (Pagefind's UI writes them as HTML on every search).
 */
export function wallProblems(elements: readonly HtmlElementNode[], base: string): string[] {
  const problems: string[] = [];
  const origin = 'https://ipec-plus.invalid';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const ownScripts = [`${prefix}_astro/`, `${prefix}pagefind/`];
  for (const element of elements) {
    const name = element.tagName.toLowerCase();
    const attributes = attributesOf(element);
    const src = attributes.get('src');
    if (name === 'script' && src !== undefined) {
      let url: URL | undefined;
      try {
        url = new URL(src, `${origin}${prefix}`);
      } catch {
        url = undefined;
      }
      if (!url || url.origin !== origin || !ownScripts.some((folder) => url.pathname.startsWith(folder)))
        problems.push(
          `<script src=${shorten(src)}>: scripts load only from ${ownScripts.join(' and ')}, the build's own folders`,
        );
    }
    const httpEquiv = attributes.get('http-equiv');
    if (name === 'meta' && httpEquiv !== undefined && !ALLOWED_HTTP_EQUIV.has(httpEquiv.trim().toLowerCase()))
      problems.push(
        `<meta http-equiv=${shorten(httpEquiv)}>: only the Content-Security-Policy and content type may be set this way`,
      );
    if (name === 'style')
      problems.push(
        `<style> ${shorten(rawTextOf(element))}: the site's styles are CSS files; no page carries a <style> element`,
      );
    const style = attributes.get('style');
    if (style !== undefined && !isAllowedStyleAttribute(style))
      problems.push(`style=${shorten(style)} on <${name}>: not a style the site's components write`);
    for (const attribute of ['data-pagefind-filter', 'data-pagefind-meta']) {
      const value = attributes.get(attribute);
      if (value === undefined) continue;
      // "key:value" carries its value; a bare "key" takes the element's text.
      const colon = value.indexOf(':');
      const key = colon === -1 ? value : value.slice(0, colon);
      const shown = colon === -1 ? plainText(element) : value.slice(colon + 1);
      if (!/^[a-z][a-zA-Z0-9-]*$/.test(key.trim()) || /[<>]/.test(shown))
        problems.push(
          `${attribute}=${shorten(value)} on <${name}>: Pagefind's search interface writes filter and metadata values as HTML, so they must be plain words from the site's components`,
        );
    }
  }
  return problems;
}
