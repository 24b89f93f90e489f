/**
 * The scaffold command (scripts/new-entry.mjs) run into a temporary copy of the valid fixture site: a new
 * entry starts as a draft, which the content guard accepts with its blanks (so `npm test` passes right
 * after `npm run new`) and the build leaves out; without its draft line the guard must name exactly the
 * fields left blank, and accept the file once they are written. A new tool or page says its translation
 * is pending (the build lists it) until the French and Spanish are written; a new page is no draft. It
 * must never overwrite a file.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEntry, readVocab } from '../../../scripts/new-entry.mjs';
import { slugify } from '../../../src/core/text';
import { checkContent, validateContent } from '../../../src/guard';
import { TOOL_KINDS, STAT_AREAS } from '../../../src/schemas/vocab';
import { siteWith } from '../../support/fixture-site';

const repo = resolve(import.meta.dirname, '../../..');
let root: string;

beforeAll(() => {
  root = siteWith();
  // The script reads the vocabularies from the schemas and countries from the full region table.
  cpSync(join(repo, 'src/schemas'), join(root, 'src/schemas'), { recursive: true });
  cpSync(join(repo, 'content/reference/ilo-regions.csv'), join(root, 'content/reference/ilo-regions.csv'));
});

/** Sets YAML paths in a file, keeping its comments. */
function fill(file: string, values: [(string | number)[], unknown][]) {
  const path = join(root, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  for (const [key, value] of values) doc.setIn(key, value);
  writeFileSync(path, doc.toString());
}
/** Removes the draft line, as an editor does once the entry is complete. */
function publish(file: string) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(/^draft: true$/m);
  writeFileSync(path, text.replace(/^draft: true\n/m, ''));
}
/** Writes the French and Spanish versions of a page, as a translator does (content/docs/fr/…, content/docs/es/…). */
function translatePage(file: string) {
  const text = readFileSync(join(root, file), 'utf8');
  for (const lang of ['fr', 'es']) {
    const path = join(root, file.replace('content/docs/', `content/docs/${lang}/`));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
const problemsIn = (file: string) => validateContent(root).filter((p) => p.file === file);

const cases = [
  {
    kind: 'tool',
    title: 'Child labour survey guide',
    file: 'content/tools/child-labour-survey-guide.yaml',
    blanks: ['description', 'kind', 'topics', 'pillars', 'audiences', 'mentionedIn'],
    values: [
      [['description'], 'Guidance for national statistics offices on running child labour surveys.'],
      [['kind'], 'guide'],
      [['topics'], ['child-labour']],
      [['pillars'], ['knowledge-data']],
      [['audiences'], ['researchers']],
      [['mentionedIn'], ['ipec-brochure-2024']],
    ],
    pending: true,
    translations: [
      [
        ['translations'],
        {
          fr: {
            descriptiveTitle: 'Guide des enquêtes sur le travail des enfants',
            description:
              'Des conseils aux instituts de statistique pour mener des enquêtes sur le travail des enfants.',
          },
          es: {
            descriptiveTitle: 'Guía de encuestas sobre trabajo infantil',
            description:
              'Orientaciones para las oficinas de estadística que realizan encuestas sobre trabajo infantil.',
          },
        },
      ],
    ],
  },
  {
    kind: 'convention',
    title: 'Violence and Harassment Convention, 2019 (No. 190)',
    file: 'content/conventions/c190.yaml',
    blanks: ['shortTitle', 'group', 'subject'],
    values: [
      [['shortTitle'], 'Violence and Harassment Convention'],
      [['group'], 'other-fprw'],
      [['subject'], 'Eliminating violence and harassment in the world of work.'],
      [
        ['provisions'],
        [
          {
            text: 'Recognizes the right of everyone to a world of work free from violence and harassment.',
            article: 'Article 4(1)',
            check: {
              method: 'text-copy',
              copyAddress: 'https://www.example.org/c190',
              copyPublisher: 'An example copy',
              checked: '2026-01-31',
            },
          },
        ],
      ],
    ],
  },
  {
    kind: 'priority',
    title: 'Migration',
    file: 'content/priorities/migration.yaml',
    blanks: [
      'summary',
      'challenge',
      'approach.public-policies-governance',
      'approach.partnerships-advocacy',
      'approach.empowerment-protection',
      'approach.knowledge-data',
    ],
    values: [
      [['summary'], 'Fundamental rights of migrant workers.'],
      [['challenge'], ['Migrant workers face risks of forced labour.']],
      [['approach', 'public-policies-governance'], 'Fair recruitment laws.'],
      [['approach', 'partnerships-advocacy'], 'Work with the Action Group on Migration.'],
      [['approach', 'empowerment-protection'], 'Support for migrant workers to organize.'],
      [['approach', 'knowledge-data'], 'Research on recruitment fees.'],
    ],
  },
  {
    kind: 'figure-file',
    title: 'Child Labour: Global estimates 2020',
    file: 'content/figures/child-labour-global-estimates-2020.yaml',
    blanks: [
      'source.publisher',
      'source.published',
      'source.noPublicAddress',
      'source.translations.fr.publisher',
      'source.translations.es.publisher',
      'figures.0.indicator',
      'figures.0.label',
      'figures.0.area',
      'figures.0.value',
      'figures.0.unit',
      'figures.0.referenceYear',
      'figures.0.verification',
    ],
    values: [
      [['source', 'publisher'], 'ILO and UNICEF'],
      [['source', 'published'], 2021],
      [['source', 'noPublicAddress'], 'The report is not published online.'],
      [['source', 'translations', 'fr', 'publisher'], 'OIT et UNICEF'],
      [['source', 'translations', 'es', 'publisher'], 'OIT y UNICEF'],
      [['figures', 0, 'indicator'], 'child-labour-children'],
      [['figures', 0, 'label'], 'Children in child labour'],
      [['figures', 0, 'area'], 'World'],
      [['figures', 0, 'value'], 160000000],
      [['figures', 0, 'unit'], 'people'],
      [['figures', 0, 'referenceYear'], 2020],
      [['figures', 0, 'verification'], 'stated-in-seed'],
    ],
  },
  { kind: 'country', title: 'Ghana', file: 'content/countries/gha.yaml', blanks: [], values: [] },
  {
    kind: 'page',
    title: 'Reading the estimates',
    section: 'reference',
    file: 'content/docs/reference/reading-the-estimates.mdx',
    blanks: [],
    values: [],
    pending: true,
  },
] as const;

describe('npm run new', () => {
  it('starts from a site the guard accepts', () => {
    expect(validateContent(root)).toEqual([]);
  });

  it.each(cases)(
    '$kind: a draft passes as written; without its draft line the guard names only the blanks, then accepts the filled-in file',
    (c) => {
      const file = createEntry({ root, kind: c.kind, title: c.title, section: 'section' in c ? c.section : undefined });
      expect(file).toBe(c.file);
      if (c.kind !== 'page') {
        expect(validateContent(root)).toEqual([]);
        expect(checkContent(root).drafts).toEqual([c.file]);
        publish(c.file);
        expect(checkContent(root).drafts).toEqual([]);
      }
      expect(
        problemsIn(c.file)
          .map((p) => p.field)
          .sort(),
      ).toEqual([...c.blanks].sort());
      expect(validateContent(root).filter((p) => p.file !== c.file)).toEqual([]);
      if (c.values.length > 0) fill(c.file, c.values as unknown as [(string | number)[], unknown][]);
      expect(problemsIn(c.file)).toEqual([]);
      // A tool or a page waits for its translation, listed by the build, until it is written.
      const pending = () => checkContent(root).pendingTranslations.map((p) => p.file);
      expect(pending()).toEqual('pending' in c ? [c.file] : []);
      if (c.kind === 'page') translatePage(c.file);
      else if ('translations' in c) fill(c.file, c.translations as unknown as [(string | number)[], unknown][]);
      expect(problemsIn(c.file)).toEqual([]);
      expect(pending()).toEqual([]);
    },
  );

  it('writes draft: true, with the comment saying when to remove it, into every kind but a page', () => {
    const fresh = siteWith();
    cpSync(join(repo, 'src/schemas'), join(fresh, 'src/schemas'), { recursive: true });
    cpSync(join(repo, 'content/reference/ilo-regions.csv'), join(fresh, 'content/reference/ilo-regions.csv'));
    for (const c of cases) {
      createEntry({ root: fresh, kind: c.kind, title: c.title, section: 'section' in c ? c.section : undefined });
      const text = readFileSync(join(fresh, c.file), 'utf8');
      if (c.kind === 'page') expect(text).not.toMatch(/draft/);
      else expect(text).toMatch(/Remove this\n# line once every field is filled in[^\n]*\ndraft: true\n/);
    }
    // Every draft passes; the page, no draft, is published in English with its translation pending.
    expect(validateContent(fresh)).toEqual([]);
    expect(checkContent(fresh).pendingTranslations.map((p) => p.file)).toEqual([
      'content/docs/reference/reading-the-estimates.mdx',
    ]);
    expect(checkContent(fresh).drafts.sort()).toEqual(
      cases
        .filter((c) => c.kind !== 'page')
        .map((c) => c.file)
        .sort(),
    );
  });

  it('fills in what it can look up (a country from the region table), and never guesses a NORMLEX address', () => {
    const country = readFileSync(join(root, 'content/countries/gha.yaml'), 'utf8');
    expect(country).toMatch(/^name: "Ghana"$/m);
    expect(country).toMatch(/^region: Africa$/m);
    const convention = readFileSync(join(root, 'content/conventions/c190.yaml'), 'utf8');
    expect(convention).toMatch(/^adopted: 2019 /m);
    expect(convention).not.toMatch(/^normlex:/m);
  });

  it('refuses to overwrite, and explains unknown kinds and countries', () => {
    const before = readFileSync(join(root, 'content/tools/child-labour-survey-guide.yaml'), 'utf8');
    expect(() => createEntry({ root, kind: 'tool', title: 'Child labour survey guide' })).toThrow(/already exists/);
    expect(readFileSync(join(root, 'content/tools/child-labour-survey-guide.yaml'), 'utf8')).toBe(before);
    expect(() => createEntry({ root, kind: 'widget', title: 'x' })).toThrow(/must be one of: tool, country/);
    expect(() => createEntry({ root, kind: 'country', title: 'Atlantis' })).toThrow(/not a name or ISO/);
    expect(() => createEntry({ root, kind: 'page', title: 'x' })).toThrow(/--section/);
  });

  it('lists the allowed values from the schemas in its comments', () => {
    const vocab = readVocab(repo);
    expect(vocab.TOOL_KINDS).toEqual([...TOOL_KINDS]);
    expect(vocab.STAT_AREAS).toEqual([...STAT_AREAS]);
    expect(vocab.UNITS).toContain('per-thousand');
    expect(slugify("Côte d'Ivoire: cocoa")).toBe('cote-d-ivoire-cocoa');
  });
});
