/**
 * A static crawler for a built site: reads every HTML file of an output folder and checks that each
 * internal link, anchor and asset it references exists in that folder. Pure file reading, no server,
 * so it can run over a small fixture site to show that it reports what it should.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, pageUrl } from '../../scripts/site-files.mjs';

export interface CrawlProblem {
  page: string;
  kind: 'broken-link' | 'missing-anchor' | 'missing-asset' | 'outside-base';
  url: string;
}

export interface CrawlOptions {
  /** Base path the site is served under, "/" or "/ipec-plus/". */
  base: string;
  /** The site's own origin (SITE_URL): absolute URLs on it (canonical, og:url, og:image) are checked too. */
  siteOrigin?: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(amp|quot|#39|lt|gt);/g, (m) => ENTITIES[m]);

export { htmlFiles, pageUrl };

/** Every id (and legacy <a name>) on a page. */
function pageIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const [, , value] of html.matchAll(/\s(id|name)="([^"]+)"/g)) ids.add(decode(value));
  return ids;
}

interface Reference {
  url: string;
  /** A navigable link (<a href>, canonical, og:url) rather than a resource the page loads. */
  link: boolean;
}

/** Links and resources referenced by a page's markup. */
function pageReferences(html: string): Reference[] {
  const refs: Reference[] = [];
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) =>
    tag.slice(0, tag.indexOf('>') + 1),
  );
  for (const [tag, name] of withoutScripts.matchAll(/<([a-z][\w-]*)\b[^>]*>/gi)) {
    const attr = (attribute: string) => tag.match(new RegExp(`\\s${attribute}="([^"]*)"`, 'i'))?.[1];
    const lower = name.toLowerCase();
    const href = attr('href');
    if (href !== undefined && (lower === 'a' || lower === 'area')) refs.push({ url: decode(href), link: true });
    if (href !== undefined && lower === 'link') {
      refs.push({ url: decode(href), link: /rel="(canonical|alternate|sitemap)"/i.test(tag) });
    }
    const src = attr('src');
    if (src !== undefined) refs.push({ url: decode(src), link: false });
    for (const part of (attr('srcset') ?? '').split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (url) refs.push({ url: decode(url), link: false });
    }
    if (lower === 'meta' && /property="og:(url|image)"|name="twitter:image"/i.test(tag)) {
      const content = attr('content');
      if (content) refs.push({ url: decode(content), link: /og:url/i.test(tag) });
    }
  }
  return refs;
}

/** The file in `dir` a site path maps to, as a static host serves it (directory → index.html). */
function fileForPath(dir: string, sitePath: string): string | undefined {
  const candidate = join(dir, decodeURIComponent(sitePath));
  if (!candidate.startsWith(dir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Files Pagefind loads at run time (not referenced in markup): its entry file names them. */
function pagefindProblems(dir: string, base: string): CrawlProblem[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const needed = [
    'pagefind/pagefind.js',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-entry.json',
  ];
  const entryFile = join(dir, 'pagefind/pagefind-entry.json');
  if (existsSync(entryFile)) {
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
      languages: Record<string, { hash: string; wasm?: string }>;
    };
    for (const { hash, wasm } of Object.values(entry.languages)) {
      needed.push(`pagefind/pagefind.${hash}.pf_meta`);
      if (wasm) needed.push(`pagefind/wasm.${wasm}.pagefind`);
    }
  }
  return needed
    .filter((file) => !existsSync(join(dir, file)))
    .map((file) => ({ page: 'pagefind', kind: 'missing-asset' as const, url: prefix + file }));
}

/** Crawls every HTML page of `dir`; returns every problem found (empty when the site is whole). */
export function crawlSite(dir: string, { base, siteOrigin }: CrawlOptions): CrawlProblem[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const origin = 'http://crawl.invalid';
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsCache.has(file)) idsCache.set(file, pageIds(readFileSync(file, 'utf8')));
    return idsCache.get(file)!;
  };
  const problems: CrawlProblem[] = [];
  for (const page of htmlFiles(dir)) {
    const html = readFileSync(join(dir, page), 'utf8');
    const here = new URL(pageUrl(page, prefix), origin);
    for (const { url, link } of pageReferences(html)) {
      if (/^(mailto|tel|data|javascript|blob):/i.test(url)) continue;
      let target: URL;
      try {
        const absolute = siteOrigin && url.startsWith(siteOrigin) ? url.slice(siteOrigin.length) || '/' : url;
        target = new URL(absolute, here);
      } catch {
        problems.push({ page, kind: link ? 'broken-link' : 'missing-asset', url });
        continue;
      }
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(prefix)) {
        problems.push({ page, kind: 'outside-base', url });
        continue;
      }
      const file = fileForPath(dir, target.pathname.slice(prefix.length));
      if (!file) {
        problems.push({ page, kind: link ? 'broken-link' : 'missing-asset', url });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) {
        problems.push({ page, kind: 'missing-anchor', url });
      }
    }
  }
  return [...problems, ...pagefindProblems(dir, prefix)];
}

export function formatProblems(problems: CrawlProblem[]): string {
  return problems.map((p) => `  ${p.kind.padEnd(14)} ${p.page} → ${p.url}`).join('\n');
}
