import { describe, expect, it } from 'vitest';
import { comparableRuns, markerPath, renderTrend, type TrendPoint } from '../../../src/charts/trend';
import { asMarkup } from '../../support/markup';
import { placePointLabels } from '../../../src/charts/label-layout';
import { worldSeries, type FigureLike } from '../../../src/charts/datasets';

const p = (year: number, value: number, comparable = true): TrendPoint => ({
  year,
  value,
  valueText: `${value / 1e6} million`,
  shortText: `${value / 1e6}`,
  comparable,
  tip: `Series, ${year}: ${value / 1e6} million. Source: ILO (2022)`,
});
const world = (id: string, indicator: string, value: number, year: number, published: number): FigureLike => ({
  id,
  indicator,
  area: 'World',
  value,
  unit: 'people',
  referenceYear: year,
  source: { title: `Report ${published}`, publisher: 'ILO', published },
});

describe('trend', () => {
  it('breaks the line at a point measured another way and at a missing year', () => {
    const years = [2000, 2004, 2008, 2012, 2016];
    const runs = comparableRuns([p(2000, 1), p(2004, 2, false), p(2008, 3), p(2012, 4), p(2016, 5)], years);
    expect(runs.map((r) => r.map((x) => x.year))).toEqual([[2000], [2008, 2012, 2016]]);
    const gap = comparableRuns([p(2000, 1), p(2008, 3), p(2012, 4)], years);
    expect(gap.map((r) => r.map((x) => x.year))).toEqual([[2000], [2008, 2012]]);
  });

  it('picks the revised value for a year and keeps the first estimate as also reported', () => {
    const rows = worldSeries(
      [
        world('first', 'child-labour-children', 218_000_000, 2004, 2006),
        world('revised', 'child-labour-children', 222_000_000, 2004, 2010),
        world('y2000', 'child-labour-children', 246_000_000, 2000, 2013),
      ],
      'child-labour-children',
    );
    expect(rows.map((r) => [r.referenceYear, r.value])).toEqual([
      [2000, 246_000_000],
      [2004, 222_000_000],
    ]);
    expect(rows[1].alsoReported).toEqual(['218 million (ILO, 2006)']);
  });

  it('draws both series with different dashes and markers, writes first, last and odd values, and marks the odd one', () => {
    const { svg, legend } = asMarkup(
      renderTrend({
        title: 'Forced labour',
        yLabel: 'People',
        formatTick: (v) => `${v / 1e6} million`,
        formatShortTick: (v) => `${v / 1e6}`,
        yShortLabel: 'People (millions)',
        series: [
          {
            key: 'a',
            label: 'Forced labour',
            short: 'Forced labour',
            points: [p(2012, 21e6, false), p(2016, 24.9e6), p(2021, 27.6e6)],
            dashed: false,
            marker: 'circle',
            labelPosition: 'above',
          },
          {
            key: 'b',
            label: 'Second',
            short: 'Second',
            points: [p(2016, 10e6), p(2021, 12e6)],
            dashed: true,
            marker: 'square',
            labelPosition: 'below',
          },
        ],
      }),
    );
    // Each value label is written twice: in full for wide screens and files, short for phones.
    const label = (mode: 'full' | 'short', text: string) =>
      new RegExp(`<text class="ipec-chart-point-label ipec-chart-${mode}"[^>]*>${text.replace('*', '\\*')}</text>`);
    expect(svg).toMatch(label('full', '21 million*'));
    expect(svg).toMatch(label('short', '21*'));
    // A series of a few points has every value written, the middle one too (where it fits).
    expect(svg).toMatch(label('full', '24.9 million'));
    expect(svg).toContain('data-tip="Series, 2016: 24.9 million. Source: ILO (2022)"');
    expect(svg).toMatch(label('full', '27.6 million'));
    expect(svg).toMatch(label('short', '27.6'));
    expect((svg.match(/class="ipec-chart-marker ipec-chart-marker-hollow"/g) ?? []).length).toBe(1);
    expect((svg.match(/<path class="ipec-chart-line"/g) ?? []).length).toBe(2);
    expect(svg).toContain('stroke-dasharray="7 5"');
    expect(svg).toMatch(/>2012<\/text>.*>2016<\/text>.*>2021<\/text>/);
    expect(svg).toContain('>30 million</tspan><tspan class="ipec-chart-short">30</tspan>');
    expect(legend).toContain('Forced labour');
    // Each series is named beside its line, and every point can be focused and tells its value, year and source.
    expect(svg).toMatch(
      /<text class="ipec-chart-name"[^>]*><tspan[^>]*>Forced<\/tspan><tspan[^>]*>labour<\/tspan><\/text>/,
    );
    expect((svg.match(/<g class="ipec-chart-point" role="img" tabindex="0"/g) ?? []).length).toBe(1);
    expect((svg.match(/<g class="ipec-chart-point" role="img" tabindex="-1"/g) ?? []).length).toBe(4);
    expect(svg).toContain('data-tip="Series, 2021: 27.6 million. Source: ILO (2022)"');
    expect(legend).toContain(markerPath('square', 20, 8, 5));
  });

  it('places value labels clear of each other, the ticks and the markers, and leaves out one that cannot fit', () => {
    const points = [2000, 2004, 2008, 2012, 2016, 2020, 2024].map((year, i) => p(year, (246 - i * 18) * 1e6));
    const { svg } = asMarkup(
      renderTrend({
        title: 'Crowded',
        yLabel: 'Children',
        formatTick: (v) => `${v / 1e6} million`,
        formatShortTick: (v) => `${v / 1e6}`,
        yShortLabel: 'Children (millions)',
        series: [
          { key: 'a', label: 'A', short: 'A', points, dashed: false, marker: 'circle', labelPosition: 'above' },
          {
            key: 'b',
            label: 'B',
            short: 'B',
            points: points.map((q) => ({ ...q, value: q.value - 3e6, valueText: `${(q.value - 3e6) / 1e6} million` })),
            dashed: true,
            marker: 'square',
            labelPosition: 'below',
          },
        ],
      }),
    );
    for (const mode of ['full', 'short']) {
      const boxes = [
        ...svg.matchAll(
          new RegExp(
            `<text class="ipec-chart-point-label ipec-chart-${mode}" x="([\\d.-]+)" y="([\\d.-]+)"[^>]*>([^<]*)<`,
            'g',
          ),
        ),
      ].map(([, x, y, text]) => ({
        left: Number(x),
        top: Number(y) - 14,
        right: Number(x) + text!.length * 9,
        bottom: Number(y) + 4,
      }));
      // First and last of each series are wanted; with lines 3 million apart, not all four can be written.
      expect(boxes.length, mode).toBeGreaterThan(0);
      expect(boxes.length, mode).toBeLessThanOrEqual(4);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, mode).toBe(false);
    }
  });
});

describe('point label layout', () => {
  const frame = { left: 0, top: 0, right: 400, bottom: 300 };
  const label = (x: number, y: number, prefer: 'above' | 'below' = 'above') => ({
    x,
    y,
    width: 60,
    height: 16,
    prefer,
  });

  it('puts a label on its preferred side, and on another side when that one is taken', () => {
    const [first, second] = placePointLabels([label(100, 100), label(100, 100)], [], frame);
    expect(first!.bottom).toBeLessThanOrEqual(100);
    expect(second!.top).toBeGreaterThanOrEqual(100);
  });

  it('keeps labels inside the frame and off obstacles, and leaves out a label with no room', () => {
    const [edge] = placePointLabels([label(10, 100)], [], frame);
    expect(edge!.left).toBeGreaterThanOrEqual(0);
    const wall = { left: 0, top: 0, right: 400, bottom: 300 };
    expect(placePointLabels([label(100, 100)], [wall], frame)).toEqual([undefined]);
  });
});
