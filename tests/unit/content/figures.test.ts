/**
 * The figures collection as data: every figure is dated and sourced, ids are unique, shares and parts
 * add up, and nothing recalled from memory in ../shared/data is published.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { figureFileSchema } from '../../../src/schemas/figure';
import { checkFigureArithmetic, SHARE_TOLERANCE, PART_TOLERANCE } from '../../../src/utils/figure-arithmetic';
import { selectSeries } from '../../../src/utils/figure-series';
import { summarizeSources } from '../../../src/utils/figure-sources';
import { listFiles, parseYamlFile } from '../../../src/utils/content-files';
import { join } from 'node:path';
import { readFigures, root, type FigureRow } from '../../support/figure-files';

const figures = readFigures();
const byId = new Map(figures.map((f) => [f.id, f]));
const get = (id: string): FigureRow => {
  const f = byId.get(id);
  if (!f) throw new Error(`no figure "${id}"`);
  return f;
};
const find = (indicator: string, area: string, year: number) =>
  figures.filter((f) => f.indicator === indicator && f.area === area && f.referenceYear === year);

describe('figure files', () => {
  it('all pass the figure schema', () => {
    const anyId = () => z.string();
    for (const path of listFiles(join(root, 'content/figures'), ['.yaml'])) {
      const { file, data } = parseYamlFile(root, path);
      const result = figureFileSchema(anyId).safeParse(data);
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  it('hold a real collection, not a sample', () => {
    expect(figures.length).toBeGreaterThan(150);
  });

  it('give every figure a reference year, a source with title, publisher and year, and a status', () => {
    for (const f of figures) {
      expect(Number.isInteger(f.referenceYear), f.id).toBe(true);
      expect(f.referenceYear, f.id).toBeGreaterThanOrEqual(1990);
      expect(f.source.title, f.id).toBeTruthy();
      expect(f.source.publisher, f.id).toBeTruthy();
      expect(f.source.published, f.id).toBeGreaterThanOrEqual(2006);
      expect(['stated-in-seed', 'verified', 'partial'], f.id).toContain(f.verification);
    }
  });

  it('use unique, topic-prefixed ids', () => {
    const ids = figures.map((f) => f.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it('pass the same arithmetic checks as the content guard', () => {
    const located = figures.map((f, index) => ({ ...f, index }));
    expect(checkFigureArithmetic(located)).toEqual([]);
  });
});

describe('shares and parts', () => {
  const groups = new Map<string, FigureRow[]>();
  for (const f of figures) if (f.shareGroup) groups.set(f.shareGroup, [...(groups.get(f.shareGroup) ?? []), f]);

  it('include the brochure regional table and the forced labour types as share groups', () => {
    expect([...groups.keys()].sort()).toEqual(['fl-2021-regional-share-brochure', 'fl-2021-type-share']);
    expect(groups.get('fl-2021-regional-share-brochure')!.map((f) => f.value)).toEqual([14, 13, 3, 55, 15]);
  });

  it.each([...groups.keys()])('share group %s adds up to 100 within ±1.5', (group) => {
    const sum = groups.get(group)!.reduce((s, f) => s + f.value, 0);
    expect(Math.abs(sum - 100)).toBeLessThanOrEqual(SHARE_TOLERANCE);
  });

  it('records the brochure table as shares, not prevalence, and says why', () => {
    for (const f of groups.get('fl-2021-regional-share-brochure')!) {
      expect(f.indicator).toBe('forced-labour-share');
      expect(f.unit).toBe('share-percent');
      expect(f.note).toMatch(/prevalence per thousand/i);
    }
  });

  it('has the 2021 forced labour types adding up to the world total within rounding', () => {
    const world = get('fl-2021-world-people');
    const types = figures.filter((f) => f.indicator === 'forced-labour-type-people' && f.referenceYear === 2021);
    expect(types.map((f) => f.value).sort()).toEqual([17_300_000, 3_900_000, 6_300_000].sort());
    const sum = types.reduce((s, f) => s + f.value, 0);
    expect(Math.abs(sum - world.value)).toBeLessThanOrEqual(world.value * PART_TOLERANCE);
    for (const t of types) expect(t.partOf).toBe('fl-2021-world-people');
  });

  it('has the 2021 regional forced labour numbers adding up to the world number within rounding', () => {
    const world = get('fl-2021-world-people');
    const regions = figures.filter(
      (f) => f.indicator === 'forced-labour-people' && f.referenceYear === 2021 && f.area !== 'World',
    );
    expect(regions.map((f) => f.area).sort()).toEqual(['Africa', 'Americas', 'Arab States', 'Asia and the Pacific', 'Europe and Central Asia']);
    const sum = regions.reduce((s, f) => s + f.value, 0);
    expect(Math.abs(sum - world.value)).toBeLessThanOrEqual(world.value * PART_TOLERANCE);
  });

  it('keeps hazardous work below all child labour in every year and area', () => {
    expect(get('cl-2020-world-children').value).toBe(160_000_000);
    for (const h of figures.filter((f) => f.indicator === 'hazardous-work-children')) {
      const total = find('child-labour-children', h.area, h.referenceYear).find((t) => t.source.published === h.source.published)
        ?? find('child-labour-children', h.area, h.referenceYear)[0];
      if (total) expect(h.value, `${h.id} vs ${total.id}`).toBeLessThan(total.value);
    }
  });
});

describe('what may be published', () => {
  it('leaves out the values ../shared/data marks as from memory', () => {
    // World child labour rates 2000-2020 (16.0, 14.2, 13.6, 10.6, 9.6, 9.6) and exact 2024 rate (7.8).
    const worldRates = figures.filter((f) => f.indicator === 'child-labour-rate' && f.area === 'World');
    expect(worldRates.map((f) => `${f.referenceYear}:${f.value}`)).toEqual(['2024:8']);
    expect(get('cl-2024-world-rate').qualifier).toBe('about');
    // 2020 world hazardous work (79 million) and rate (4.9%), revised 2004 hazardous (128 million).
    expect(find('hazardous-work-children', 'World', 2020)).toEqual([]);
    expect(figures.filter((f) => f.indicator === 'hazardous-work-rate' && f.area === 'World')).toEqual([]);
    expect(figures.some((f) => f.value === 128_000_000)).toBe(false);
    // Exact 2016 world total (151.6 million) and Europe and Central Asia hazardous work (5.3 million).
    expect(figures.some((f) => f.value === 151_600_000)).toBe(false);
    expect(find('hazardous-work-children', 'Europe and Central Asia', 2016)).toEqual([]);
    // ILO Africa 2020 number (92.2 million) and exact Sub-Saharan value (86.6 million).
    expect(figures.some((f) => f.value === 92_200_000 || f.value === 86_600_000)).toBe(false);
  });

  it('keeps the seed and report values of the 2021 forced labour total apart', () => {
    expect(get('fl-2021-world-people')).toMatchObject({ value: 27_600_000, verification: 'verified' });
    expect(get('fl-2021-world-people-headline')).toMatchObject({ value: 28_000_000, verification: 'stated-in-seed' });
    expect(get('fl-2021-world-people-headline').indicator).not.toBe('forced-labour-people');
  });

  it('records the brochure row "Latin America and the Caribbean" under the SDG region, with a note', () => {
    const lac = get('cl-2020-lac-rate');
    expect(lac).toMatchObject({ area: 'Latin America and the Caribbean (SDG region)', value: 6, unit: 'percent' });
    expect(lac.note).toMatch(/labels/);
    expect(lac.source.url).toBe('https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---ipec/documents/publication/wcms_797515.pdf');
  });

  it('has the verified 2021 regional prevalence per thousand', () => {
    const prevalence = Object.fromEntries(
      figures.filter((f) => f.indicator === 'forced-labour-prevalence' && f.referenceYear === 2021).map((f) => [f.area, f.value]),
    );
    expect(prevalence).toEqual({ World: 3.5, Africa: 2.9, Americas: 3.5, 'Arab States': 5.3, 'Asia and the Pacific': 3.5, 'Europe and Central Asia': 4.4 });
  });

  it('gives one figure per indicator, area and year for every indicator a map or chart selects', () => {
    const mapped = ['child-labour-children', 'child-labour-rate', 'hazardous-work-children', 'hazardous-work-rate', 'forced-labour-people', 'forced-labour-prevalence'];
    const seen = new Map<string, string[]>();
    for (const f of figures.filter((f) => mapped.includes(f.indicator))) {
      const key = `${f.indicator}|${f.area}|${f.referenceYear}`;
      seen.set(key, [...(seen.get(key) ?? []), f.id]);
    }
    // The one allowed exception: the first and revised estimates for 2004, told apart by their source year.
    const clashes = [...seen.entries()].filter(([, ids]) => ids.length > 1);
    expect(clashes).toEqual([['child-labour-children|World|2004', ['cl-2004-world-children-first-estimate', 'cl-2004-world-children']]]);
  });
});

describe('series and source helpers', () => {
  it('orders a series by reference year, then by publication year', () => {
    const series = selectSeries(figures, 'child-labour-children', 'World');
    expect(series.map((f) => f.value / 1e6)).toEqual([246, 218, 222, 215, 168, 152, 160, 138]);
    expect(selectSeries(figures, 'forced-labour-people', 'World').map((f) => f.value / 1e6)).toEqual([21, 24.9, 27.6]);
  });

  it('counts the figures of each source file', () => {
    const entries = figures.map((f) => ({ filePath: f.file, data: f }));
    const summaries = summarizeSources(entries, ['forced-labour-']);
    expect(summaries.map((s) => s.file)).toEqual([
      'forced-labour-estimates-2012',
      'forced-labour-estimates-2016',
      'forced-labour-estimates-2021',
      'forced-labour-profits-2014',
    ]);
    const all = summarizeSources(entries);
    expect(all.reduce((s, x) => s + x.total, 0)).toBe(figures.length);
  });
});
