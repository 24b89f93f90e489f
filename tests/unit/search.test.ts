import { describe, expect, it } from 'vitest';
import { FILTER_GROUPS, searchAliases, searchFilters } from '../../src/utils/search-metadata';
import { describeResults, pagefindFilters, paramsFromState, stateFromParams } from '../../src/utils/search-query';

const KEYS = FILTER_GROUPS.map((g) => g.key);

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
  it('round-trips query and filters, dropping unknown keys and repeats', () => {
    const params = new URLSearchParams('q=+fair+recruitment+&type=Tool&type=Tool&topic=Forced+labour&colour=red');
    const state = stateFromParams(params, KEYS);
    expect(state).toEqual({ query: 'fair recruitment', filters: { type: ['Tool'], topic: ['Forced labour'] } });
    expect(paramsFromState(state).toString()).toBe('q=fair+recruitment&type=Tool&topic=Forced+labour');
  });
  it('leaves out an empty query', () => {
    expect(paramsFromState({ query: '', filters: { type: ['Country'] } }).toString()).toBe('type=Country');
  });
  it('ORs values within a group, ANDs groups, and can leave one group out for its counts', () => {
    const filters = { type: ['Tool', 'Guidance'], topic: ['Child labour'] };
    expect(pagefindFilters(filters)).toEqual({ type: { any: ['Tool', 'Guidance'] }, topic: { any: ['Child labour'] } });
    expect(pagefindFilters(filters, 'type')).toEqual({ topic: { any: ['Child labour'] } });
  });
  it('announces counts in words', () => {
    expect(describeResults(1, { query: 'C182', filters: {} })).toBe('1 result for “C182”');
    expect(describeResults(12, { query: '', filters: { type: ['Tool'], topic: ['Child labour'] } })).toBe('12 results with 2 filters');
  });
});
