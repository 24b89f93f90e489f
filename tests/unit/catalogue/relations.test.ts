/**
 * The grouping and backlink helpers behind the convention, priority and country pages, on small
 * hand-made entries and on the real content files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  achievementsByPillar,
  achievementsForCountry,
  groupConventions,
  groupCountriesByRegion,
  instrumentsCited,
  prioritiesForConvention,
  supplementedBy,
  toolsForConvention,
} from '../../../src/catalogue/relations';
import { readDictionary } from '../../../src/i18n/ui-strings';
import { translator } from '../../../src/i18n/translate';
import { refId } from '../../../src/schemas/reference';
import { isDraft } from '../../../src/core/content-files';
import type { ConventionData } from '../../../src/schemas/convention';
import type { PriorityData } from '../../../src/schemas/priority';
import type { ToolData } from '../../../src/schemas/tool';
import type { IloRegion } from '../../../src/schemas/vocab';
import { withBase } from '../../../src/core/base';
import { slugify } from '../../../src/core/text';

const conv = (
  id: string,
  group: ConventionData['group'],
  instrument: ConventionData['instrument'],
  supplements?: string,
) => ({
  id,
  data: { code: id.toUpperCase(), title: id, shortTitle: id, instrument, group, supplements },
});
const conventions = [
  conv('r190', 'child-labour', 'recommendation', 'c182'),
  conv('c182', 'child-labour', 'convention'),
  conv('c138', 'child-labour', 'convention'),
  conv('p29', 'forced-labour', 'protocol', 'c29'),
  conv('c29', 'forced-labour', 'convention'),
  conv('r203', 'forced-labour', 'recommendation', 'p29'),
];

const tool = (id: string, data: Partial<ToolData>) => ({
  id,
  data: { title: id, conventions: [], countries: [], priorities: [], ...data },
});
const priority = (id: string, order: number, achievements: PriorityData['achievements']) => ({
  id,
  data: { title: id, order, context: [], achievements },
});
const ach = (
  pillar: PriorityData['achievements'][number]['pillar'],
  text: string,
  countries: string[] = [],
  tools: string[] = [],
) => ({
  pillar,
  title: text.slice(0, 20),
  text,
  countries,
  tools,
  figures: [],
});

describe('conventions', () => {
  it('groups instruments as the brochures do, conventions before protocols and recommendations, by number', () => {
    const groups = groupConventions(conventions);
    expect(groups.map((g) => g.group)).toEqual(['child-labour', 'forced-labour']);
    expect(groups[0]!.entries.map((e) => e.id)).toEqual(['c138', 'c182', 'r190']);
    expect(groups[1]!.entries.map((e) => e.id)).toEqual(['c29', 'p29', 'r203']);
  });

  it('labels the groups in the page language', () => {
    const es = translator(readDictionary('es'), 'es');
    const groups = groupConventions(conventions, es);
    expect(groups.map((g) => g.label)).toEqual([
      es('site.vocab.conventionGroup.child-labour'),
      es('site.vocab.conventionGroup.forced-labour'),
    ]);
    expect(groups[0]!.label).toBe('Trabajo infantil');
    expect(groupConventions(conventions)[0]!.label).toBe('Child labour');
  });

  it('finds what supplements an instrument, with references given as ids or as Astro references', () => {
    expect(supplementedBy(conventions, 'c29').map((e) => e.id)).toEqual(['p29']);
    expect(supplementedBy(conventions, 'p29').map((e) => e.id)).toEqual(['r203']);
    expect(supplementedBy(conventions, 'c138')).toEqual([]);
    expect(refId({ id: 'c182' })).toBe('c182');
  });

  it('reads the instruments a text cites by number', () => {
    expect(instrumentsCited('the 2023 mining code was aligned with Convention No. 182')).toEqual(['c182']);
    expect(instrumentsCited('the Work in Fishing Convention No. 188 and Recommendation No. 205 (2017)')).toEqual([
      'c188',
      'r205',
    ]);
    expect(instrumentsCited('No convention named here; 2023 is a year')).toEqual([]);
  });

  it('relates priorities to an instrument through cited text and through tools', () => {
    const priorities = [
      priority('crisis', 3, [ach('partnerships-advocacy', 'Convention No. 182 and children in armed conflict')]),
      priority('rural', 2, [ach('knowledge-data', 'cooperatives', [], ['coop-tool'])]),
      priority('supply', 1, [ach('knowledge-data', 'a survey')]),
    ];
    const tools = [
      tool('coop-tool', { conventions: ['c182'] }),
      tool('listed-tool', { conventions: ['c182'], priorities: ['supply'] }),
    ];
    expect(prioritiesForConvention(priorities, tools, 'c182').map((p) => p.id)).toEqual(['supply', 'rural', 'crisis']);
    expect(prioritiesForConvention(priorities, [], 'c182').map((p) => p.id)).toEqual(['crisis']);
    expect(toolsForConvention(tools, 'c29')).toEqual([]);
  });
});

describe('priorities and countries', () => {
  it('lists every theory-of-change category in order, with its achievements', () => {
    const sections = achievementsByPillar({
      achievements: [
        ach('knowledge-data', 'one'),
        ach('public-policies-governance', 'two'),
        ach('knowledge-data', 'three'),
      ],
    });
    expect(sections.map((s) => [s.pillar, s.achievements.length])).toEqual([
      ['public-policies-governance', 1],
      ['partnerships-advocacy', 0],
      ['empowerment-protection', 0],
      ['knowledge-data', 2],
    ]);
  });

  it('finds the achievements that name a country, by priority order', () => {
    const priorities = [
      priority('rural', 2, [ach('empowerment-protection', 'Ghana fishing', ['gha'])]),
      priority('supply', 1, [
        ach('knowledge-data', 'Madagascar mica', ['mdg', 'cod']),
        ach('knowledge-data', 'Viet Nam', ['vnm']),
      ]),
    ];
    const found = achievementsForCountry(priorities, 'cod');
    expect(found.map((g) => [g.priority.id, g.achievements.map((a) => a.text)])).toEqual([
      ['supply', ['Madagascar mica']],
    ]);
    expect(achievementsForCountry(priorities, 'fra')).toEqual([]);
  });

  it('groups countries by ILO region with listed and additional counts', () => {
    const c = (id: string, name: string, region: IloRegion, listed: boolean) => ({
      id,
      data: { name, region, listedFebruary2024: listed },
    });
    const grouped = groupCountriesByRegion([
      c('uga', 'Uganda', 'Africa', true),
      c('bfa', 'Burkina Faso', 'Africa', false),
      c('civ', "Côte d'Ivoire", 'Africa', true),
      c('jor', 'Jordan', 'Arab States', true),
    ]);
    expect(grouped.totalListed).toBe(3);
    expect(grouped.totalAdditional).toBe(1);
    expect(grouped.regions.map((r) => r.region)).toEqual([
      'Africa',
      'Americas',
      'Arab States',
      'Asia and the Pacific',
      'Europe and Central Asia',
    ]);
    expect(grouped.regions[0]!.listed.map((x) => x.id)).toEqual(['civ', 'uga']);
    expect(grouped.regions[0]!.additional.map((x) => x.id)).toEqual(['bfa']);
    expect(grouped.regions[1]!.listed).toEqual([]);
  });

  it('makes anchors and base-path links', () => {
    expect(slugify('Asia and the Pacific')).toBe('asia-and-the-pacific');
    expect(slugify("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(withBase('/', '/countries/civ/')).toBe('/countries/civ/');
    expect(withBase('/ipec-plus', '/countries/civ')).toBe('/ipec-plus/countries/civ/');
    expect(withBase('/ipec-plus', '/countries/#africa')).toBe('/ipec-plus/countries/#africa');
    expect(withBase('/', '/conventions#child-labour')).toBe('/conventions/#child-labour');
  });
});

describe('the content files', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const readDir = (name: string) =>
    readdirSync(join(root, 'content', name))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({
        id: f.replace(/\.yaml$/, ''),
        data: parse(readFileSync(join(root, 'content', name, f), 'utf8')),
      }))
      // Drafts (draft: true) are not published.
      .filter((entry) => !isDraft(entry.data));

  it('puts every country in the region its file names, listed or additional as its file says', () => {
    const countries = readDir('countries');
    const { regions, totalListed, totalAdditional } = groupCountriesByRegion(countries);
    expect(totalListed).toBeGreaterThan(0);
    expect(totalListed + totalAdditional).toBe(countries.length);
    expect(totalListed).toBe(countries.filter((c) => c.data.listedFebruary2024).length);
    for (const r of regions) for (const c of [...r.listed, ...r.additional]) expect(c.data.region, c.id).toBe(r.region);
  });

  it('names every country an achievement points at, and each priority has achievements', () => {
    const countries = new Set(readDir('countries').map((c) => c.id));
    const priorities = readDir('priorities');
    expect(priorities.length).toBeGreaterThan(0);
    for (const p of priorities) {
      expect(p.data.achievements.length).toBeGreaterThan(0);
      for (const a of p.data.achievements)
        for (const c of a.countries ?? []) expect(countries.has(c), `${p.id}: ${c}`).toBe(true);
    }
  });

  it('links each instrument to exactly the priorities whose achievements or context cite it', () => {
    const priorities = readDir('priorities');
    let links = 0;
    for (const { id } of readDir('conventions')) {
      const linked = new Set(prioritiesForConvention(priorities, [], id).map((p) => p.id));
      for (const p of priorities) {
        const texts: string[] = [
          ...(p.data.context ?? []),
          ...p.data.achievements.map((a: { text: string }) => a.text),
        ];
        const cites = texts.some((text) => instrumentsCited(text).includes(id));
        expect(linked.has(p.id), `${id} and ${p.id}`).toBe(cites);
        if (cites) links += 1;
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});
