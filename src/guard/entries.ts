/**
 * Rules for the entries of the YAML collections (tools, conventions, priorities, countries, figures,
 * charts, intros): each file's data against its zod schema, references between entries, drafts, and
 * the facts a schema cannot see alone (a country's region in the ILO table, a file named after its code).
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import type { ConventionData } from '../schemas/convention';
import type { CountryData } from '../schemas/country';
import { refId, type CollectionName, type Ref, type RefFactory } from '../schemas/reference';
import { DRAFT_COLLECTIONS, idFromPath, type ParsedFile } from '../core/content-files';
import { FIGURES_DOWNLOAD } from '../charts/download-names';
import type { ContentProblem } from '../core/content-problem';
import { countryMismatches } from '../figures/country-statements';
import { readRegionTable } from '../figures/region-table';
import { parseYamlFile } from '../core/content-files';
import { unCountryNamesSchema } from '../schemas/country-name';
import { UN_COUNTRY_NAMES_FILE } from '../i18n/country-names';

const DATA_COLLECTIONS = ['tools', 'conventions', 'priorities', 'countries', 'charts', 'intros', 'targets'] as const;
export const YAML_COLLECTIONS = [...DATA_COLLECTIONS, 'figures'] as const;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ENTRY_RULES = [
  'every YAML file parses (UTF-8, no field written twice, no alias bomb) and holds one mapping of fields',
  "each entry matches its collection's schema: no unknown field, required fields, allowed values, dates, years, addresses, no `<` or `>` in titles",
  'references name entries that exist and are published; figure ids are unique; a draft is checked for what is filled in',
  'file names are lower-case words joined by hyphens; countries are named after iso3, conventions after code, with the region of the ILO table; no chart is named figures (the name of the table of every figure)',
  'figure arithmetic: percentages 0–100, shares adding up to 100, parts not above their total',
  "an achievement's `countries` are the countries its text names",
  'content/reference/un-country-names.yaml lists { iso3, lang, name, source, quote } for countries of the site, once per language, each name in its quote',
] as const;

/** A path with a part starting with "_" (which no collection loads; the file rules report it). */
export const isUnderscored = (path: string) => path.split(/[\\/]/).some((part) => part.startsWith('_'));

export function zodProblems(file: string, issues: z.ZodError['issues'], prefix = ''): ContentProblem[] {
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
export function shapeProblem(parsed: ParsedFile, field: string, what: string): ContentProblem | undefined {
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

export type Ids = Record<CollectionName, Set<string>>;

/**
 * A `ref` factory that accepts only ids present in the collection. A draft is not published, so only
 * another draft may refer to it (`allowDrafts`).
 */
export function checkingRef(ids: Ids, draftIds: Ids, allowDrafts: boolean): RefFactory {
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

export const DRAFTABLE = new Set<string>(DRAFT_COLLECTIONS);

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

export function checkCountries(
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

/**
 * The UN short names file: each entry names a country the site has, once per language, and its name is
 * found in the words quoted from the UN page (so a name cannot drift from its source).
 */
export function checkUnCountryNames(root: string, iso3s: ReadonlySet<string>): ContentProblem[] {
  if (!existsSync(join(root, UN_COUNTRY_NAMES_FILE))) return [];
  const parsed = parseYamlFile(root, join(root, UN_COUNTRY_NAMES_FILE));
  if (parsed.syntaxError) return [{ file: parsed.file, field: '(whole file)', rule: parsed.syntaxError }];
  const result = unCountryNamesSchema.safeParse(parsed.data ?? []);
  if (!result.success) return zodProblems(parsed.file, result.error.issues);
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  result.data.forEach((entry, i) => {
    const key = `${entry.iso3} ${entry.lang}`;
    if (!iso3s.has(entry.iso3))
      problems.push({
        file: parsed.file,
        field: `${i}.iso3`,
        rule: `no file in content/countries/ has iso3 ${entry.iso3}`,
      });
    if (seen.has(key))
      problems.push({
        file: parsed.file,
        field: `${i}`,
        rule: `${entry.iso3} has a second ${entry.lang} name: keep one`,
      });
    if (!entry.quote.includes(entry.name))
      problems.push({
        file: parsed.file,
        field: `${i}.name`,
        rule: `"${entry.name}" is not in the quoted words of its source`,
      });
    seen.add(key);
  });
  return problems;
}

export function checkConventionCodes(
  conventions: { file: string; data: Pick<ConventionData, 'code'> }[],
): ContentProblem[] {
  return conventions
    .filter(({ file, data }) => idFromPath(file) !== data.code.toLowerCase())
    .map(({ file, data }) => ({
      file,
      field: '(file name)',
      rule: `a convention file must be named after its code: ${data.code.toLowerCase()}.yaml`,
    }));
}

/**
 * A chart's downloads are named after its file (src/charts/download-names.ts), so a chart named like the
 * table of every figure would write over that table's files.
 */
export function checkChartNames(charts: readonly { file: string }[]): ContentProblem[] {
  return charts
    .filter(({ file }) => idFromPath(file) === FIGURES_DOWNLOAD)
    .map(({ file }) => ({
      file,
      field: '(file name)',
      rule: `"${FIGURES_DOWNLOAD}" names the table of every figure (/data/${FIGURES_DOWNLOAD}.csv): give the chart another file name`,
    }));
}

/**
 * A country page shows the sentences of an achievement that name the country, so an achievement's text
 * and its `countries` list must agree (read in English, where the names are those of the country files).
 */
export function checkAchievementCountries(
  priorities: { file: string; data: { achievements: { text: string; countries: Ref[] }[] } }[],
  countries: { file: string; data: Pick<CountryData, 'name' | 'alsoCalled'> }[],
): ContentProblem[] {
  const names = countries.map(({ file, data }) => ({ id: idFromPath(file), names: [data.name, ...data.alsoCalled] }));
  return priorities.flatMap(({ file, data }) =>
    data.achievements.flatMap((achievement, index) =>
      countryMismatches({ text: achievement.text, countries: achievement.countries.map(refId) }, names).map((rule) => ({
        file,
        field: `achievements.${index}.countries`,
        rule,
      })),
    ),
  );
}
