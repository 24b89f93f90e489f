/**
 * The addresses a build will have, worked out before the build from the same files Astro reads:
 * every docs page, every file in src/pages/ (static, or dynamic with [param] segments) and public/.
 * The content guard checks content's internal links against them, so a new page file needs no edit here.
 *
 * A dynamic segment in a folder named after a collection, as the last segment (src/pages/tools/[id].astro),
 * takes that collection's ids. Any other dynamic segment (src/pages/tools/[facet]/[value].astro,
 * src/pages/data/[name].csv.ts) accepts any value: its values come from code run at build time, which
 * the guard does not run, so a link there is checked up to that segment.
 */
import { extname, join } from 'node:path';
import { listAllFiles } from '../core/content-files';
import { DEFAULT_LANG, LANGS, splitLocale } from '../core/locales';

/** The folder of src/pages/ whose pages exist in every language: "[...locale]" is "", "fr" or "es". */
const LOCALE_FOLDER = '[...locale]/';

/** A path in each language: "about" → "about", "fr/about", "es/about". */
const inEachLang = (path: string) =>
  LANGS.map((lang) => (lang === DEFAULT_LANG ? path : `${lang}${path ? '/' : ''}${path}`));

type Segment =
  | { kind: 'static'; value: string }
  | { kind: 'param'; values?: ReadonlySet<string>; shape?: RegExp }
  | { kind: 'rest' };

export interface RoutePattern {
  /** Where the route comes from, for messages. */
  source: string;
  segments: Segment[];
  /** Pages end in "/" (trailingSlash: 'always'); files (robots.txt, CSV downloads, images) do not. */
  page: boolean;
}

const PAGE_EXTENSIONS = new Set(['.astro', '.md', '.mdx', '.html']);
const ENDPOINT_EXTENSIONS = new Set(['.ts', '.js', '.mjs']);

/** "about/history.mdx" → "about/history"; "about/index.mdx" → "about"; "index.mdx" → "". */
export function docsSlug(pathInDocs: string): string {
  return pathInDocs.replace(/\.[^./]+$/, '').replace(/(^|\/)index$/, '');
}

function segmentsOf(path: string, ids: Record<string, ReadonlySet<string>>): Segment[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((part, index) => {
    if (/^\[\.\.\.[^\]]+\]$/.test(part)) return { kind: 'rest' };
    if (/^\[[^\]]+\]$/.test(part)) {
      const folder = parts[index - 1];
      const isLast = index === parts.length - 1;
      return { kind: 'param', values: isLast && folder ? ids[folder] : undefined };
    }
    if (part.includes('[')) {
      // A parameter inside a name, such as "[name].csv": the text around it must match.
      const escaped = part.split(/\[[^\]]+\]/).map((text) => text.replace(/[.*+?^${}()|\\]/g, '\\$&'));
      return { kind: 'param', shape: new RegExp(`^${escaped.join('.+')}$`) };
    }
    return { kind: 'static', value: part };
  });
}

/**
 * @param docsSlugs every docs page's slug (docsSlug of its path)
 * @param ids entry ids of each collection, by collection name
 */
export function siteRoutes(
  root: string,
  docsSlugs: string[],
  ids: Record<string, ReadonlySet<string>>,
): RoutePattern[] {
  // Starlight writes every docs page in every language (a translation, or English with a notice).
  const english = docsSlugs.filter((slug) => splitLocale(`/${slug}/`).lang === DEFAULT_LANG);
  const routes: RoutePattern[] = english.flatMap((slug) =>
    inEachLang(slug).map((path) => ({
      source: `content/docs/${slug || 'index'}`,
      segments: segmentsOf(path, ids),
      page: true,
    })),
  );
  for (const file of listAllFiles(join(root, 'src/pages'))) {
    const extension = extname(file);
    if (file.split('/').some((part) => part.startsWith('_'))) continue;
    if (PAGE_EXTENSIONS.has(extension) && file.startsWith(LOCALE_FOLDER)) {
      for (const path of inEachLang(docsSlug(file.slice(LOCALE_FOLDER.length))))
        routes.push({ source: `src/pages/${file}`, segments: segmentsOf(path, ids), page: true });
    } else if (PAGE_EXTENSIONS.has(extension)) {
      routes.push({ source: `src/pages/${file}`, segments: segmentsOf(docsSlug(file), ids), page: true });
    } else if (ENDPOINT_EXTENSIONS.has(extension)) {
      // An endpoint's route is its name without the code extension: robots.txt.ts → /robots.txt.
      const route = file.slice(0, -extension.length);
      const paths = route.startsWith(LOCALE_FOLDER) ? inEachLang(route.slice(LOCALE_FOLDER.length)) : [route];
      for (const path of paths)
        routes.push({ source: `src/pages/${file}`, segments: segmentsOf(path, ids), page: !extname(route) });
    }
  }
  for (const file of listAllFiles(join(root, 'public'))) {
    routes.push({ source: `public/${file}`, segments: segmentsOf(file, ids), page: false });
  }
  return routes;
}

/** True when `route` makes the address whose path segments are `parts`. */
export function matches(route: RoutePattern, parts: string[]): boolean {
  const { segments } = route;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === 'rest') return true;
    const part = parts[i];
    if (part === undefined) return false;
    if (segment.kind === 'static' && segment.value !== part) return false;
    if (segment.kind === 'param' && segment.values && !segment.values.has(part)) return false;
    if (segment.kind === 'param' && segment.shape && !segment.shape.test(part)) return false;
  }
  return parts.length === segments.length;
}

/**
 * Why an internal link (a path starting with "/") will not lead to a page of the build, or undefined
 * when it will. Anchors and queries are not checked here.
 */
export function internalLinkProblem(link: string, routes: RoutePattern[]): string | undefined {
  const path = link.replace(/[?#].*$/, '');
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    return 'is not a valid address';
  }
  const parts = decoded.split('/').filter(Boolean);
  const found = routes.filter((r) => matches(r, parts));
  if (found.length === 0) return 'leads to no page: no file in content/docs/, src/pages/ or public/ makes that address';
  const wantsPage = path.endsWith('/');
  if (found.some((r) => r.page === wantsPage)) return undefined;
  return wantsPage
    ? 'is a file, so it must not end with "/"'
    : `must end with "/" (the site's page addresses do): write "${path}/"`;
}
