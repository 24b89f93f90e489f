import { createHash } from 'node:crypto';

/**
 * Astro's CSP (security.csp) hashes the scripts and styles it bundles, but not `is:inline` ones such
 * as Starlight's theme and search-shortcut scripts. These pure helpers add the missing hashes to a
 * page's CSP <meta>, so the policy never needs 'unsafe-inline' for scripts.
 */
const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
/** Script types the browser does not execute: CSP does not apply to them. */
const DATA_TYPES = /type="(application\/(ld\+)?json|text\/template)"/i;

export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline <script> and <style> elements of a page, by directive. */
export function inlineHashes(html: string): { 'script-src': string[]; 'style-src': string[] } {
  const found = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const [, tag, attrs, body] of html.matchAll(INLINE)) {
    if (/\ssrc=/i.test(attrs) || DATA_TYPES.test(attrs)) continue;
    found[tag.toLowerCase() === 'script' ? 'script-src' : 'style-src'].add(cspHash(body));
  }
  return { 'script-src': [...found['script-src']].sort(), 'style-src': [...found['style-src']].sort() };
}

/** Adds every inline script/style hash missing from the page's CSP <meta>. Pages without one are unchanged. */
export function addInlineHashes(html: string): string {
  const meta = html.match(META);
  if (!meta) return html;
  const hashes = inlineHashes(html);
  const directives = meta[2].split(';').map((d) => d.trim()).filter(Boolean);
  const updated = directives.map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    const wanted = hashes[name as keyof typeof hashes];
    if (!wanted) return directive;
    const missing = wanted.filter((hash) => !sources.includes(hash));
    return [name, ...sources, ...missing].join(' ');
  });
  return html.replace(META, (_, open, _content, close) => `${open}${updated.join('; ')}${close}`);
}
