/**
 * Checks every file in `content/` before the build, so a mistake stops `npm run build` with a message
 * naming the file, the field (or line) and the rule. Astro validates schemas too, but names entries
 * rather than files, does not check that a `reference()` points at an existing entry, and silently
 * skips files no collection loads.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { conventionSchema } from '../schemas/convention';
import { countrySchema } from '../schemas/country';
import { figureFileSchema } from '../schemas/figure';
import { prioritySchema } from '../schemas/priority';
import type { RefFactory } from '../schemas/reference';
import { toolSchema } from '../schemas/tool';
import { chartSchema } from '../schemas/chart';
import { introSchema } from '../schemas/intro';
import { targetSchema } from '../schemas/target';
import {
  collectionFiles,
  contentFileRole,
  idFromPath,
  isDraft,
  listAllFiles,
  parseYamlFile,
  type ParsedFile,
} from '../core/content-files';
import { checkFigureArithmetic } from '../figures/arithmetic';
import type { ContentProblem } from '../core/content-problem';
import {
  DRAFTABLE,
  ENTRY_RULES,
  SLUG,
  YAML_COLLECTIONS,
  checkAchievementCountries,
  checkConventionCodes,
  checkChartNames,
  checkCountries,
  checkUnCountryNames,
  checkingRef,
  draftIssues,
  isUnderscored,
  shapeProblem,
  zodProblems,
  type Ids,
} from './entries';
import { BUILT_PAGE_RULES } from './built';
import { dataLimitProblems, FILE_RULES, fileProblems } from './files';
import { checkI18n, I18N_RULES } from './i18n';
import { DEADLINE_RULES } from './deadlines';
import { LINK_RULES } from './links';
import { MARKUP_RULES } from './markup';
import { checkPages, PAGE_RULES, readPageFiles } from './pages';
import { SITE_ENTRY_RULES, siteEntryProblems } from './site-entries';
import { TRANSLATION_RULES, checkTranslations, type PendingTranslation } from './translations';

export { isBlank } from './entries';

/**
 * Every rule of the guard, by family and module: the rules checked on content/ before the build, and
 * the post-build wall. CONTRIBUTING.md prints this list (tests/unit/guard/rules-list.test.ts keeps it
 * in step). Rules Astro and Starlight enforce themselves are not repeated here.
 */
export const GUARD_RULES = [
  { family: 'Files', module: 'src/guard/files.ts', rules: FILE_RULES },
  { family: 'YAML entries', module: 'src/guard/entries.ts', rules: ENTRY_RULES },
  { family: 'Interface strings', module: 'src/guard/i18n.ts', rules: I18N_RULES },
  { family: 'Pages', module: 'src/guard/pages.ts', rules: PAGE_RULES },
  { family: 'Page text (MDX and Markdown)', module: 'src/guard/markup.ts', rules: MARKUP_RULES },
  { family: 'Deadlines', module: 'src/guard/deadlines.ts', rules: DEADLINE_RULES },
  { family: 'Links', module: 'src/guard/links.ts', rules: LINK_RULES },
  { family: 'Translations', module: 'src/guard/translations.ts', rules: TRANSLATION_RULES },
  { family: "What the site's code is built from", module: 'src/guard/site-entries.ts', rules: SITE_ENTRY_RULES },
  { family: 'Built pages (after the build)', module: 'src/guard/built.ts', rules: BUILT_PAGE_RULES },
] as const;

/** GUARD_RULES as the Markdown list CONTRIBUTING.md shows. */
export function guardRulesMarkdown(): string {
  return GUARD_RULES.map(
    ({ family, module, rules }) => `**${family}** (\`${module}\`)\n\n${rules.map((rule) => `- ${rule}`).join('\n')}`,
  ).join('\n\n');
}

/** Every problem in content/ (see checkContent). */
export function validateContent(root: string): ContentProblem[] {
  return checkContent(root).problems;
}

/**
 * The problems in content/, and the draft entries (`draft: true`), which the build leaves out and names
 * one per line.
 */
export function checkContent(root: string): {
  problems: ContentProblem[];
  drafts: string[];
  pendingTranslations: PendingTranslation[];
} {
  const contentDir = join(root, 'content');
  const problems: ContentProblem[] = [];

  // Nothing is published unread: no symbolic links, no file over the size limit.
  problems.push(...fileProblems(root));
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
      else {
        readable[collection].push(parsed);
        problems.push(...dataLimitProblems(parsed.file, parsed.data));
      }
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
  problems.push(...checkUnCountryNames(root, new Set(checked.countries.map((c) => c.data.iso3))));
  problems.push(...checkConventionCodes(checked.conventions));
  problems.push(...checkChartNames(checked.charts));
  problems.push(
    ...checkAchievementCountries(
      checked.priorities.filter((e) => !e.draft),
      checked.countries.filter((e) => !e.draft),
    ),
  );

  // Sums over a duplicated id would mix two figures: the duplicate is reported, not its arithmetic.
  const figures = valid.figures.flatMap(({ file, data }) =>
    data.figures
      .map((f, index) => ({ ...f, file, index }))
      .filter((f) => !duplicated.has(f.id) && !(f.partOf && duplicated.has(f.partOf))),
  );
  problems.push(...checkFigureArithmetic(figures));

  problems.push(...checkI18n(root));
  // What the page components look figures up by: indicator and area, and the figures file's name.
  const published = {
    figures: valid.figures.flatMap(({ data }) => data.figures.map((f) => ({ indicator: f.indicator, area: f.area }))),
    figureFiles: valid.figures.map(({ file }) => idFromPath(file)),
  };
  const pages = readPageFiles(root);
  problems.push(...checkPages(root, pages, ids, draftIds.figures, published));
  const translations = checkTranslations(pages, checked.tools, checked.countries, checked.figures);
  problems.push(...translations.problems);
  problems.push(
    ...siteEntryProblems(
      ids,
      checked.intros.filter((e) => !e.draft),
    ),
  );
  return { problems, drafts, pendingTranslations: translations.pending };
}
