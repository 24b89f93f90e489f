/**
 * The post-build wall: rules checked on every built page (src/integrations/built-pages.ts runs them),
 * so that content which slipped past the rules checked before the build still cannot act in a reader's
 * browser.
 *
 * Astro's CSP (security.csp) writes each page's policy: the hashes of the scripts it bundles, and those
 * of the `is:inline` scripts of Starlight's and the site's components, which astro.config.mjs gives it
 * (inlineScriptHashes). The wall does not touch the policy; it fails the build on an inline script the
 * policy does not allow, because such a script can only have come from content.
 */
import { createHash } from 'node:crypto';
import {
  attributeOf,
  decodeHtmlEntities,
  elementsOf,
  parseDocument,
  plainText,
  rawTextOf,
  startTags,
  type HtmlElementNode,
} from '../core/html-tree';

export const BUILT_PAGE_RULES = [
  "no inline `<script>` but those the page's Content-Security-Policy allows (Astro's, and the `is:inline` scripts of Starlight's and the site's components); no `on*` attribute; no javascript:, data: or vbscript: link",
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
function wallProblems(elements: readonly HtmlElementNode[], base: string): string[] {
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

/** Script types the browser does not execute: CSP does not apply to them. */
const DATA_TYPES = /^(application\/(ld\+)?json|text\/template)$/i;
/** Attributes that hold a URL a click or a load would follow. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** A CSP source for a script's text, as Astro writes it (`sha256-…`, without quotes). */
export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/** The bodies of the `<script is:inline>` elements of an .astro component's source text, as written. */
export function inlineScriptBodies(componentSource: string): string[] {
  return startTags(componentSource)
    .filter((tag) => tag.name === 'script' && tag.attributes.has('is:inline'))
    .map((tag) => tag.body ?? '');
}

/** True for a javascript: or data: URL, however it is spelt (case, entities, spaces, control characters). */
export function isScriptableUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere in a URL and trim spaces and control characters around it.
  const normalized = decodeHtmlEntities(value)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase();
  return normalized.startsWith('javascript:') || normalized.startsWith('data:') || normalized.startsWith('vbscript:');
}

/** The sources of one directive of a policy ("script-src 'self' 'sha256-…'"), without quotes. */
function policySources(policy: string, directive: string): Set<string> {
  const found = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return new Set((found ?? []).slice(1).map((source) => source.replace(/^'|'$/g, '')));
}

/**
 * What makes one built page unsafe to publish, one line each (empty when it is fine): an inline script
 * its own Content-Security-Policy does not allow, an inline event handler, a javascript: or data: link,
 * and whatever wallProblems finds. A page without a policy (none is built so) fails on any inline script.
 */
export function builtPageProblems(html: string, base = '/'): string[] {
  // Elements written in the page (not those the parser implies, such as a missing <body>).
  const elements = elementsOf(parseDocument(html)).filter((element) => element.sourceCodeLocation?.startTag);
  const problems = wallProblems(elements, base);
  const meta = elements.find(
    (e) => e.tagName === 'meta' && attributeOf(e, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const allowed = policySources((meta && attributeOf(meta, 'content')) ?? '', 'script-src');
  for (const element of elements) {
    const name = element.tagName.toLowerCase();
    const attributes = attributesOf(element);
    if (name === 'script' && !attributes.has('src') && !DATA_TYPES.test(attributes.get('type') ?? '')) {
      const body = rawTextOf(element);
      if (!meta || !allowed.has(cspHash(body)))
        problems.push(
          `inline <script> ${shorten(body)} is not allowed by the page's Content-Security-Policy: inline scripts come from components (inlineScriptHashes in src/security.config.ts), never from content`,
        );
    }
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]/.test(attribute)) {
        const tag = element.sourceCodeLocation!.startTag!;
        problems.push(
          `inline event handler ${attribute}= on <${name}>: ${shorten(html.slice(tag.startOffset, tag.endOffset))}; event handlers belong in component scripts, never in content`,
        );
      } else if (URL_ATTRIBUTES.has(attribute) && isScriptableUrl(value)) {
        problems.push(`${attribute}=${shorten(value)} on <${name}>: javascript: and data: links are not allowed`);
      }
    }
  }
  return problems;
}
