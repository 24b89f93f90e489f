import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  entryVisible,
  groupTools,
  matchesFilter,
  matchesText,
  optionCounts,
  parseQuery,
  toQuery,
  type CatalogueTool,
  type FilterState,
} from '../../src/utils/tool-catalogue';
import { AUDIENCES, PILLARS, TOOL_KINDS, TOPICS } from '../../src/schemas/vocab';

const tool = (id: string, fields: Partial<CatalogueTool>): CatalogueTool => ({
  id,
  title: id,
  description: '',
  kind: 'guide',
  topics: ['child-labour'],
  pillars: ['knowledge-data'],
  audiences: ['governments'],
  ...fields,
});

const napCl = tool('nap-cl', { title: 'NAP toolkit on child labour', kind: 'toolkit', pillars: ['public-policies-governance'] });
const napFl = tool('nap-fl', { title: 'NAP toolkit on forced labour', kind: 'toolkit', topics: ['forced-labour'], pillars: ['public-policies-governance'] });
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
const impactBond = tool('bond', { title: "Impact Bond in Côte d'Ivoire", kind: 'programme', pillars: ['empowerment-protection'] });
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
    expect(ALL.filter((t) => matchesFilter(t, state({ q: 'toolkit', topic: ['child-labour'] }))).map((t) => t.id)).toEqual(['nap-cl']);
  });
});

describe('entryVisible', () => {
  it('shows a two-category tool only under the chosen category', () => {
    const s = state({ pillar: ['partnerships-advocacy'] });
    expect(entryVisible(dueDiligence, 'partnerships-advocacy', s)).toBe(true);
    expect(entryVisible(dueDiligence, 'empowerment-protection', s)).toBe(false);
    expect(entryVisible(dueDiligence, 'empowerment-protection', EMPTY_FILTER)).toBe(true);
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
    expect(toQuery(s)).toBe('?topic=forced-labour&kind=toolkit,guide&q=fair%20recruitment');
    expect(parseQuery(toQuery(s), ALLOWED)).toEqual({ ...s, kind: ['guide', 'toolkit'] });
    expect(parseQuery('?topic=slavery,child-labour&audience=media&audience=workers', ALLOWED)).toEqual(
      state({ topic: ['child-labour'], audience: ['workers', 'media'] }),
    );
    expect(toQuery(EMPTY_FILTER)).toBe('');
  });
});

describe('groupTools', () => {
  it('groups by category then topic, listing two-category tools under both', () => {
    const groups = groupTools(ALL, PILLARS, TOPICS);
    expect(groups.map((g) => g.pillar)).toEqual(['public-policies-governance', 'partnerships-advocacy', 'empowerment-protection', 'knowledge-data']);
    const empowerment = groups.find((g) => g.pillar === 'empowerment-protection')!;
    expect(empowerment.topicGroups.map((g) => [g.key, g.tools.map((t) => t.id)])).toEqual([
      ['child-labour', ['bond']],
      ['forced-labour', ['dd']],
    ]);
    expect(groups.find((g) => g.pillar === 'partnerships-advocacy')!.topicGroups[0]!.tools).toEqual([dueDiligence]);
    const knowledge = groups.find((g) => g.pillar === 'knowledge-data')!;
    expect(knowledge.topicGroups).toEqual([{ key: 'child-labour+forced-labour', topics: ['child-labour', 'forced-labour'], tools: [estimates] }]);
  });
});
