/**
 * The `_headers` file for hosts that read it (Netlify, Cloudflare Pages). When several rules match a
 * path, Cloudflare joins repeated header values with commas and Netlify lets the later rule win, so
 * every header name here is set by exactly one rule for any given path: security headers on `/*`,
 * Cache-Control only on rules that do not overlap.
 */
import { basePrefix } from '../core/base';

const SECURITY_HEADERS: Record<string, string> = {
  // The page's <meta> CSP (Astro, with per-page hashes) governs scripts and styles. This header adds
  // what a <meta> policy cannot express; browsers enforce both policies.
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Features the site never uses, switched off for it and anything it could embed; browsing-topics is
  // the Topics API that replaced FLoC's interest-cohort.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  // Browsers only honour this over HTTPS; a year, without includeSubDomains, because the site may share
  // its host name's parent domain with other services (see DEPLOYING.md).
  'Strict-Transport-Security': 'max-age=31536000',
  // A page opened from the site cannot reach back into it through window.opener, and the reverse.
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Downloads (the SVG, JSON, CSV, BibTeX and RIS files under /data/) are data, never documents: opened on their own, an
 * SVG could otherwise run script with the site's origin. A later rule than /*'s: Netlify lets it win for
 * these files, Cloudflare sends both policies, and browsers enforce both.
 */
const DOWNLOAD_CSP = "default-src 'none'; sandbox";
const isDownload = (path: string) => /^data\/.+\.(svg|json|csv|bib|ris)$/.test(path);

/**
 * The chart embeds (/data/<chart>/embed/, in each language) are the only pages other sites may frame.
 * Their rule detaches the site-wide framing headers (Cloudflare Pages' "! Name" syntax; it would join
 * two values of one header with a comma, and two frame-ancestors policies both apply) and sends a
 * policy of its own. Where the host keeps the site-wide X-Frame-Options anyway, browsers obey the
 * frame-ancestors directive, which supersedes it.
 */
const EMBED_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "frame-ancestors *; object-src 'none'; base-uri 'self'; form-action 'self'",
};

/** "fr/data/*\/embed/" for each language folder that has chart embeds, from the built files. */
function embedPatterns(files: string[]): string[] {
  const patterns = files.flatMap((file) => {
    const m = file.match(/^((?:[a-z]{2}\/)?)data\/[^/]+\/embed\/index\.html$/);
    return m ? [`${m[1]}data/*/embed/`] : [];
  });
  return [...new Set(patterns)].sort();
}

export const CACHE = {
  /** File names that carry a content hash never change: cache for a year. */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else is revalidated on each use (a cheap 304), so a deploy is seen at once. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** Pagefind files named by content hash: the index chunks, fragments, filters and the per-language meta file. */
function isHashedPagefindFile(path: string): boolean {
  return (
    /^pagefind\/(fragment|index|filter)\//.test(path) || /^pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$/.test(path)
  );
}

function block(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * Every built file gets exactly one Cache-Control rule: hashed files are immutable; everything else
 * (HTML, robots.txt, sitemaps, the favicon and social image, downloads, unhashed Pagefind files) is
 * revalidated. A top-level folder holding no hashed file gets one "folder/*" rule; files at the top
 * and unhashed files beside hashed ones get a rule each.
 * @param files paths of every built file, relative to the output directory, with "/" separators.
 */
export function headersFile(files: string[], base: string): string {
  const prefix = basePrefix(base);
  const at = (path: string) => `${prefix}/${path}`;
  const immutableFolders = ['_astro/*', 'pagefind/fragment/*', 'pagefind/index/*', 'pagefind/filter/*'];
  const isImmutable = (file: string) => file.startsWith('_astro/') || isHashedPagefindFile(file);
  const served = files.filter((file) => file !== '_headers').sort();
  const mixedFolders = new Set(served.filter(isImmutable).map((file) => file.split('/')[0]!));

  const rules = [
    block(at('*'), SECURITY_HEADERS),
    ...embedPatterns(served).map((pattern) =>
      [
        at(pattern),
        ...['Content-Security-Policy', 'X-Frame-Options'].map((name) => `  ! ${name}`),
        ...Object.entries(EMBED_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
      ].join('\n'),
    ),
    ...immutableFolders.map((folder) => block(at(folder), { 'Cache-Control': CACHE.immutable })),
  ];
  const revalidateFolders = new Set<string>();
  for (const file of served) {
    const [first, ...rest] = file.split('/');
    if (isImmutable(file)) {
      // Folder rules above cover the rest; a hashed file on its own (the Pagefind meta file) needs its own.
      if (!immutableFolders.some((folder) => file.startsWith(folder.slice(0, -1))))
        rules.push(block(at(file), { 'Cache-Control': CACHE.immutable }));
    } else if (rest.length === 0) {
      if (file === 'index.html') rules.push(block(at(''), { 'Cache-Control': CACHE.revalidate }));
      rules.push(block(at(file), { 'Cache-Control': CACHE.revalidate }));
    } else if (mixedFolders.has(first!)) {
      rules.push(block(at(file), { 'Cache-Control': CACHE.revalidate }));
    } else if (!revalidateFolders.has(first!)) {
      revalidateFolders.add(first!);
      rules.push(block(at(`${first}/*`), { 'Cache-Control': CACHE.revalidate }));
    }
  }
  for (const file of served.filter(isDownload))
    rules.push(block(at(file), { 'Content-Security-Policy': DOWNLOAD_CSP }));
  return `# Generated by src/integrations/headers.ts at build time.\n${rules.join('\n\n')}\n`;
}
