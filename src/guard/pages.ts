/**
 * Rules for the pages in content/docs/: file names and addresses, frontmatter (Starlight's fields this
 * site allows), frontmatter links, and the body (the safe MDX subset, src/guard/markup.ts).
 */
import { join } from 'node:path';
import { pageFrontmatter } from '../schemas/page';
import { COLLECTION_FILES, collectionFiles, isDraft, parseFrontmatterFile } from '../core/content-files';
import type { ContentProblem } from '../core/content-problem';
import { docsSlug, matches, siteRoutes } from '../navigation/site-routes';
import { SLUG, isUnderscored, shapeProblem, zodProblems, type Ids } from './entries';
import { dataLimitProblems } from './files';
import { linkProblem, type LinkContext } from './links';
import { checkMarkup, type MarkupContext } from './markup';
import { deadlineProblems } from './deadlines';

export const PAGE_RULES = [
  "frontmatter holds only the IPEC+ fields and the Starlight fields this site allows (no head, banner, hero image or slug); hero actions' icons are icon names",
  'file and folder names are lower-case words joined by hyphens; two pages may not make the same address, nor a page an address a page of src/pages/ makes (a dynamic one included)',
  "a page's `tools.instruments` and `tools.priorities` name entries of content/conventions/ and content/priorities/",
] as const;

/** A page of content/docs/, read once for the page rules and the translation rules (src/guard/translations.ts). */
export interface PageFile {
  parsed: ReturnType<typeof parseFrontmatterFile>;
  /** Starlight's own `draft: true`: the page is left out of the production build. */
  draft: boolean;
  /** Its path in content/docs/, with "/" separators: "fr/about/history.mdx". */
  inDocs: string;
}

/** Every page of content/docs/ a collection loads (names starting with "_" are the file rules' to report). */
export function readPageFiles(root: string): PageFile[] {
  const docsDir = join(root, 'content', COLLECTION_FILES.docs.folder);
  return collectionFiles(root, 'docs')
    .filter((p) => !isUnderscored(p))
    .map((path) => {
      const parsed = parseFrontmatterFile(root, path);
      return {
        parsed,
        draft: isDraft(parsed.data),
        inDocs: path
          .slice(docsDir.length + 1)
          .split(/[\\/]/)
          .join('/'),
      };
    });
}

/** Frontmatter, slugs, and what the MDX body may contain, for every page in content/docs/. */
export function checkPages(
  root: string,
  pages: readonly PageFile[],
  ids: Ids,
  draftFigureIds: ReadonlySet<string>,
  published: Pick<MarkupContext, 'figures' | 'figureFiles'> = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];

  const slugHome = new Map<string, string>();
  const slugs: string[] = [];
  const draftSlugs = new Set<string>();
  for (const { inDocs, draft } of pages) {
    const file = `content/docs/${inDocs}`;
    const slug = docsSlug(inDocs);
    const bad = inDocs
      .replace(/\.[^./]+$/, '')
      .split('/')
      .find((part) => !SLUG.test(part));
    if (bad)
      problems.push({
        file,
        field: '(file name)',
        rule: `"${bad}": folder and file names must be lower-case words joined by hyphens (the name is the page's address)`,
      });
    const first = slugHome.get(slug);
    if (first) {
      problems.push({
        file,
        field: '(file name)',
        rule: `duplicate page address "/${slug}${slug ? '/' : ''}": ${first} makes the same one; keep one of them`,
      });
    } else {
      slugHome.set(slug, file);
      if (draft) draftSlugs.add(slug);
      else slugs.push(slug);
    }
  }
  const routes = siteRoutes(root, slugs, ids);
  // A draft page may link to another draft; a published page may not (the link would lead nowhere).
  const draftRoutes = draftSlugs.size > 0 ? siteRoutes(root, [...slugs, ...draftSlugs], ids) : routes;
  // A docs page whose address a page of src/pages/ also makes would be dropped by Astro with only a
  // warning: it fails here. A dynamic segment whose values the guard cannot know counts as a clash.
  const fileOfSource = new Map([...slugHome].map(([slug, file]) => [`content/docs/${slug || 'index'}`, file]));
  const codeRoutes = routes.filter((route) => route.source.startsWith('src/pages/') && route.page);
  const clashes = new Map<string, string>();
  for (const route of routes) {
    const file = fileOfSource.get(route.source);
    if (!file || clashes.has(file)) continue;
    const parts = route.segments.map((s) => (s.kind === 'static' ? s.value : ''));
    const owner = codeRoutes.find((code) => matches(code, parts));
    if (owner) clashes.set(file, owner.source);
  }
  for (const [file, source] of clashes)
    problems.push({
      file,
      field: '(file name)',
      rule: `its address is also made by ${source}; rename the page`,
    });

  for (const { parsed, draft } of pages) {
    if (parsed.syntaxError) {
      const encoding = parsed.syntaxError.startsWith('not UTF-8');
      problems.push({ file: parsed.file, field: encoding ? '(encoding)' : '(frontmatter)', rule: parsed.syntaxError });
      continue;
    }
    const shape = shapeProblem(parsed, '(frontmatter)', 'frontmatter');
    if (shape) {
      problems.push(shape);
      continue;
    }
    problems.push(...dataLimitProblems(parsed.file, parsed.data));
    const result = pageFrontmatter.safeParse(parsed.data);
    if (!result.success) problems.push(...zodProblems(parsed.file, result.error.issues));
    else problems.push(...pageToolProblems(parsed.file, result.data.tools, ids));
    const links: LinkContext = { routes: draft ? draftRoutes : routes, draftPages: draftSlugs };
    problems.push(...frontmatterLinkProblems(parsed.file, parsed.data, links));
    problems.push(
      ...checkMarkup(parsed.file, parsed.text!, {
        ...links,
        ...published,
        figureIds: ids.figures,
        draftFigureIds,
        targetIds: ids.targets,
      }),
      ...deadlineProblems(parsed.file, parsed.text!),
    );
  }
  return problems;
}

/** The links a page's frontmatter holds (hero actions, prev, next), by field path. */
function frontmatterLinks(data: unknown): [string, string][] {
  const found: [string, string][] = [];
  const record = (value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const page = record(data);
  const actions = record(page.hero).actions;
  if (Array.isArray(actions))
    actions.forEach((action, index) => {
      const link = record(action).link;
      if (typeof link === 'string') found.push([`hero.actions.${index}.link`, link]);
    });
  for (const key of ['prev', 'next']) {
    const link = record(page[key]).link;
    if (typeof link === 'string') found.push([`${key}.link`, link]);
  }
  return found;
}

/** Frontmatter links checked like links in the body: Starlight writes them into href attributes. */
function frontmatterLinkProblems(file: string, data: unknown, links: LinkContext): ContentProblem[] {
  return frontmatterLinks(data).flatMap(([field, link]) => {
    const rule = linkProblem(link, links);
    return rule ? [{ file, field, rule }] : [];
  });
}

/** `tools.instruments` and `tools.priorities` name entries that exist: a misspelt one would silently drop tools. */
function pageToolProblems(
  file: string,
  tools: { instruments: string[]; priorities: string[] } | undefined,
  ids: Ids,
): ContentProblem[] {
  const fields = [
    ['instruments', 'conventions'],
    ['priorities', 'priorities'],
  ] as const;
  return fields.flatMap(([field, collection]) =>
    (tools?.[field] ?? []).flatMap((id, index) =>
      ids[collection].has(id)
        ? []
        : [
            {
              file,
              field: `tools.${field}.${index}`,
              rule: `"${id}" is not in content/${collection}/: name an entry that exists`,
            },
          ],
    ),
  );
}
