/**
 * Checks every file in `content/` before the build, so a mistake stops `npm run build` with a message
 * naming the file, the field (or line) and the rule. Astro validates schemas too, but names entries
 * rather than files, does not check that a `reference()` points at an existing entry, and silently
 * skips files no collection loads.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { conventionSchema, type ConventionData } from '../schemas/convention';
import { countrySchema, type CountryData } from '../schemas/country';
import { figureFileSchema } from '../schemas/figure';
import { urlProblem } from '../schemas/messages';
import { pageFrontmatter } from '../schemas/page';
import { prioritySchema } from '../schemas/priority';
import type { CollectionName, RefFactory } from '../schemas/reference';
import { toolSchema } from '../schemas/tool';
import { chartSchema } from '../schemas/chart';
import { introSchema } from '../schemas/intro';
import { targetSchema } from '../schemas/target';
import {
  COLLECTION_FILES,
  DRAFT_COLLECTIONS,
  collectionFiles,
  contentFileRole,
  idFromPath,
  isDraft,
  listAllFiles,
  parseFrontmatterFile,
  parseYamlFile,
  readUtf8,
  type ParsedFile,
} from './content-files';
import { isScriptableUrl } from './csp-inline';
import { startTags } from './html';
import { readRegionTable } from './region-table';
import { checkFigureArithmetic } from './figure-arithmetic';
import { deadlineProblems } from './deadline-rule';
import { docsSlug, internalLinkProblem, siteRoutes, type RoutePattern } from './site-routes';
import type { ContentProblem } from './content-problem';
import { DEFAULT_LANG, isLang, LANGS } from './locales';
import { placeholders, SITE_KEY_PREFIX } from './i18n';

export const DATA_COLLECTIONS = [
  'tools',
  'conventions',
  'priorities',
  'countries',
  'charts',
  'intros',
  'targets',
] as const;
const YAML_COLLECTIONS = [...DATA_COLLECTIONS, 'figures'] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function zodProblems(file: string, issues: z.ZodError['issues'], prefix = ''): ContentProblem[] {
  return issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(whole file)';
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const many = issue.keys.length > 1;
      return {
        file,
        field: [field === '(whole file)' ? '' : field, issue.keys[0]].filter(Boolean).join('.'),
        rule: `unknown field${many ? 's' : ''} ${keys}: remove or rename ${many ? 'them' : 'it'} (check the spelling against the schema)`,
      };
    }
    // Zod's own words for a missing nested object ("expected object, received undefined").
    const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
    return { file, field, rule: missing ? 'is required but missing' : issue.message };
  });
}

/** A problem when a file's data is not a mapping of fields ("name: value" lines). */
function shapeProblem(parsed: ParsedFile, field: string, what: string): ContentProblem | undefined {
  const { data, file } = parsed;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return undefined;
  const rule =
    data === null || data === undefined
      ? `the ${what} is empty: it must hold the entry's fields as "name: value" lines`
      : Array.isArray(data)
        ? `the ${what} holds a list: it must hold the entry's fields as "name: value" lines`
        : `the ${what} holds only the value ${JSON.stringify(data).slice(0, 60)}: it must hold the entry's fields as "name: value" lines`;
  return { file, field, rule };
}

type Ids = Record<CollectionName, Set<string>>;

/**
 * A `ref` factory that accepts only ids present in the collection. A draft is not published, so only
 * another draft may refer to it (`allowDrafts`).
 */
function checkingRef(ids: Ids, draftIds: Ids, allowDrafts: boolean): RefFactory {
  return (collection) =>
    z
      .string({ error: `must be the id of an entry in ${collection} (a file name without extension)` })
      .refine((id) => ids[collection].has(id) || (allowDrafts && draftIds[collection].has(id)), {
        error: (issue) =>
          draftIds[collection].has(String(issue.input))
            ? `refers to ${collection} entry "${String(issue.input)}", which is a draft (draft: true) and is not published: finish that entry and remove its draft line, or remove this reference`
            : `refers to ${collection} entry "${String(issue.input)}", which does not exist in content/${collection}/`,
      });
}

const DRAFTABLE = new Set<string>(DRAFT_COLLECTIONS);

/** An unfilled field as the scaffold leaves it: missing, null, "", [] or a group of unfilled fields. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

/** The value at a zod issue's path in the raw data (undefined when the path leaves the data). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The issues that count in a draft: those about a field that is filled in. A blank field is what a
 * draft is allowed to have; a filled one must still be valid.
 */
export function draftIssues(data: unknown, issues: z.ZodError['issues']): z.ZodError['issues'] {
  return issues.filter((issue) => !isBlank(valueAt(data, issue.path)));
}

/** Every problem in content/ (see checkContent). */
export function validateContent(root: string): ContentProblem[] {
  return checkContent(root).problems;
}

/**
 * The problems in content/, and the draft entries (`draft: true`), which the build leaves out and names
 * one per line.
 */
export function checkContent(root: string): { problems: ContentProblem[]; drafts: string[] } {
  const contentDir = join(root, 'content');
  const problems: ContentProblem[] = [];

  // Every file under content/ is loaded by exactly one collection, or is a reference table, or fails.
  for (const path of listAllFiles(contentDir)) {
    const role = contentFileRole(path);
    if (role.kind === 'problem') problems.push({ file: `content/${path}`, field: '(file)', rule: role.rule });
  }

  const files = Object.fromEntries(
    YAML_COLLECTIONS.map((c) => [
      c,
      collectionFiles(root, c)
        .filter((p) => !isUnderscored(p))
        .map((p) => parseYamlFile(root, p)),
    ]),
  ) as Record<(typeof YAML_COLLECTIONS)[number], ParsedFile[]>;
  const readable: Record<string, ParsedFile[]> = {};
  for (const collection of YAML_COLLECTIONS) {
    readable[collection] = [];
    const seen = new Map<string, string>();
    for (const parsed of files[collection]) {
      if (parsed.syntaxError) {
        problems.push({
          file: parsed.file,
          field: parsed.syntaxError.startsWith('not UTF-8') ? '(encoding)' : '(YAML syntax)',
          rule: parsed.syntaxError,
        });
        continue;
      }
      const id = idFromPath(parsed.file);
      const first = seen.get(id);
      if (first) {
        problems.push({
          file: parsed.file,
          field: '(file name)',
          rule: `duplicate id "${id}": ${first} has the same name; keep one of them`,
        });
        continue;
      }
      seen.set(id, parsed.file);
      if (!SLUG.test(id)) {
        problems.push({
          file: parsed.file,
          field: '(file name)',
          rule: 'file names must be lower-case words joined by hyphens, e.g. "hard-to-see.yaml"',
        });
      }
      const shape = shapeProblem(parsed, '(whole file)', 'file');
      if (shape) problems.push(shape);
      else readable[collection].push(parsed);
    }
  }

  // Every file present counts as an entry, readable or not, so its own problem is not repeated as a
  // broken reference in each file that names it. Drafts are kept apart: only drafts may refer to them.
  const draftIn = (collection: string, data: unknown) => DRAFTABLE.has(collection) && isDraft(data);
  const idsWhere = (draft: boolean) =>
    Object.fromEntries(
      YAML_COLLECTIONS.map((c) => [
        c,
        new Set(files[c].filter((f) => draftIn(c, f.data) === draft).map((f) => idFromPath(f.file))),
      ]),
    ) as Ids;
  const ids = idsWhere(false);
  const draftIds = idsWhere(true);
  const drafts = YAML_COLLECTIONS.flatMap((c) => files[c].filter((f) => draftIn(c, f.data)).map((f) => f.file));

  // Figure ids live inside the files; collect them and report duplicates with both places.
  ids.figures = new Set();
  draftIds.figures = new Set();
  const figureHome = new Map<string, string>();
  const duplicated = new Set<string>();
  for (const parsed of readable.figures!) {
    const list = (parsed.data as { figures?: { id?: unknown }[] }).figures;
    if (!Array.isArray(list)) continue;
    list.forEach((figure, index) => {
      if (typeof figure?.id !== 'string') return;
      const first = figureHome.get(figure.id);
      if (first) {
        duplicated.add(figure.id);
        problems.push({
          file: parsed.file,
          field: `figures.${index}.id`,
          rule: `duplicate id "${figure.id}": already used in ${first}; every figure id must be unique`,
        });
      } else {
        figureHome.set(figure.id, parsed.file);
        (isDraft(parsed.data) ? draftIds : ids).figures.add(figure.id);
      }
    });
  }

  const schemasWith = (ref: RefFactory) => ({
    tools: toolSchema(ref),
    conventions: conventionSchema(ref),
    priorities: prioritySchema(ref),
    countries: countrySchema(),
    charts: chartSchema(),
    intros: introSchema(),
    targets: targetSchema(ref),
    figures: figureFileSchema(ref),
  });
  const schemas = schemasWith(checkingRef(ids, draftIds, false));
  const draftSchemas = schemasWith(checkingRef(ids, draftIds, true));
  type Checked = {
    [C in keyof typeof schemas]: { file: string; data: z.output<(typeof schemas)[C]>; draft: boolean }[];
  };
  /**
   * The files of a collection that pass its schema, with their parsed data; the others' problems are
   * reported. A draft is checked only for its filled-in fields, and passes only once it is complete.
   */
  const validEntries = <S extends z.ZodType>(
    collection: (typeof YAML_COLLECTIONS)[number],
    schema: S,
    draftSchema: S,
  ) =>
    readable[collection]!.flatMap((parsed) => {
      const draft = draftIn(collection, parsed.data);
      const result = (draft ? draftSchema : schema).safeParse(parsed.data);
      if (result.success) return [{ file: parsed.file, data: result.data, draft }];
      const issues = draft ? draftIssues(parsed.data, result.error.issues) : result.error.issues;
      problems.push(...zodProblems(parsed.file, issues));
      return [];
    });
  const checked = Object.fromEntries(
    YAML_COLLECTIONS.map((c) => [c, validEntries(c, schemas[c], draftSchemas[c])]),
  ) as Checked;
  // What is published: complete drafts are checked against the region table and their file names too,
  // but their figures take no part in the sums of published ones.
  const valid = { figures: checked.figures.filter((e) => !e.draft) };

  problems.push(...checkCountries(root, checked.countries));
  problems.push(...checkConventionCodes(checked.conventions));

  // Sums over a duplicated id would mix two figures: the duplicate is reported, not its arithmetic.
  const figures = valid.figures.flatMap(({ file, data }) =>
    data.figures
      .map((f, index) => ({ ...f, file, index }))
      .filter((f) => !duplicated.has(f.id) && !(f.partOf && duplicated.has(f.partOf))),
  );
  problems.push(...checkFigureArithmetic(figures));

  problems.push(...checkI18n(root));
  problems.push(...checkPages(root, ids, draftIds.figures));
  return { problems, drafts };
}

const isUnderscored = (path: string) => path.split(/[\\/]/).some((part) => part.startsWith('_'));

/**
 * The interface strings: one JSON file per language (content/i18n/<lang>.json), and every language
 * has every string of the site's own ("site." keys) that English has, with the same {{placeholders}},
 * so no reader meets an English label on a translated page or a sentence missing its number.
 */
function checkI18n(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const dictionaries = new Map<string, { file: string; strings: Record<string, unknown> }>();
  for (const path of collectionFiles(root, 'i18n')) {
    const name = path.split(/[\\/]/).at(-1)!;
    const file = `content/${COLLECTION_FILES.i18n.folder}/${name}`;
    const lang = name.replace(/\.json$/, '');
    if (!isLang(lang)) {
      problems.push({
        file,
        field: '(file name)',
        rule: `interface strings are named after a language of the site: ${LANGS.map((l) => `${l}.json`).join(', ')}`,
      });
      continue;
    }
    const read = readUtf8(path);
    if (read.error !== undefined) {
      problems.push({ file, field: '(encoding)', rule: read.error });
      continue;
    }
    try {
      const strings: unknown = JSON.parse(read.text);
      if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) {
        problems.push({ file, field: '(file)', rule: 'must be one JSON object of "key": "text" pairs' });
        continue;
      }
      dictionaries.set(lang, { file, strings: strings as Record<string, unknown> });
    } catch (e) {
      problems.push({ file, field: '(JSON syntax)', rule: (e as Error).message });
    }
  }
  const english = dictionaries.get(DEFAULT_LANG);
  if (!english) return problems;
  const siteKeys = (strings: Record<string, unknown>) =>
    Object.keys(strings).filter((k) => k.startsWith(SITE_KEY_PREFIX));
  for (const lang of LANGS) {
    const dictionary = dictionaries.get(lang);
    const file = dictionary?.file ?? `content/${COLLECTION_FILES.i18n.folder}/${lang}.json`;
    if (!dictionary) {
      if (!problems.some((p) => p.file === file))
        problems.push({
          file,
          field: '(file)',
          rule: `is missing: every language of the site needs its interface strings`,
        });
      continue;
    }
    for (const key of siteKeys(dictionary.strings)) {
      const text = dictionary.strings[key];
      if (typeof text !== 'string' || text.trim() === '')
        problems.push({ file, field: key, rule: 'must be a non-empty text' });
      else if (lang !== DEFAULT_LANG && !(key in english.strings))
        problems.push({
          file,
          field: key,
          rule: `is not a string English has (content/i18n/${DEFAULT_LANG}.json): remove it or add it there first`,
        });
    }
    if (lang === DEFAULT_LANG) continue;
    for (const key of siteKeys(english.strings)) {
      const text = dictionary.strings[key];
      if (text === undefined) {
        problems.push({ file, field: key, rule: `is missing: translate "${String(english.strings[key])}"` });
      } else if (typeof text === 'string' && typeof english.strings[key] === 'string') {
        const want = placeholders(english.strings[key]).join(', ');
        const got = placeholders(text).join(', ');
        if (want !== got)
          problems.push({
            file,
            field: key,
            rule: `must use the placeholders of English ({{${want}}}), not {{${got}}}`,
          });
      }
    }
  }
  return problems;
}

/** Frontmatter, slugs, and what the MDX body may contain, for every page in content/docs/. */
function checkPages(root: string, ids: Ids, draftFigureIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const docsDir = join(root, 'content', COLLECTION_FILES.docs.folder);
  const pages = collectionFiles(root, 'docs')
    .filter((p) => !isUnderscored(p))
    .map((path) => {
      const parsed = parseFrontmatterFile(root, path);
      return {
        parsed,
        // Starlight's own `draft: true`: the page is left out of the production build.
        draft: isDraft(parsed.data),
        inDocs: path
          .slice(docsDir.length + 1)
          .split(/[\\/]/)
          .join('/'),
      };
    });

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
  for (const route of routes) {
    if (!route.source.startsWith('src/pages/') || !route.page) continue;
    const path = route.segments.map((s) => (s.kind === 'static' ? s.value : null));
    if (path.includes(null)) continue;
    const clash = slugHome.get(path.join('/'));
    if (clash)
      problems.push({
        file: clash,
        field: '(file name)',
        rule: `its address is also made by ${route.source}; rename the page`,
      });
  }

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
    const result = pageFrontmatter.safeParse(parsed.data);
    if (!result.success) problems.push(...zodProblems(parsed.file, result.error.issues));
    problems.push(
      ...checkPageBody(parsed.file, parsed.text!, ids.figures, draft ? draftRoutes : routes, {
        figures: draftFigureIds,
        pages: draftSlugs,
      }),
    );
  }
  return problems;
}

/**
 * The page's text with what is not MDX markup blanked out (frontmatter, comments, fenced code, inline code), so
 * line numbers stay those of the file and a <script> shown as code is not taken for one.
 */
export function markupOnly(text: string): string {
  // MDX comments ({/* … */}) may span lines: blank them first, keeping the line breaks.
  const uncommented = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const lines = uncommented.split('\n');
  let fence: string | undefined;
  let inFrontmatter = lines[0]?.trim() === '---';
  return lines
    .map((line, index) => {
      if (inFrontmatter) {
        if (index > 0 && line.trim() === '---') inFrontmatter = false;
        return '';
      }
      const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return '';
      }
      if (marker) {
        fence = marker;
        return '';
      }
      return line.replace(/(`+)[\s\S]*?\1/g, (code) => ' '.repeat(code.length));
    })
    .join('\n');
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Attributes of HTML elements and components (LinkCard href, hero link) that hold a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'link', 'action', 'formaction', 'poster', 'xlink:href']);

export function checkPageBody(
  file: string,
  text: string,
  figureIds: ReadonlySet<string>,
  routes: RoutePattern[],
  drafts: { figures?: ReadonlySet<string>; pages?: ReadonlySet<string> } = {},
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const body = markupOnly(text);
  // `body` keeps every line of `text` (blanked, not removed), so its line numbers are the file's.
  const at = (index: number) => `line ${lineAt(body, index)}`;
  const checkLink = (link: string, index: number, where = at(index)) => {
    if (isScriptableUrl(link)) {
      problems.push({
        file,
        field: where,
        rule: `link ${JSON.stringify(link)}: javascript: and data: links are not allowed in content`,
      });
    } else if (/^https?:/i.test(link)) {
      const problem = urlProblem(link);
      if (problem) problems.push({ file, field: where, rule: `link ${JSON.stringify(link)} ${problem}` });
    } else if (link.startsWith('/') && !link.startsWith('//')) {
      const problem = internalLinkProblem(link, routes);
      const slug = link.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '');
      if (problem && drafts.pages?.has(slug)) {
        problems.push({
          file,
          field: where,
          rule: `internal link ${JSON.stringify(link)} leads to a draft page (draft: true), which is not published`,
        });
      } else if (problem)
        problems.push({ file, field: where, rule: `internal link ${JSON.stringify(link)} ${problem}` });
    }
  };

  for (const element of startTags(body)) {
    const { name, attributes, index } = element;
    if (name === 'script') {
      problems.push({
        file,
        field: at(index),
        rule: "inline <script> is not allowed in content: nothing an editor writes may run in readers' browsers (interactive parts are components in src/components/)",
      });
    }
    for (const [attribute, value] of attributes) {
      if (/^on[a-z]/.test(attribute)) {
        problems.push({
          file,
          field: at(index),
          rule: `inline event handler ${attribute}= on <${name}> is not allowed in content`,
        });
      } else if (URL_ATTRIBUTES.has(attribute)) {
        checkLink(value, index);
      }
    }
    if ((name === 'figure' || name === 'statcard') && /^[A-Z]/.test(element.source.slice(1))) {
      const id = attributes.get('id');
      if (id !== undefined && !/^\{/.test(id) && !figureIds.has(id)) {
        const tag = element.source.slice(1).split(/[\s/>]/)[0];
        problems.push({
          file,
          field: at(index),
          rule: drafts.figures?.has(id)
            ? `<${tag} id="${id}">: figure "${id}" is in a draft file (draft: true), which is not published`
            : `<${tag} id="${id}">: no figure with id "${id}" in content/figures/`,
        });
      }
    }
  }

  // Markdown links and images: [text](url "title"), and reference definitions: [label]: url
  for (const match of body.matchAll(/\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)/g)) checkLink(match[1]!, match.index!);
  for (const match of body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) checkLink(match[1]!, match.index!);
  // Autolinks (<https://…>): one with a javascript:, data: or vbscript: scheme is reported whatever MDX makes of it.
  for (const match of body.matchAll(/<((?:javascript|data|vbscript):[^>\s]*)>/gi)) checkLink(match[1]!, match.index!);

  // Links in frontmatter (hero actions, prev/next): reported at the line that holds them.
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  for (const match of frontmatter.matchAll(/^\s*(?:-\s*)?link:\s*["']?([^"'\s#]+[^"'\s]*)["']?\s*$/gm)) {
    checkLink(match[1]!, 0, `line ${lineAt(text, match.index! + 4)}`);
  }
  problems.push(...deadlineProblems(file, body));
  return problems;
}

function checkCountries(
  root: string,
  countries: { file: string; data: Pick<CountryData, 'iso3' | 'region'> }[],
): ContentProblem[] {
  const table = readRegionTable(join(root, 'content/reference/ilo-regions.csv'));
  const byIso = new Map(table.filter((r) => r.iso3).map((r) => [r.iso3, r]));
  const problems: ContentProblem[] = [];
  for (const { file, data } of countries) {
    const row = byIso.get(data.iso3);
    if (!row) {
      problems.push({
        file,
        field: 'iso3',
        rule: `"${data.iso3}" is not an ISO 3166-1 alpha-3 code in content/reference/ilo-regions.csv`,
      });
      continue;
    }
    if (row.region !== data.region) {
      problems.push({
        file,
        field: 'region',
        rule: `${data.iso3} belongs to the ILO region "${row.region}" in content/reference/ilo-regions.csv, not "${data.region}"`,
      });
    }
    if (idFromPath(file) !== data.iso3.toLowerCase()) {
      problems.push({
        file,
        field: '(file name)',
        rule: `a country file must be named after its iso3 code: ${data.iso3.toLowerCase()}.yaml`,
      });
    }
  }
  return problems;
}

function checkConventionCodes(conventions: { file: string; data: Pick<ConventionData, 'code'> }[]): ContentProblem[] {
  return conventions
    .filter(({ file, data }) => idFromPath(file) !== data.code.toLowerCase())
    .map(({ file, data }) => ({
      file,
      field: '(file name)',
      rule: `a convention file must be named after its code: ${data.code.toLowerCase()}.yaml`,
    }));
}
