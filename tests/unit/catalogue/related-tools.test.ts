/**
 * Related tools are ranked by what they share, and unrelated tools are never listed to fill the list.
 * Checked on made-up tools, then on every tool in content/tools for the rules that must always hold.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  distinctiveWords,
  rankRelatedTools,
  relatedCandidate,
  relatedness,
  wordWeights,
  type RelatedCandidate,
} from '../../../src/catalogue/related-tools';
import { isDraft, listFiles } from '../../../src/core/content-files';

const tool = (id: string, o: Partial<RelatedCandidate> = {}): RelatedCandidate => ({
  id,
  title: o.title ?? id,
  description: o.description ?? '',
  kind: o.kind ?? 'guide',
  topics: o.topics ?? ['forced-labour'],
  pillars: o.pillars ?? ['public-policies-governance'],
  priorities: o.priorities ?? [],
  conventions: o.conventions ?? [],
});

const indicators = tool('indicators', {
  title: 'Detection indicators of forced labour',
  description: 'Warning signs for police and labour inspectors.',
  conventions: ['c29'],
});
const handbook = tool('spf-handbook', {
  title: 'Fiscal space handbook',
  description: 'Finding fiscal space to finance social protection.',
  topics: ['child-labour', 'forced-labour'],
});
const migrants = tool('spf-migrants', {
  title: 'Social protection for migrant workers',
  description: 'A good practices guide on social protection.',
});
const peace = tool('peace-framework', {
  title: 'Framework on employment and peacebuilding',
  description: 'Employment programmes in conflict-affected settings.',
  topics: ['child-labour', 'forced-labour'],
  priorities: ['crisis-fragility'],
  conventions: ['r205'],
});
const standards = tool('fl-standards', {
  title: 'Standards on forced labour',
  description: 'The conventions and protocol, for inspectors.',
  kind: 'standards',
  conventions: ['c29'],
});
const inspectors = tool('inspectors-guide', {
  title: 'Guide for labour inspectors',
  description: 'Warning signs of forced labour for inspectors and police.',
});
const data = tool('fl-data', {
  title: 'Detection indicators survey',
  description: 'Warning signs measured.',
  pillars: ['knowledge-data'],
});
const all = [indicators, handbook, migrants, peace, standards, inspectors, data];
const weights = wordWeights(all);

describe('relatedness', () => {
  it('does not relate tools that share only the broad topic and category, however alike the vocabularies', () => {
    expect(relatedness(indicators, handbook, weights)).toBe(0);
    expect(relatedness(indicators, migrants, weights)).toBe(0);
    expect(relatedness(indicators, peace, weights)).toBe(0);
  });
  it('needs a shared category of change, however alike the words', () => {
    expect(relatedness(indicators, data, weights)).toBe(0);
  });
  it('relates tools that also share an instrument, a priority or distinctive words, the more the closer', () => {
    expect(relatedness(indicators, standards, weights)).toBeGreaterThan(0);
    expect(relatedness(indicators, inspectors, weights)).toBeGreaterThan(relatedness(indicators, standards, weights));
  });
  it('is symmetric', () => {
    for (const [a, b] of [
      [indicators, standards],
      [peace, handbook],
      [indicators, inspectors],
    ] as const) {
      expect(relatedness(a, b, weights)).toBe(relatedness(b, a, weights));
    }
  });
});

describe('distinctiveWords', () => {
  it('leaves out short and common words and accents', () => {
    expect(
      distinctiveWords({ title: 'Côte d’Ivoire cocoa', description: 'The ILO and the child labour platform' }),
    ).toEqual(['cote', 'ivoire', 'cocoa', 'platform']);
  });
});

describe('rankRelatedTools', () => {
  it('ranks most alike first, leaves out unrelated tools and itself, and stops at the limit', () => {
    expect(rankRelatedTools(indicators, all).map((t) => t.id)).toEqual(['inspectors-guide', 'fl-standards']);
    const many = Array.from({ length: 8 }, (_, i) => tool(`g${i}`, { title: `G ${i}`, conventions: ['c29'] }));
    expect(rankRelatedTools(indicators, [...many, indicators], 3).map((t) => t.id)).toEqual(['g0', 'g1', 'g2']);
  });
  it('reads tools-collection entries with references as objects or ids', () => {
    const c = relatedCandidate({
      id: 'x',
      data: {
        title: 'X',
        description: 'Y',
        kind: 'guide',
        topics: ['forced-labour'],
        pillars: ['knowledge-data'],
        priorities: [{ id: 'supply-chains' }],
        conventions: ['c29'],
      },
    });
    expect(c.priorities).toEqual(['supply-chains']);
    expect(c.conventions).toEqual(['c29']);
  });
});

describe('content: related tools of every tool', () => {
  const root = resolve(import.meta.dirname, '../../..');
  // Drafts (draft: true) are not published, so they are no one's related tool.
  const tools = listFiles(join(root, 'content/tools'), ['.yaml'])
    .map((path) => ({ path, data: parse(readFileSync(path, 'utf8')) }))
    .filter(({ data }) => !isDraft(data))
    .map(({ path, data }) =>
      relatedCandidate({
        id: path.replace(/^.*\//, '').replace(/\.yaml$/, ''),
        data: { priorities: [], conventions: [], ...data },
      }),
    );

  it('share a category of change and a topic, and list each tool once, never the tool itself', () => {
    const problems: string[] = [];
    for (const t of tools) {
      const related = rankRelatedTools(t, tools);
      if (related.some((r) => r.id === t.id)) problems.push(`${t.id} lists itself`);
      if (new Set(related.map((r) => r.id)).size !== related.length) problems.push(`${t.id} lists a tool twice`);
      for (const r of related) {
        if (!r.pillars.some((p) => t.pillars.includes(p)) || !r.topics.some((x) => t.topics.includes(x)))
          problems.push(`${t.id} lists ${r.id}`);
      }
    }
    expect(tools.length).toBeGreaterThan(1);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
