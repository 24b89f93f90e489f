import { createHash } from 'node:crypto';
import { wallProblems } from '../guard/built';
import {
  attributeOf,
  decodeHtmlEntities,
  elementsOf,
  parseDocument,
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
