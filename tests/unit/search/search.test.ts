import { describe, expect, it } from 'vitest';
import { FILTER_GROUPS, filterGroupsIn, searchAliases, searchFilters } from '../../../src/search/metadata';
import {
  searchStrings,
  countFilterValues,
  describeResults,
  offersFilterValue,
  pagefindFilters,
  passesFilters,
  type FilterMembership,
} from '../../../src/search/query';
import { describePartialMatches, queryWords, rankPartialMatches } from '../../../src/search/fallback';
import { translator } from '../../../src/i18n/translate';
import { readDictionary } from '../../../src/i18n/ui-strings';
import { readUrlState, urlStateQuery } from '../../../src/core/url-state';
import { fillPlural, scriptPlural } from '../../../src/i18n/script-strings';

const en = translator(readDictionary('en'), 'en');
const fr = translator(readDictionary('fr'), 'fr');
const es = translator(readDictionary('es'), 'es');
const EN = searchStrings(en);
const FR = searchStrings(fr);
const ES = searchStrings(es);

describe('search filters from frontmatter', () => {
  it('labels every field a page sets, type first', () => {
    expect(
      searchFilters({
        pageType: 'tool',
        topics: ['forced-labour'],
        regions: ['Arab States'],
        pillars: ['knowledge-data'],
        toolKind: 'e-learning',
      }),
    ).toEqual([
      ['type', 'Tool'],
      ['topic', 'Forced labour'],
      ['region', 'Arab States'],
      ['pillar', 'Knowledge and data'],
      ['kind', 'E-learning course'],
    ]);
  });
  it('treats a page without pageType as guidance', () => {
    expect(searchFilters({})).toEqual([['type', 'Guidance']]);
  });
  it('offers every value a page can carry in the filter groups', () => {
    const values = Object.fromEntries(FILTER_GROUPS.map((g) => [g.key, g.values]));
    expect(values.type).toEqual(['Guidance', 'Tool', 'Convention', 'Priority', 'Country', 'Data', 'Glossary']);
    expect(values.kind).toContain('Programme or model');
  });
  it('gives convention pages their code as an alias, and nothing to other pages', () => {
    expect(searchAliases({ pageType: 'convention' }, 'conventions/c182')).toEqual(['C182']);
    expect(searchAliases({ pageType: 'convention' }, 'conventions/p29/')).toEqual(['P29']);
    expect(searchAliases({ pageType: 'convention' }, 'conventions')).toEqual([]);
    expect(searchAliases({ pageType: 'tool' }, 'tools/scream')).toEqual([]);
  });
});

describe('search page address', () => {
  it('ORs values within a group, ANDs groups, and can leave one group out for its counts', () => {
    const filters = { type: ['Tool', 'Guidance'], topic: ['Child labour'] };
    expect(pagefindFilters(filters)).toEqual({ type: { any: ['Tool', 'Guidance'] }, topic: { any: ['Child labour'] } });
    expect(pagefindFilters(filters, 'type')).toEqual({ topic: { any: ['Child labour'] } });
  });
  it('announces counts in words', () => {
    expect(describeResults(1, { query: 'C182', filters: {} }, EN)).toBe('1 result for “C182”');
    expect(describeResults(12, { query: '', filters: { type: ['Tool'], topic: ['Child labour'] } }, EN)).toBe(
      '12 results with 2 filters',
    );
    expect(describeResults(0, { query: '', filters: {} }, EN)).toBe('0 results');
  });
  it('announces counts in French and Spanish, with their plurals and number format', () => {
    expect(describeResults(1, { query: 'C182', filters: {} }, FR)).toBe('1 résultat pour «\u202fC182\u202f»');
    expect(describeResults(1234, { query: 'cacao', filters: { type: ['Tool'] } }, FR)).toBe(
      '1\u202f234 résultats pour «\u202fcacao\u202f» avec 1 filtre',
    );
    expect(describeResults(12, { query: '', filters: { type: ['Tool'], topic: ['Child labour'] } }, ES)).toBe(
      '12 resultados con 2 filtros',
    );
  });
  it('keeps filter values in the address the same in every language (they are the index values)', () => {
    const state = readUrlState(new URLSearchParams('?q=cocoa&type=Tool&topic=Forced+labour'), ['type', 'topic']);
    expect(urlStateQuery(state)).toBe('?q=cocoa&type=Tool&topic=Forced+labour');
    const french = filterGroupsIn(fr);
    expect(french.map((g) => g.values)).toEqual(FILTER_GROUPS.map((g) => g.values));
    const type = french.find((g) => g.key === 'type')!;
    expect(type.legend).toBe('Type de page');
    expect(type.options.find((o) => o.value === 'Tool')!.label).toBe('Outil');
    expect(
      filterGroupsIn(es)
        .find((g) => g.key === 'region')!
        .options.find((o) => o.value === 'Arab States')!.label,
    ).toBe('Estados Árabes');
    expect(filterGroupsIn(en).find((g) => g.key === 'kind')!.legend).toBe('Kind of resource');
  });
  it('gives scripts plural templates that fill in like the translator', () => {
    const forms = scriptPlural(fr, 'site.search.checked');
    expect(forms).toEqual({ one: '({{count}} coché)', other: '({{count}} cochés)' });
    for (const n of [0, 1, 2, 1500])
      expect(fillPlural(forms, n, {}, 'fr-FR')).toBe(fr('site.search.checked', { count: n }));
  });
});

describe('search filter counts worked out on the page', () => {
  // Pages a–e; a, b, c are tools; d, e guidance; a, d are about child labour, b, c, e about forced labour.
  const membership: FilterMembership = {
    type: { Tool: new Set(['a', 'b', 'c']), Guidance: new Set(['d', 'e']) },
    topic: { 'Child labour': new Set(['a', 'd']), 'Forced labour': new Set(['b', 'c', 'e']) },
  };
  it('passes a page carrying any checked value of every checked group', () => {
    expect(passesFilters('a', membership, { type: ['Tool', 'Guidance'], topic: ['Child labour'] })).toBe(true);
    expect(passesFilters('b', membership, { type: ['Tool'], topic: ['Child labour'] })).toBe(false);
    expect(passesFilters('b', membership, { type: ['Tool'], topic: ['Child labour'] }, 'topic')).toBe(true);
    expect(passesFilters('z', membership, {})).toBe(true);
  });
  it('counts each value among the listed pages, a checked group as if it were unchecked', () => {
    expect(countFilterValues(['a', 'b', 'd'], membership, {})).toEqual({
      type: { Tool: 2, Guidance: 1 },
      topic: { 'Child labour': 2, 'Forced labour': 1 },
    });
    expect(countFilterValues(['a', 'b', 'd'], membership, { type: ['Tool'] })).toEqual({
      type: { Tool: 2, Guidance: 1 },
      topic: { 'Child labour': 1, 'Forced labour': 1 },
    });
  });
  it('offers a value only when it would give results, or when it is checked', () => {
    expect(offersFilterValue(3, false)).toBe(true);
    expect(offersFilterValue(0, false)).toBe(false);
    expect(offersFilterValue(undefined, false)).toBe(false);
    expect(offersFilterValue(0, true)).toBe(true);
  });
});

describe('pages with some of the words', () => {
  it('splits a query into its words, once each, without bare punctuation', () => {
    expect(queryWords('  IPEC+ donors   Norway ')).toEqual(['IPEC+', 'donors', 'Norway']);
    expect(queryWords('Norway norway – cocoa')).toEqual(['Norway', 'cocoa']);
    expect(queryWords('')).toEqual([]);
  });
  it('puts pages with more of the words first, then the higher summed score, and names the missing words', () => {
    const words = ['ipec', 'donors', 'norway'];
    const ranked = rankPartialMatches(words, [
      [
        { id: 'funding', score: 1 },
        { id: 'history', score: 9 },
        { id: 'better-work', score: 2 },
      ],
      [{ id: 'better-work', score: 3 }],
      [{ id: 'funding', score: 1 }],
    ]);
    expect(ranked.map((m) => [m.id, m.found, m.missing])).toEqual([
      ['better-work', ['ipec', 'donors'], ['norway']],
      ['funding', ['ipec', 'norway'], ['donors']],
      ['history', ['ipec'], ['donors', 'norway']],
    ]);
    expect(ranked[0]!.best).toEqual({ id: 'better-work', score: 3 });
    expect(ranked[0]!.score).toBe(5);
  });
  it('orders equal pages by id, whatever order the searches came back in', () => {
    const a = rankPartialMatches(['x', 'y'], [[{ id: 'p', score: 1 }], [{ id: 'o', score: 1 }]]);
    const b = rankPartialMatches(['y', 'x'], [[{ id: 'o', score: 1 }], [{ id: 'p', score: 1 }]]);
    expect(a.map((m) => m.id)).toEqual(['o', 'p']);
    expect(b.map((m) => m.id)).toEqual(['o', 'p']);
  });
  it('finds nothing when no word is on any page', () => {
    expect(rankPartialMatches(['a', 'b'], [[], []])).toEqual([]);
  });
  it('says that no page has every word, which words are on no page, and how many pages have some', () => {
    expect(describePartialMatches('IPEC+ donors Norway', 3, [], EN)).toBe(
      'No page has all of the words “IPEC+ donors Norway”. 3 pages have some of the words, those with the most words first.',
    );
    expect(describePartialMatches('cocoa xylophonist zither', 1, ['xylophonist', 'zither'], EN)).toBe(
      'No page has all of the words “cocoa xylophonist zither”. “xylophonist” and “zither” are on no page. 1 page has some of the words, those with the most words first.',
    );
    expect(describePartialMatches('a b c d', 2, ['b', 'c', 'd'], EN)).toContain('“b”, “c” and “d” are on no page.');
  });
  it('says the same in French', () => {
    expect(describePartialMatches('cacao xylophone cithare', 1, ['xylophone', 'cithare'], FR)).toBe(
      'Aucune page ne contient tous les mots «\u202fcacao xylophone cithare\u202f». «\u202fxylophone\u202f» et «\u202fcithare\u202f» ne figurent sur aucune page. 1 page contient certains de ces mots\u202f; celles qui en contiennent le plus viennent en premier.',
    );
  });
});
