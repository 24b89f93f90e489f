/**
 * The figures collection as data: every figure is dated and sourced, ids are unique, shares and parts
 * add up, and nothing recalled from memory in ../shared/data is published.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { figureFileSchema } from '../../../src/schemas/figure';
import { checkFigureArithmetic, SHARE_TOLERANCE, PART_TOLERANCE } from '../../../src/figures/arithmetic';
import { selectSeries } from '../../../src/figures/series';
import { summarizeSources } from '../../../src/figures/sources';
import { listFiles, parseYamlFile } from '../../../src/core/content-files';
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

  it.each([...groups.keys()])('share group %s adds up to 100 within ±1.5, in one unit and year', (group) => {
    const members = groups.get(group)!;
    expect(members.length, group).toBeGreaterThan(1);
    const sum = members.reduce((s, f) => s + f.value, 0);
    expect(Math.abs(sum - 100)).toBeLessThanOrEqual(SHARE_TOLERANCE);
    expect(new Set(members.map((f) => f.unit)), group).toEqual(new Set(['share-percent']));
    expect(new Set(members.map((f) => f.referenceYear)).size, group).toBe(1);
  });

  it('has parts of one kind adding up to at most their whole, in the whole’s year', () => {
    const parts = new Map<string, FigureRow[]>();
    for (const f of figures) if (f.partOf) parts.set(`${f.partOf}|${f.indicator}`, [...(parts.get(`${f.partOf}|${f.indicator}`) ?? []), f]);
    for (const [key, members] of parts) {
      const whole = get(members[0]!.partOf!);
      const sum = members.reduce((s, f) => s + f.value, 0);
      expect(sum, key).toBeLessThanOrEqual(whole.value * (1 + PART_TOLERANCE));
      for (const f of members) expect(f.referenceYear, f.id).toBe(whole.referenceYear);
    }
  });

  it('keeps hazardous work below all child labour wherever both are given for an area and year', () => {
    const pairs = figures
      .filter((f) => f.indicator === 'hazardous-work-children')
      .map((h) => {
        const totals = find('child-labour-children', h.area, h.referenceYear);
        return { h, total: totals.find((t) => t.source.published === h.source.published) ?? totals[0] };
      })
      .filter((pair): pair is { h: FigureRow; total: FigureRow } => pair.total !== undefined);
    expect(pairs.length).toBeGreaterThan(0);
    for (const { h, total } of pairs) expect(h.value, `${h.id} vs ${total.id}`).toBeLessThan(total.value);
  });

  it('gives every prevalence per thousand a value a population can have, with the world inside its regions’ range', () => {
    const prevalence = figures.filter((f) => f.indicator === 'forced-labour-prevalence');
    for (const f of prevalence) expect(f.value, f.id).toBeGreaterThan(0);
    for (const f of prevalence) expect(f.value, f.id).toBeLessThan(1000);
    for (const world of prevalence.filter((f) => f.area === 'World')) {
      const regions = prevalence.filter((f) => f.referenceYear === world.referenceYear && f.area !== 'World');
      if (regions.length === 0) continue;
      const values = regions.map((f) => f.value);
      expect(world.value, world.id).toBeGreaterThanOrEqual(Math.min(...values));
      expect(world.value, world.id).toBeLessThanOrEqual(Math.max(...values));
    }
  });
});

describe('what may be published', () => {
  it('leaves out the values ../shared/data marks as from memory', () => {
    // World child labour rates 2000-2020 (16.0, 14.2, 13.6, 10.6, 9.6, 9.6) and the exact 2024 rate (7.8).
    const fromMemory = new Map([[2000, 16], [2004, 14.2], [2008, 13.6], [2012, 10.6], [2016, 9.6], [2020, 9.6], [2024, 7.8]]);
    const worldRates = figures.filter((f) => f.indicator === 'child-labour-rate' && f.area === 'World');
    expect(worldRates.filter((f) => fromMemory.get(f.referenceYear) === f.value).map((f) => f.id)).toEqual([]);
    // 2020 world hazardous work (79 million) and rate (4.9%), revised 2004 hazardous (128 million).
    expect(find('hazardous-work-children', 'World', 2020).filter((f) => f.value === 79_000_000)).toEqual([]);
    expect(figures.filter((f) => f.indicator === 'hazardous-work-rate' && f.area === 'World' && f.referenceYear === 2020 && f.value === 4.9)).toEqual([]);
    expect(figures.some((f) => f.value === 128_000_000)).toBe(false);
    // Exact 2016 world total (151.6 million) and Europe and Central Asia hazardous work (5.3 million).
    expect(figures.some((f) => f.value === 151_600_000)).toBe(false);
    expect(find('hazardous-work-children', 'Europe and Central Asia', 2016).filter((f) => f.value === 5_300_000)).toEqual([]);
    // ILO Africa 2020 number (92.2 million) and exact Sub-Saharan value (86.6 million).
    expect(figures.some((f) => f.value === 92_200_000 || f.value === 86_600_000)).toBe(false);
  });

  it('gives one figure per indicator, area and year for every indicator a map or chart selects, or tells them apart by source year', () => {
    const mapped = ['child-labour-children', 'child-labour-rate', 'hazardous-work-children', 'hazardous-work-rate', 'forced-labour-people', 'forced-labour-prevalence'];
    const seen = new Map<string, FigureRow[]>();
    for (const f of figures.filter((f) => mapped.includes(f.indicator))) {
      const key = `${f.indicator}|${f.area}|${f.referenceYear}`;
      seen.set(key, [...(seen.get(key) ?? []), f]);
    }
    // A first and a revised estimate for the same year are allowed when their sources' years differ.
    const clashes = [...seen.entries()]
      .filter(([, same]) => new Set(same.map((f) => f.source.published)).size < same.length)
      .map(([key, same]) => `${key}: ${same.map((f) => f.id).join(', ')}`);
    expect(clashes).toEqual([]);
  });
});

describe('series and source helpers', () => {
  it('orders a series by reference year, then by publication year, and leaves none of its figures out', () => {
    for (const indicator of ['child-labour-children', 'forced-labour-people']) {
      const series = selectSeries(figures, indicator, 'World');
      expect(series.length, indicator).toBeGreaterThan(1);
      expect(series.length, indicator).toBe(figures.filter((f) => f.indicator === indicator && f.area === 'World').length);
      const order = series.map((f) => [f.referenceYear, f.source.published] as const);
      const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(order, indicator).toEqual(sorted);
    }
  });

  it('counts the figures of each source file, once each, only for the files asked for', () => {
    const entries = figures.map((f) => ({ filePath: f.file, data: f }));
    const summaries = summarizeSources(entries, ['forced-labour-']);
    expect(summaries.length).toBeGreaterThan(0);
    for (const s of summaries) expect(s.file).toMatch(/^forced-labour-/);
    expect(new Set(summaries.map((s) => s.file)).size).toBe(summaries.length);
    const all = summarizeSources(entries);
    expect(all.reduce((s, x) => s + x.total, 0)).toBe(figures.length);
  });
});
