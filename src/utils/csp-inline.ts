import { createHash } from 'node:crypto';

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
const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const CHARSET = /<meta charset="utf-8"\s*\/?>/i;
/** Script types the browser does not execute: CSP does not apply to them. */
const DATA_TYPES = /^(application\/(ld\+)?json|text\/template)$/i;
/** Attributes that hold a URL a click or a load would follow. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);
const ATTRIBUTE = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

export interface HtmlElement {
  name: string;
  attributes: Map<string, string>;
  /** The start tag as written, and where it starts in the document. */
  source: string;
  index: number;
  /** Text of a <script> or <style> element. */
  body?: string;
}

/**
 * The start tags of an HTML document, read the way a browser tokenizes them: quoted attribute values
 * (which may contain "<script>" as text), comments, and the raw text of <script> and <style>.
 */
export function htmlElements(html: string): HtmlElement[] {
  const elements: HtmlElement[] = [];
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(at, at + 64))?.[1];
    if (!name) {
      at += 1;
      continue;
    }
    const start = at;
    let cursor = at + 1 + name.length;
    const attributes = new Map<string, string>();
    for (;;) {
      while (/[\s/]/.test(html[cursor] ?? '')) cursor += 1;
      if (cursor >= html.length || html[cursor] === '>') break;
      ATTRIBUTE.lastIndex = cursor;
      const match = ATTRIBUTE.exec(html);
      if (!match || match[0].length === 0) {
        cursor += 1;
        continue;
      }
      const attribute = match[1]!.toLowerCase();
      if (!attributes.has(attribute)) attributes.set(attribute, match[2] ?? match[3] ?? match[4] ?? '');
      cursor = ATTRIBUTE.lastIndex;
    }
    at = cursor + 1;
    const element: HtmlElement = { name: name.toLowerCase(), attributes, source: html.slice(start, at), index: start };
    if (element.name === 'script' || element.name === 'style') {
      const close = html.slice(at).search(new RegExp(`</${element.name}[\\s>/]`, 'i'));
      const end = close === -1 ? html.length : at + close;
      element.body = html.slice(at, end);
      at = end;
    }
    elements.push(element);
  }
  return elements;
}

export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The bodies of the `<script is:inline>` elements of an .astro component's source text. */
export function inlineScriptBodies(componentSource: string): string[] {
  return [...componentSource.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => /\bis:inline\b/.test(attrs!))
    .map(([, , body]) => body!);
}

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/&amp;/gi, '&');

/** True for a javascript: or data: URL, however it is spelt (case, entities, spaces, control characters). */
export function isScriptableUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere in a URL and trim spaces and control characters around it.
  // eslint-disable-next-line no-control-regex
  const normalized = decodeEntities(value).replace(/[\u0000-\u0020]/g, '').toLowerCase();
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
export function securePage(html: string, allowedInlineScripts: ReadonlySet<string>): SecuredPage {
  const meta = META.exec(html);
  if (!meta) return { html, problems: [] };
  const problems: string[] = [];
  const directives = meta[1]!.split(';').map((d) => d.trim()).filter(Boolean);
  const sourcesOf = (name: string) => directives.find((d) => d.split(/\s+/)[0] === name)?.split(/\s+/).slice(1) ?? [];
  // Hashes Astro computed for the scripts it built itself.
  const astroScripts = new Set(sourcesOf('script-src'));
  const wanted = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };

  for (const element of htmlElements(html)) {
    const { name, attributes, body } = element;
    if (name === 'style' && body !== undefined) wanted['style-src'].add(cspHash(body));
    if (name === 'script' && body !== undefined && !attributes.has('src') && !DATA_TYPES.test(attributes.get('type') ?? '')) {
      const hash = cspHash(body);
      if (astroScripts.has(hash) || allowedInlineScripts.has(hash)) wanted['script-src'].add(hash);
      else problems.push(`inline <script> ${shorten(body)} is not on the allow-list of inline scripts (INLINE_SCRIPT_COMPONENTS in src/security.config.ts); scripts come from components, never from content`);
    }
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]/.test(attribute)) {
        problems.push(`inline event handler ${attribute}= on <${name}>: ${shorten(element.source)}; event handlers belong in component scripts, never in content`);
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
  const policy = `<meta http-equiv="content-security-policy" content="${updated.join('; ')}">`;
  const rest = html.replace(META, '');
  const charset = CHARSET.exec(rest);
  if (!charset) {
    problems.push('the page has no <meta charset="utf-8"> to put the Content-Security-Policy after');
    return { html, problems };
  }
  const at = charset.index + charset[0].length;
  return { html: rest.slice(0, at) + policy + rest.slice(at), problems };
}
