import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  byTitle,
  catalogueIn,
  catalogueTool,
  chunks,
  decodeTool,
  encodeTool,
  listPages,
  matchesFilter,
  matchesText,
  sortTools,
  stem,
  textScore,
  TEXT_WEIGHTS,
  optionCounts,
  parseQuery,
  toQuery,
  toolsWith,
  type CatalogueTool,
  type FilterState,
} from '../../../src/catalogue/catalogue';
import { AUDIENCES, PILLARS, TOOL_KINDS, TOPICS } from '../../../src/schemas/vocab';
import {
  FACET_VOCAB,
  cataloguePath,
  facetHeading,
  facetLabel,
  facetLegend,
  facetPath,
} from '../../../src/catalogue/facets';
import { translator } from '../../../src/i18n/translate';
import { readDictionary } from '../../../src/i18n/ui-strings';

type CatalogueEntry = Parameters<typeof catalogueTool>[0];

const en = translator(readDictionary('en'), 'en');
const fr = translator(readDictionary('fr'), 'fr');
const es = translator(readDictionary('es'), 'es');

const tool = (id: string, fields: Partial<CatalogueTool>): CatalogueTool => ({
  id,
  title: id,
  titleLang: 'en',
  description: '',
  descriptionLang: 'en',
  kind: 'guide',
  topics: ['child-labour'],
  pillars: ['knowledge-data'],
  audiences: ['governments'],
  ...fields,
});

const napCl = tool('nap-cl', {
  title: 'NAP toolkit on child labour',
  kind: 'toolkit',
  pillars: ['public-policies-governance'],
});
const napFl = tool('nap-fl', {
  title: 'NAP toolkit on forced labour',
  kind: 'toolkit',
  topics: ['forced-labour'],
  pillars: ['public-policies-governance'],
});
const dueDiligence = tool('dd', {
  title: 'Due diligence toolkit for fair recruitment',
  description: 'Adapted in Malaysia for SMEs.',
  kind: 'toolkit',
  topics: ['forced-labour'],
  pillars: ['empowerment-protection', 'partnerships-advocacy'],
  audiences: ['enterprises', 'employers'],
});
const estimates = tool('est', {
  title: 'Hard to see, harder to count',
  kind: 'survey-methodology',
  topics: ['forced-labour', 'child-labour'],
  audiences: ['researchers'],
});
const impactBond = tool('bond', {
  title: "Impact Bond in Côte d'Ivoire",
  kind: 'programme',
  pillars: ['empowerment-protection'],
});
const ALL = [napCl, napFl, dueDiligence, estimates, impactBond];
const ALLOWED = { topic: TOPICS, pillar: PILLARS, kind: TOOL_KINDS, audience: AUDIENCES };
const state = (s: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTER, ...s });

describe('matchesFilter', () => {
  it('widens within a facet and narrows across facets', () => {
    const ids = (s: FilterState) => ALL.filter((t) => matchesFilter(t, s)).map((t) => t.id);
    expect(ids(state({ kind: ['toolkit'] }))).toEqual(['nap-cl', 'nap-fl', 'dd']);
    expect(ids(state({ kind: ['toolkit', 'programme'] }))).toEqual(['nap-cl', 'nap-fl', 'dd', 'bond']);
    expect(ids(state({ kind: ['toolkit'], topic: ['forced-labour'] }))).toEqual(['nap-fl', 'dd']);
    expect(ids(state({ kind: ['toolkit'], topic: ['forced-labour'], audience: ['employers'] }))).toEqual(['dd']);
    expect(ids(EMPTY_FILTER)).toHaveLength(5);
  });

  it('matches every word of the text, ignoring case and accents, in title or description', () => {
    expect(matchesText(dueDiligence, 'RECRUITMENT malaysia')).toBe(true);
    expect(matchesText(dueDiligence, 'recruitment nepal')).toBe(false);
    expect(matchesText(impactBond, 'cote')).toBe(true);
    expect(
      ALL.filter((t) => matchesFilter(t, state({ q: 'toolkit', topic: ['child-labour'] }))).map((t) => t.id),
    ).toEqual(['nap-cl']);
  });
});

describe('finding by meaning', () => {
  const brief = tool('brief', {
    title: 'Optimizing compliance through labour inspection',
    description: 'A brief for labour inspectorates.',
  });
  const handbooks = tool('hb', {
    title: 'Handbooks for business, judges and labour inspectors',
    kind: 'training',
  });
  const elearning = tool('el', {
    title: 'E-learning for law enforcement',
    description: 'Online modules for law enforcement officials.',
    kind: 'e-learning',
    audiences: ['labour-inspectors'],
  });
  const other = tool('other', { title: 'Social protection floors', description: 'Fiscal space.' });
  const tools = [brief, handbooks, elearning, other];

  it('stems a query word, keeping short words whole', () => {
    expect(stem('inspection')).toBe('inspect');
    expect(stem('inspectors')).toBe('inspect');
    expect(stem('handbooks')).toBe('handbook');
    expect(stem('paper')).toBe('paper');
  });

  it('finds "inspection" and "inspector" in titles, descriptions and audiences', () => {
    for (const query of ['inspection', 'Inspector', 'inspectors']) {
      expect(
        tools.filter((t) => matchesText(t, query)).map((t) => t.id),
        query,
      ).toEqual(['brief', 'hb', 'el']);
    }
  });

  it('finds a tool by its kind, and by its facet labels in the reader’s language', () => {
    expect(matchesText(elearning, 'e-learning')).toBe(true);
    expect(matchesText(handbooks, 'training')).toBe(true);
    expect(matchesText({ ...other, keywords: 'Organisations de travailleurs' }, 'travailleurs')).toBe(true);
    expect(matchesText(other, 'travailleurs')).toBe(false);
  });

  it('weighs a word in the title above one in the facets above one in the description', () => {
    expect(textScore(brief, 'inspection')).toBe(TEXT_WEIGHTS.title);
    expect(textScore(elearning, 'inspection')).toBe(TEXT_WEIGHTS.facets);
    expect(textScore(elearning, 'modules')).toBe(TEXT_WEIGHTS.description);
    expect(textScore(elearning, 'modules nepal')).toBe(0);
  });

  it('sorts by relevance, by title or newest first', () => {
    const dated = [
      { ...other, year: 2012 },
      { ...elearning, year: 2020 },
      { ...handbooks, title: 'Inspection handbooks', year: undefined },
    ];
    expect(sortTools(dated, 'relevance', 'inspection').map((t) => t.id)).toEqual(['hb', 'el', 'other']);
    expect(sortTools(dated, 'relevance', '').map((t) => t.id)).toEqual(['el', 'hb', 'other']);
    expect(sortTools(dated, 'title', 'inspection').map((t) => t.id)).toEqual(['el', 'hb', 'other']);
    expect(sortTools(dated, 'year', '').map((t) => t.id)).toEqual(['el', 'other', 'hb']);
  });
});

describe('optionCounts', () => {
  it('counts each option against the other facets only', () => {
    const s = state({ kind: ['toolkit'], topic: ['child-labour'] });
    const topics = optionCounts(ALL, s, 'topic');
    expect(topics.get('child-labour')).toBe(1);
    expect(topics.get('forced-labour')).toBe(2);
    const kinds = optionCounts(ALL, s, 'kind');
    expect(kinds.get('toolkit')).toBe(1);
    expect(kinds.get('survey-methodology')).toBe(1);
    expect(kinds.get('programme')).toBe(1);
  });
});

describe('query string', () => {
  it('round-trips a state and drops unknown values', () => {
    const s = state({ topic: ['forced-labour'], kind: ['toolkit', 'guide'], q: 'fair recruitment' });
    expect(toQuery(s)).toBe('?q=fair+recruitment&topic=forced-labour&kind=toolkit&kind=guide');
    expect(parseQuery(toQuery(s), ALLOWED)).toEqual({ ...s, kind: ['guide', 'toolkit'] });
    expect(parseQuery('?topic=slavery&topic=child-labour&audience=media&audience=workers', ALLOWED)).toEqual(
      state({ topic: ['child-labour'], audience: ['workers', 'media'] }),
    );
    expect(toQuery(EMPTY_FILTER)).toBe('');
  });
});

describe('lists and pages', () => {
  it('sorts by title and keeps only the tools having a facet value', () => {
    expect(byTitle(ALL).map((t) => t.id)).toEqual(['dd', 'est', 'bond', 'nap-cl', 'nap-fl']);
    expect(toolsWith(ALL, 'audience', 'employers')).toEqual([dueDiligence]);
    expect(toolsWith(ALL, 'pillar', 'public-policies-governance').map((t) => t.id)).toEqual(['nap-cl', 'nap-fl']);
    expect(toolsWith(ALL, 'kind', 'campaign')).toEqual([]);
  });

  it('cuts a list into pages that say where they sit in the whole', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(chunks(items, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(chunks([], 3)).toEqual([]);
    const pages = listPages(items, 3);
    expect(pages.map((p) => [p.currentPage, p.lastPage, p.start, p.end, p.total])).toEqual([
      [1, 3, 0, 2, 7],
      [2, 3, 3, 5, 7],
      [3, 3, 6, 6, 7],
    ]);
    expect(pages[2]!.data).toEqual([6]);
    // An empty list still has its page (which says there is nothing in it).
    expect(listPages([], 3)).toEqual([{ data: [], start: 0, end: -1, total: 0, currentPage: 1, lastPage: 1 }]);
  });
});

describe('the catalogue in a language', () => {
  const data = (title: string, translations?: CatalogueEntry['data']['translations']) => ({
    title,
    description: `About ${title}.`,
    translations,
    kind: 'guide' as const,
    topics: ['child-labour' as const],
    pillars: ['knowledge-data' as const],
    audiences: ['governments' as const],
    priorities: ['supply-chains'],
    year: 2020,
  });
  const check = {
    method: 'publisher-page' as const,
    copyAddress: 'https://example.org/guide',
    copyPublisher: 'ILO',
    checked: '2026-01-31',
  };
  const entries: CatalogueEntry[] = [
    { id: 'alpha', data: data('A guide', { fr: { descriptiveTitle: 'Un guide', description: 'Sur un guide.' } }) },
    { id: 'beta', data: data('B guide', { fr: { title: 'Guide B', titleCheck: check } }) },
    { id: 'gamma', data: data('C guide') },
  ];

  it('gives each tool its title and description in the language, saying which parts stay English', () => {
    expect(catalogueTool(entries[0]!, 'fr')).toMatchObject({
      id: 'alpha',
      title: 'Un guide',
      titleLang: 'fr',
      originalTitle: 'A guide',
      description: 'Sur un guide.',
      descriptionLang: 'fr',
      priorities: ['supply-chains'],
    });
    expect(catalogueTool(entries[1]!, 'fr')).toMatchObject({
      title: 'Guide B',
      titleLang: 'fr',
      descriptionLang: 'en',
    });
    expect(catalogueTool(entries[1]!, 'fr')).not.toHaveProperty('originalTitle');
    expect(catalogueTool(entries[0]!, 'es')).toMatchObject({
      title: 'A guide',
      titleLang: 'en',
      descriptionLang: 'en',
    });
    expect(catalogueTool(entries[0]!)).toMatchObject({ title: 'A guide', titleLang: 'en' });
  });

  it('sorts by the titles of its language', () => {
    expect(catalogueIn(entries, 'en').map((t) => t.id)).toEqual(['alpha', 'beta', 'gamma']);
    // "C guide" (English), "Guide B", "Un guide".
    expect(catalogueIn(entries, 'fr').map((t) => t.id)).toEqual(['gamma', 'beta', 'alpha']);
    const french = entries.map((entry) => catalogueTool(entry, 'fr'));
    expect(byTitle(french, 'fr').map((t) => t.title)).toEqual(['C guide', 'Guide B', 'Un guide']);
  });

  it('sorts accented titles as the language does', () => {
    const titles = ['Évaluation', 'Enquête', 'Fiche'].map((title) => tool(title, { title }));
    expect(byTitle(titles, 'fr').map((t) => t.title)).toEqual(['Enquête', 'Évaluation', 'Fiche']);
  });
});

describe('compact rows for the filter script', () => {
  it('round-trip every field of a tool, whatever its facet values', () => {
    for (const t of [
      ...ALL,
      tool('full', {
        topics: [...TOPICS],
        pillars: [...PILLARS],
        audiences: [...AUDIENCES],
        kind: TOOL_KINDS.at(-1)!,
        year: 2021,
      }),
    ]) {
      const row = encodeTool(t, FACET_VOCAB);
      expect(decodeTool(JSON.parse(JSON.stringify(row)), FACET_VOCAB, 'en')).toEqual({
        ...t,
        priorities: undefined,
        topics: TOPICS.filter((v) => t.topics.includes(v)),
        pillars: PILLARS.filter((v) => t.pillars.includes(v)),
        audiences: AUDIENCES.filter((v) => t.audiences.includes(v)),
      });
    }
  });

  it('round-trip which parts are English on a page in another language, and the original title', () => {
    const french = [
      // Our descriptive title, with the published one; a French description.
      tool('described', {
        title: 'Boîte à outils',
        titleLang: 'fr',
        originalTitle: 'A toolkit',
        description: 'Pour les entreprises.',
        descriptionLang: 'fr',
      }),
      // The publisher's own French title; the description not translated.
      tool('official', { title: 'Guide officiel', titleLang: 'fr', description: 'An English text.' }),
      // Nothing translated.
      tool('english', { title: 'An English title', description: 'An English text.' }),
    ];
    for (const t of french) {
      const row = JSON.parse(JSON.stringify(encodeTool(t, FACET_VOCAB)));
      expect(decodeTool(row, FACET_VOCAB, 'fr')).toEqual({ ...t, priorities: undefined });
    }
    const [described, official, english] = french.map((t) => encodeTool(t, FACET_VOCAB));
    expect([described!.at(-2), official!.at(-2), english!.at(-2)]).toEqual([0, 2, 3]);
    expect([described!.at(-1), official!.at(-1)]).toEqual(['A toolkit', '']);
  });

  it('stay small: facet values as numbers, no field names', () => {
    const row = encodeTool(dueDiligence, FACET_VOCAB);
    const bit = (vocab: readonly string[], value: string) => 1 << vocab.indexOf(value);
    expect(row.slice(3)).toEqual([
      TOOL_KINDS.indexOf('toolkit'),
      bit(TOPICS, 'forced-labour'),
      bit(PILLARS, 'empowerment-protection') | bit(PILLARS, 'partnerships-advocacy'),
      bit(AUDIENCES, 'enterprises') | bit(AUDIENCES, 'employers'),
      0,
      // Title and description are English; no original title.
      3,
      '',
    ]);
    expect(JSON.stringify(row)).not.toContain('forced-labour');
  });
});

describe('facet pages', () => {
  it('name and address each facet value', () => {
    expect(facetHeading(en, 'audience', 'governments')).toBe('Tools for governments');
    expect(facetHeading(en, 'topic', 'forced-labour')).toBe('Tools on forced labour');
    expect(facetHeading(en, 'kind', 'toolkit')).toBe('Kind of resource: Toolkit');
    expect(facetPath('/ipec-plus', 'audience', 'media')).toBe('/ipec-plus/tools/audience/media/');
    expect(facetPath('', 'pillar', 'knowledge-data')).toBe('/tools/pillar/knowledge-data/');
  });
});

describe('facet pages in French and Spanish', () => {
  it('name facets and values in the page language', () => {
    expect(facetLegend(fr, 'audience')).toBe('Public');
    expect(facetLabel(fr, 'kind', 'toolkit')).toBe('Boîte à outils');
    expect(facetLabel(es, 'topic', 'child-labour')).toBe('Trabajo infantil');
    expect(facetHeading(fr, 'kind', 'toolkit')).toBe('Type de ressource\u202f: Boîte à outils');
    expect(facetHeading(fr, 'topic', 'child-labour')).toBe('Outils sur le thème\u202f: travail des enfants');
  });
  it('link facet lists and catalogue pages in the language, under the base', () => {
    expect(facetPath('/ipec-plus', 'audience', 'media', 'fr')).toBe('/ipec-plus/fr/tools/audience/media/');
    expect(cataloguePath('', 'es')).toBe('/es/tools/');
    expect(cataloguePath('', 'en', 3)).toBe('/tools/page/3/');
    expect(cataloguePath('/ipec-plus', 'fr', 2)).toBe('/ipec-plus/fr/tools/page/2/');
  });
  it('count tools with the language plural and number format', () => {
    expect(fr('site.tools.count', { count: 1 })).toBe('1 outil, par titre');
    expect(fr('site.tools.count', { count: 1234 })).toBe('1\u202f234 outils, par titre');
    expect(en('site.tools.count', { count: 1 })).toBe('1 tool, by title');
    expect(es('site.tools.range', { from: 51, to: 100, total: 1234 })).toBe(
      'Herramientas 51 a 100 de 1234, por título',
    );
  });
});
