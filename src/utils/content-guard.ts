/**
 * Checks every file in `content/` before the build, so a mistake stops `npm run build` with a message
 * naming the file, the field and the rule. Astro validates schemas too, but names entries rather than
 * files and does not check that a `reference()` points at an existing entry.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { conventionSchema } from '../schemas/convention';
import { countrySchema } from '../schemas/country';
import { figureFileSchema } from '../schemas/figure';
import { pageExtension } from '../schemas/page';
import { prioritySchema } from '../schemas/priority';
import type { CollectionName, RefFactory } from '../schemas/reference';
import { toolSchema } from '../schemas/tool';
import { idFromPath, listFiles, listFilesDeep, parseFrontmatterFile, parseYamlFile, type ParsedFile } from './content-files';
import { readRegionTable } from './region-table';
import { checkFigureArithmetic, type FigureRecord } from './figure-arithmetic';

export interface ContentProblem {
  file: string;
  field: string;
  rule: string;
}

export const DATA_COLLECTIONS = ['tools', 'conventions', 'priorities', 'countries'] as const;
const YAML = ['.yaml', '.yml'];

export function formatProblem(p: ContentProblem): string {
  return `${p.file} → ${p.field}: ${p.rule}`;
}

function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(whole file)';
    const rule =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or rename ${issue.keys.length > 1 ? 'them' : 'it'} (check the spelling against the schema)`
        : issue.message;
    const fieldName = issue.code === 'unrecognized_keys' ? [field === '(whole file)' ? '' : field, issue.keys[0]].filter(Boolean).join('.') : field;
    return { file, field: fieldName, rule };
  });
}

/** A `ref` factory that accepts only ids present in the collection. */
function checkingRef(ids: Record<CollectionName, Set<string>>): RefFactory {
  return (collection) =>
    z.string({ error: `must be the id of an entry in ${collection} (a file name without extension)` }).refine(
      (id) => ids[collection].has(id),
      { error: (issue) => `refers to ${collection} entry "${String(issue.input)}", which does not exist in content/${collection}/` },
    );
}

export function validateContent(root: string): ContentProblem[] {
  const contentDir = join(root, 'content');
  const problems: ContentProblem[] = [];
  const read = (name: string) => listFiles(join(contentDir, name), YAML).map((p) => parseYamlFile(root, p));

  const files: Record<(typeof DATA_COLLECTIONS)[number] | 'figures', ParsedFile[]> = {
    tools: read('tools'),
    conventions: read('conventions'),
    priorities: read('priorities'),
    countries: read('countries'),
    figures: read('figures'),
  };
  for (const parsed of Object.values(files).flat()) {
    if (parsed.syntaxError) problems.push({ file: parsed.file, field: '(YAML syntax)', rule: parsed.syntaxError });
  }

  const ids = Object.fromEntries(
    (Object.keys(files) as CollectionName[]).map((c) => [c, new Set(files[c].map((f) => idFromPath(f.file)))]),
  ) as Record<CollectionName, Set<string>>;

  // Figure ids live inside the files; collect them and report duplicates with both places.
  ids.figures = new Set();
  const figureHome = new Map<string, string>();
  for (const parsed of files.figures) {
    const list = (parsed.data as { figures?: { id?: unknown }[] } | undefined)?.figures;
    if (!Array.isArray(list)) continue;
    list.forEach((figure, index) => {
      if (typeof figure?.id !== 'string') return;
      const first = figureHome.get(figure.id);
      if (first) {
        problems.push({ file: parsed.file, field: `figures.${index}.id`, rule: `duplicate id "${figure.id}": already used in ${first}; every figure id must be unique` });
      } else {
        figureHome.set(figure.id, parsed.file);
        ids.figures.add(figure.id);
      }
    });
  }

  const ref = checkingRef(ids);
  const schemas = {
    tools: toolSchema(ref),
    conventions: conventionSchema(ref),
    priorities: prioritySchema(ref),
    countries: countrySchema(),
    figures: figureFileSchema(ref),
  };
  const valid: Record<string, { file: string; data: any }[]> = {};
  for (const collection of Object.keys(schemas) as (keyof typeof schemas)[]) {
    valid[collection] = [];
    for (const parsed of files[collection]) {
      if (parsed.syntaxError) continue;
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(idFromPath(parsed.file))) {
        problems.push({ file: parsed.file, field: '(file name)', rule: 'file names must be lower-case words joined by hyphens, e.g. "hard-to-see.yaml"' });
      }
      const result = schemas[collection].safeParse(parsed.data);
      if (result.success) valid[collection].push({ file: parsed.file, data: result.data });
      else problems.push(...zodProblems(parsed.file, result.error));
    }
  }

  problems.push(...checkCountries(root, valid.countries!));
  problems.push(...checkConventionCodes(valid.conventions!));

  const figures: (FigureRecord & { file: string; index: number })[] = valid.figures!.flatMap(({ file, data }) =>
    data.figures.map((f: FigureRecord, index: number) => ({ ...f, file, index })),
  );
  problems.push(...checkFigureArithmetic(figures));

  for (const path of listFilesDeep(join(contentDir, 'docs'), ['.md', '.mdx'])) {
    const parsed = parseFrontmatterFile(root, path);
    if (parsed.syntaxError) {
      problems.push({ file: parsed.file, field: '(frontmatter)', rule: parsed.syntaxError });
      continue;
    }
    const result = pageExtension.safeParse(parsed.data);
    if (!result.success) problems.push(...zodProblems(parsed.file, result.error));
  }
  return problems;
}

function checkCountries(root: string, countries: { file: string; data: any }[]): ContentProblem[] {
  const table = readRegionTable(join(root, 'content/reference/ilo-regions.csv'));
  const byIso = new Map(table.filter((r) => r.iso3).map((r) => [r.iso3, r]));
  const problems: ContentProblem[] = [];
  for (const { file, data } of countries) {
    const row = byIso.get(data.iso3);
    if (!row) {
      problems.push({ file, field: 'iso3', rule: `"${data.iso3}" is not an ISO 3166-1 alpha-3 code in content/reference/ilo-regions.csv` });
      continue;
    }
    if (row.region !== data.region) {
      problems.push({ file, field: 'region', rule: `${data.iso3} belongs to the ILO region "${row.region}" in content/reference/ilo-regions.csv, not "${data.region}"` });
    }
    if (idFromPath(file) !== data.iso3.toLowerCase()) {
      problems.push({ file, field: '(file name)', rule: `a country file must be named after its iso3 code: ${data.iso3.toLowerCase()}.yaml` });
    }
  }
  return problems;
}

function checkConventionCodes(conventions: { file: string; data: any }[]): ContentProblem[] {
  return conventions
    .filter(({ file, data }) => idFromPath(file) !== data.code.toLowerCase())
    .map(({ file, data }) => ({ file, field: '(file name)', rule: `a convention file must be named after its code: ${data.code.toLowerCase()}.yaml` }));
}
