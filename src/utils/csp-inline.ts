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
} from './html';

/**
 * The post-build security pass over each page (pure functions; src/integrations/csp-inline-hashes.ts
 * runs them on every built page).
 *
 * Astro's CSP (security.csp) hashes the scripts it bundles and writes those hashes into a <meta> on
 * each page. Starlight's `is:inline` scripts (theme, search shortcut, sidebar state) and the site's
 * own are not hashed by Astro: they are allowed by an explicit list of the component files (and site
 * folders) that hold them (INLINE_SCRIPT_COMPONENTS in src/security.config.ts), identified by the hash
 * of the script text in those files. Any other inline script, an inline event handler (on…= attribute) or a javascript: or
 * data: link is content that slipped past the content guard, and fails the build.
 */
/** Script types the browser does not execute: CSP does not apply to them. */
const DATA_TYPES = /^(application\/(ld\+)?json|text\/template)$/i;
/** Attributes that hold a URL a click or a load would follow. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
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

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
};

export interface SecuredPage {
  html: string;
  /** What makes the page unsafe to publish, one line each; empty when it is fine. */
  problems: string[];
}

/**
 * Checks one built page and completes its CSP: adds the hashes of allowed inline scripts and inline
 * styles, and moves the CSP <meta> to the first place after <meta charset> (so nothing earlier in the
 * <head> can end the head before the policy is read). Pages without a CSP <meta> are left unchanged.
 */
export function securePage(html: string, allowedInlineScripts: ReadonlySet<string>, base = '/'): SecuredPage {
  // Elements written in the page (not those the parser implies, such as a missing <body>).
  const elements = elementsOf(parseDocument(html)).filter((element) => element.sourceCodeLocation?.startTag);
  const problems: string[] = wallProblems(elements, base);
  const meta = elements.find(
    (e) => e.tagName === 'meta' && attributeOf(e, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (!meta) return { html, problems };
  const directives = (attributeOf(meta, 'content') ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const sourcesOf = (name: string) =>
    directives
      .find((d) => d.split(/\s+/)[0] === name)
      ?.split(/\s+/)
      .slice(1) ?? [];
  // Hashes Astro computed for the scripts it built itself.
  const astroScripts = new Set(sourcesOf('script-src'));
  // No page carries a <style> element (wallProblems fails on one), so style-src gets no hash added.
  const wanted = { 'script-src': new Set<string>() };

  for (const element of elements) {
    const name = element.tagName.toLowerCase();
    const attributes = attributesOf(element);
    if (name === 'script' && !attributes.has('src') && !DATA_TYPES.test(attributes.get('type') ?? '')) {
      const body = rawTextOf(element);
      const hash = cspHash(body);
      if (astroScripts.has(hash) || allowedInlineScripts.has(hash)) wanted['script-src'].add(hash);
      else
        problems.push(
          `inline <script> ${shorten(body)} is not on the allow-list of inline scripts (INLINE_SCRIPT_COMPONENTS in src/security.config.ts); scripts come from components, never from content`,
        );
    }
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]/.test(attribute)) {
        problems.push(
          `inline event handler ${attribute}= on <${name}>: ${shorten(startTagOf(html, element))}; event handlers belong in component scripts, never in content`,
        );
      } else if (URL_ATTRIBUTES.has(attribute) && isScriptableUrl(value)) {
        problems.push(`${attribute}=${shorten(value)} on <${name}>: javascript: and data: links are not allowed`);
      }
    }
  }

  const updated = directives.map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    const extra = wanted[name as keyof typeof wanted];
    if (!extra) return directive;
    return [name, ...sources, ...[...extra].sort().filter((hash) => !sources.includes(hash))].join(' ');
  });
  const policy = `<meta http-equiv="content-security-policy" content="${updated.join('; ').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const charset = elements.find((e) => e.tagName === 'meta' && attributeOf(e, 'charset')?.toLowerCase() === 'utf-8');
  if (!charset) {
    problems.push('the page has no <meta charset="utf-8"> to put the Content-Security-Policy after');
    return { html, problems };
  }
  const { startOffset: metaStart, endOffset: metaEnd } = meta.sourceCodeLocation!.startTag!;
  const rest = html.slice(0, metaStart) + html.slice(metaEnd);
  const charsetEnd = charset.sourceCodeLocation!.startTag!.endOffset;
  const at = charsetEnd > metaStart ? charsetEnd - (metaEnd - metaStart) : charsetEnd;
  return { html: rest.slice(0, at) + policy + rest.slice(at), problems };
}

/** An element's attributes by lower-case name ("xlink:href" with its prefix); the parser keeps the first of repeats. */
function attributesOf(element: HtmlElementNode): Map<string, string> {
  return new Map(element.attrs.map((a) => [(a.prefix ? `${a.prefix}:${a.name}` : a.name).toLowerCase(), a.value]));
}

const startTagOf = (html: string, element: HtmlElementNode) => {
  const tag = element.sourceCodeLocation!.startTag!;
  return html.slice(tag.startOffset, tag.endOffset);
};

/** `http-equiv` values a page may carry: its policy and its character set, nothing that acts (refresh, cookies). */
const ALLOWED_HTTP_EQUIV = new Set(['content-security-policy', 'content-type']);

/**
 * Style attributes the site's components and Starlight's write: CSS custom properties (icon sizes,
 * sidebar depth, select widths), and the two fixed styles of Starlight's search dialog. Attribute styles
 * cannot run code, but could lay a false page over the real one.
 */
export function isAllowedStyleAttribute(value: string): boolean {
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
