/**
 * The pure parts of the chart pages: legend classes fitted to the values, the label-collision rule,
 * colours with contrast in both themes, the download files, the summaries written for the values a
 * year has, series names matched by indicator, and where the tooltip goes.
 */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { classLabel, fitClasses, rampSteps } from '../../../src/charts/legend';
import {
  droppedLabels,
  labelBox,
  labelPlan,
  LABEL_WIDTHS,
  overlaps,
  type MapLabel,
} from '../../../src/charts/label-layout';
import { contrastRatio, NO_DATA, PAGE_BACKGROUND, PROGRAMME_FILLS, RAMPS } from '../../../src/charts/palette';
import { hsl } from 'd3-color';
import { BOM, neutraliseCell, REQUIRED_META, toBibtex, toCsv, toJson, toRis } from '../../../src/charts/downloads';
import { regionSummary, trendModel, type Addresses } from '../../../src/charts/chart-model';
import type { DataRow, FigureLike } from '../../../src/charts/datasets';
import { tooltipPosition } from '../../../src/client/chart-client';
import { coarsePath } from '../../../src/charts/standalone';
import { renderBars, wrapWords } from '../../../src/charts/bars';
import { asMarkup } from '../../support/markup';
import { uiStrings } from '../../../src/i18n/ui-strings';
import { regionMapModel } from '../../../src/charts/chart-model';
import { regionName, valueIn } from '../../../src/charts/values';
import { chartSchema } from '../../../src/schemas/chart';
import { localize } from '../../../src/i18n/localize';
import type { StatArea } from '../../../src/schemas/vocab';
import { projectAreas, regionShapes } from '../../../src/charts/regions-geometry';
import { loadWorldTopology } from '../../../src/charts/world-atlas';
import { readRegionTable } from '../../../src/figures/region-table';

const en = uiStrings('en');
const at: Addresses = { absolute: (p) => `https://example.org${p}`, href: (p) => p };
const topology = loadWorldTopology();
const regionTable = readRegionTable('content/reference/ilo-regions.csv');
const projected = (split: boolean) => projectAreas(topology, regionShapes(topology, regionTable, split), 800);

describe('legend classes', () => {
  it('splits the values at the widest gaps, naming each class by the values it holds', () => {
    const { thresholds, classes } = fitClasses([19.6, 5.3, 2.9, 7.4, 4.1]);
    expect(classes).toEqual([
      { min: 2.9, max: 2.9 },
      { min: 4.1, max: 5.3 },
      { min: 7.4, max: 7.4 },
      { min: 19.6, max: 19.6 },
    ]);
    expect(thresholds).toEqual([4.1, 7.4, 19.6]);
    expect(classes.map((c) => classLabel(c, (v) => `${v}%`))).toEqual(['2.9%', '4.1% to 5.3%', '7.4%', '19.6%']);
  });

  it('never makes more classes than distinct values, nor an empty class', () => {
    expect(fitClasses([3.1]).classes).toEqual([{ min: 3.1, max: 3.1 }]);
    expect(fitClasses([3.1]).thresholds).toEqual([]);
    expect(fitClasses([5, 5, 8]).classes).toHaveLength(2);
    expect(fitClasses([]).classes).toEqual([]);
    const many = fitClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(many.classes).toHaveLength(4);
    // Every value falls in the class its thresholds give it.
    for (const v of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const index = many.thresholds.filter((t) => v >= t).length;
      expect(v).toBeGreaterThanOrEqual(many.classes[index].min);
      expect(v).toBeLessThanOrEqual(many.classes[index].max);
    }
  });

  it('spreads few classes over the colour ramp', () => {
    expect(rampSteps(1)).toEqual([1]);
    expect(rampSteps(2)).toEqual([0, 3]);
    expect(rampSteps(4)).toEqual([0, 1, 2, 3]);
  });
});

describe('colours', () => {
  it('gives every map fill at least 3:1 contrast with the page in its theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const colour of [...RAMPS[theme], PROGRAMME_FILLS[theme].listed]) {
        expect(contrastRatio(colour, PAGE_BACKGROUND[theme]), `${theme} ${colour}`).toBeGreaterThanOrEqual(3);
      }
      // Listed countries stand out from their region.
      expect(contrastRatio(PROGRAMME_FILLS[theme].listed, PROGRAMME_FILLS[theme].region)).toBeGreaterThanOrEqual(3);
    }
  });

  it('makes a higher value the stronger colour against the page, in light and dark, each step apart from the next', () => {
    for (const theme of ['light', 'dark'] as const) {
      const ramp = RAMPS[theme];
      const againstPage = ramp.map((colour) => contrastRatio(colour, PAGE_BACKGROUND[theme]));
      for (let i = 1; i < ramp.length; i++) {
        expect(againstPage[i]! - againstPage[i - 1]!, `${theme} step ${i}`).toBeGreaterThan(0.5);
        expect(contrastRatio(ramp[i]!, ramp[i - 1]!), `${theme} steps ${i - 1} and ${i}`).toBeGreaterThanOrEqual(1.3);
      }
    }
  });

  it('draws "no data" as a grey pattern that no value colour resembles', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { stripe, background } = NO_DATA[theme];
      // A pattern: its two colours differ; grey: no hue to mistake for a step of the blue ramp.
      expect(contrastRatio(stripe, background), theme).toBeGreaterThanOrEqual(1.5);
      for (const grey of [stripe, background]) expect(hsl(grey).s, `${theme} ${grey}`).toBeLessThan(0.15);
      for (const colour of RAMPS[theme]) expect(hsl(colour).s, `${theme} ${colour}`).toBeGreaterThan(0.4);
    }
  });
});

describe('label-collision rule', () => {
  const label = (key: string, x: number, y: number): MapLabel => ({ key, x, y, lines: ['Arab States', '5.3%'] });

  it('keeps labels that do not overlap, and drops a later one that runs into a kept one', () => {
    const far = [label('a', 100, 100), label('b', 600, 100)];
    expect(droppedLabels(far, 17)).toEqual([]);
    const near = [label('a', 100, 100), label('b', 140, 110), label('c', 600, 300)];
    expect(droppedLabels(near, 17)).toEqual(['b']);
    expect(overlaps(labelBox(near[0], 17), labelBox(near[1], 17))).toBe(true);
  });

  it('drops more labels as the font grows on narrower maps, never fewer', () => {
    const labels = [label('a', 100, 100), label('b', 260, 100), label('c', 600, 300)];
    const plan = labelPlan(labels);
    expect(plan.get('a')).toEqual([]);
    expect(plan.get('c')).toEqual([]);
    // 11 characters: about 112 units wide at 17, 158 at 24: "b" fits on wide maps only.
    expect(plan.get('b')).toEqual(['medium', 'narrow']);
    const sizes = LABEL_WIDTHS.map((w) => w.fontSize);
    expect([...sizes].sort((x, y) => x - y)).toEqual(sizes);
  });
});

describe('downloads', () => {
  it('writes a CSV that spreadsheets read back exactly: BOM, commas, quotes, accents; formula-like text neutralised', () => {
    const rows = [
      ["Côte d'Ivoire", 'Says "hello", twice', 12.5],
      ['=HYPERLINK("http://x")', '+1', -3.5],
      ['@SUM(A1)', '-2', 0],
      ['São Tomé and Príncipe', 'line\nbreak', null],
    ];
    const csv = toCsv(['name', 'note', 'value'], rows);
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = csvParse(csv.slice(BOM.length));
    expect(parsed.columns).toEqual(['name', 'note', 'value']);
    expect(parsed.map((r) => [r.name, r.note, r.value])).toEqual([
      ["Côte d'Ivoire", 'Says "hello", twice', '12.5'],
      [`'=HYPERLINK("http://x")`, "'+1", '-3.5'],
      ["'@SUM(A1)", "'-2", '0'],
      ['São Tomé and Príncipe', 'line\nbreak', ''],
    ]);
    expect(neutraliseCell(-3.5)).toBe('-3.5');
  });

  it('writes JSON with every metadata field and the rows under their column names', () => {
    const meta = {
      title: 'Child labour by region, 2016',
      description: 'Percentage of children in child labour.',
      unit: 'percentage of children aged 5–17',
      referenceYear: 2016,
      sources: [{ title: 'Global estimates', publisher: 'ILO', published: 2017, url: 'https://www.ilo.org/x' }],
      notes: ['A note.'],
      chartUrl: 'https://example.org/data/child-labour-map/?year=2016',
      citation: 'IPEC+ knowledge site. Child labour by region, 2016 [chart].',
    };
    const parsed = JSON.parse(toJson(meta, ['region', 'value'], [['Africa', 19.6]]));
    for (const key of REQUIRED_META) expect(parsed[key], key).toEqual(meta[key]);
    expect(parsed.data).toEqual([{ region: 'Africa', value: 19.6 }]);
  });
});

const row = (region: string, value: number | null, text?: string): DataRow => ({
  region,
  indicator: 'child-labour-rate',
  value,
  valueText: text ?? (value === null ? 'No data' : `${value}%`),
  unit: 'percent',
  referenceYear: 2024,
  sourceTitle: 'S',
  sourceUrl: '',
  alsoReported: [],
});

describe('map summaries', () => {
  it('writes one value as the only value, not as both highest and lowest', () => {
    const summary = regionSummary([row('Africa', null), row('Asia and the Pacific', 3.1)], 2024, en);
    expect(summary).toBe('Only one region has a value for 2024: Asia and the Pacific, 3.1%.');
    expect(summary).not.toMatch(/Highest|Lowest/);
  });

  it('writes two values as higher and lower, three or more as highest and lowest', () => {
    expect(regionSummary([row('A', 2), row('B', 5)], 2024, en)).toBe('Higher: B, 5%. Lower: A, 2%.');
    expect(regionSummary([row('A', 2), row('B', 5), row('C', 3)], 2024, en)).toBe('Highest: B, 5%. Lowest: A, 2%.');
    expect(regionSummary([row('A', 4), row('B', 4)], 2024, en)).toBe('All 2 regions with a value: 4%.');
    expect(regionSummary([row('A', null)], 2024, en)).toBe('No region has a value for 2024.');
  });
});

describe('map summaries and legends in French and Spanish', () => {
  const fr = uiStrings('fr');
  const es = uiStrings('es');

  it('writes the French summary of a year with one region from the template, in French number format', () => {
    const summary = regionSummary([row('Afrique', null), row('Asie et Pacifique', 3.1, '3,1\u00a0%')], 2024, fr);
    expect(summary).toBe('Une seule région a une valeur pour 2024\u202f: Asie et Pacifique, 3,1\u00a0%.');
    expect(regionSummary([row('A', 4, '4 %'), row('B', 4, '4 %')], 2024, fr)).toBe(
      'Les 2 régions ayant une valeur\u202f: 4 %.',
    );
    expect(regionSummary([row('A', null)], 2020, es)).toBe('Ninguna región tiene un valor para 2020.');
  });

  it("writes values, units and years the language's way", () => {
    expect(valueIn(fr, 3.1, 'percent')).toBe('3,1\u00a0%');
    expect(valueIn(fr, 137_600_000, 'people', 'nearly')).toBe('près de 137,6 millions');
    expect(valueIn(es, 1_500_000, 'people')).toBe('1,5 millones');
    expect(valueIn(uiStrings('en'), 6, 'percent', undefined, 1)).toBe('6.0%');
    expect(regionName(es, 'Northern America')).toBe('América del Norte');
  });

  it('gives a Spanish map its legend title, class ranges, no-data key and region names in Spanish', () => {
    const chart = chartSchema().parse({
      kind: 'region-map',
      title: 'Child labour by region',
      description: 'Rates.',
      topics: ['child-labour'],
      indicators: [
        {
          indicator: 'rate',
          key: 'rate',
          name: 'Rate',
          short: 'Rate',
          legendTitle: 'Children in child labour, percentage',
          unit: 'percentage',
          translations: { es: { legendTitle: 'Niños en trabajo infantil, porcentaje', name: 'Tasa' } },
        },
      ],
    });
    const rate = (area: StatArea, value: number): FigureLike => ({
      id: `rate-${area}`,
      indicator: 'rate',
      area,
      value,
      unit: 'percent',
      decimals: 1,
      referenceYear: 2020,
      source: { title: 'Report', publisher: 'ILO', published: 2021 },
    });
    // Five values (four classes, one of them a range); the Americas split, Northern America without data.
    const figures = [
      rate('Africa', 21.6),
      rate('Asia and the Pacific', 5.6),
      rate('Latin America and the Caribbean (SDG region)', 5.0),
      rate('Arab States', 4.4),
      rate('Europe and Central Asia', 4.1),
    ];
    if (chart.kind !== 'region-map') throw new Error('a region map');
    const model = regionMapModel(
      'child-labour-map',
      localize(chart, 'es'),
      figures,
      { whole: projected(false), split: projected(true) },
      at,
      es,
    );
    const state = asMarkup(model.states[0]!);
    expect(state.legend).toContain('Niños en trabajo infantil, porcentaje.');
    expect(state.legend).toContain('Sin datos');
    expect(state.legend).toMatch(/de 4,1\u00a0% a 4,4\u00a0%/);
    expect(state.legend).not.toMatch(/No data|Classes group| to /);
    expect(state.summary).toMatch(/^La más alta: África, 21,6\u00a0%\. La más baja: .+, 4,1\u00a0%\.$/);
    expect(state.missing).toMatch(/^Sin datos para: América del Norte\. Para este año, la fuente/);
    expect(state.table.head).toEqual(['Región', 'Valor', 'Año de referencia']);
    expect(state.svg).toContain('aria-label="Tasa, por región de la OIT, 2020"');
    expect(state.svg).toContain('aria-label="América del Norte: sin datos, 2020"');
    // A region with a value says who published it, on focus (its name) and on hover (its tooltip).
    const africa = state.svg.match(/<use class="ipec-map-area[^>]*data-key="Africa"[^>]*>/)?.[0] ?? '';
    expect(africa).toMatch(/aria-label="África: 21,6\u00a0%, 2020\. Fuente: [^"]+ \(\d{4}\)"/);
    expect(africa).toMatch(/data-tip="África · 21,6\u00a0% · 2020 · [^"]+ \(\d{4}\)"/);
    expect(uiStrings('fr')('site.charts.areaValueYear', { name: 'Afrique', value: '21,6 %', year: '2020' })).toBe(
      'Afrique\u202f: 21,6 %, 2020',
    );
    expect(state.svg).toContain('<tspan x="209.5" dy="1.1em">del Norte</tspan>');
    expect(state.meta.citation).toMatch(
      /^Sitio de conocimientos IPEC\+\. .* \[gráfico\]\. Datos: ILO \(2021\), Report\. /,
    );
    expect(state.meta.chartUrl).toBe('https://example.org/es/data/child-labour-map/');
  });
});

describe('trend series names', () => {
  const at: Addresses = { absolute: (p) => `https://example.org${p}`, href: (p) => p };
  const world = (indicator: string, value: number, year: number): FigureLike => ({
    id: `${indicator}-${year}`,
    indicator,
    area: 'World',
    value,
    unit: 'people',
    referenceYear: year,
    source: { title: 'Report', publisher: 'ILO', published: year + 1 },
  });

  it('matches names to series by indicator, so a series without figures shifts no label', () => {
    const model = trendModel(
      'trend',
      {
        kind: 'trend',
        title: 'Trend',
        description: 'Over time.',
        topics: ['child-labour'],
        axis: 'Children',
        area: 'World',
        notes: [],
        series: [
          { indicator: 'empty-series', label: 'First label', short: 'First', unit: 'children', notComparable: [] },
          { indicator: 'second', label: 'Second label', short: 'Second', unit: 'children', notComparable: [] },
        ],
      },
      [world('second', 10e6, 2016), world('second', 12e6, 2020)],
      at,
      en,
    );
    const state = asMarkup(model.states[0]);
    expect(state.table.head).toEqual(['Reference year', 'Second label', 'Note']);
    expect(state.svg).toContain('>Second</tspan>');
    expect(state.svg).not.toContain('First');
    expect(state.rows.every((r) => r[1] === 'Second label')).toBe(true);
  });
});

describe('tooltip placement', () => {
  const label = { left: 100, right: 180, top: 200, bottom: 240 };
  const intersects = (a: typeof label, b: { left: number; top: number; width: number; height: number }) =>
    a.left < b.left + b.width && b.left < a.right && a.top < b.top + b.height && b.top < a.bottom;

  it('puts the tooltip above the label when there is room, below it otherwise, never on it', () => {
    const tip = { width: 120, height: 30 };
    const above = tooltipPosition(label, tip, { width: 600 }, 200);
    expect(above.top + tip.height).toBeLessThanOrEqual(label.top);
    expect(intersects(label, { ...above, ...tip })).toBe(false);
    const below = tooltipPosition(label, tip, { width: 600 }, 10);
    expect(below.top).toBeGreaterThanOrEqual(label.bottom);
    expect(intersects(label, { ...below, ...tip })).toBe(false);
  });

  it('keeps the tooltip inside the canvas sideways', () => {
    const pos = tooltipPosition(
      { left: 0, right: 10, top: 100, bottom: 110 },
      { width: 120, height: 30 },
      { width: 300 },
      100,
    );
    expect(pos.left).toBe(0);
    const right = tooltipPosition(
      { left: 290, right: 300, top: 100, bottom: 110 },
      { width: 120, height: 30 },
      { width: 300 },
      100,
    );
    expect(right.left).toBe(180);
  });
});

describe('previews', () => {
  it('draws paths with whole units, dropping points and rings that vanish at thumbnail size', () => {
    expect(coarsePath('M0.2,0.1L0.4,0.3L10.2,0.1L10.4,10.4ZM50,50L50.2,50.1L50.4,50.3Z')).toBe('M0,0L10,0L10,10Z');
    // An open line of two points stays.
    expect(coarsePath('M0.2,0.1L20.4,9.8')).toBe('M0,0L20,10');
  });
});

describe('bars', () => {
  it('wraps long names by words and makes each bar a focusable item with its value, year and source', () => {
    expect(wrapWords('People in forced labour exploitation in the private economy', 24)).toEqual([
      'People in forced labour',
      'exploitation in the',
      'private economy',
    ]);
    const { svg } = asMarkup(
      renderBars({
        title: 'By type',
        bars: [
          {
            label: 'Private economy',
            value: 17.3e6,
            valueText: '17.3 million',
            tip: 'Private economy, 2021: 17.3 million. Source: ILO (2022)',
          },
          {
            label: 'State-imposed',
            value: 3.9e6,
            valueText: '3.9 million',
            tip: 'State-imposed, 2021: 3.9 million. Source: ILO (2022)',
          },
        ],
      }),
    );
    expect((svg.match(/<g class="ipec-chart-point ipec-bar" role="img" tabindex="0"/g) ?? []).length).toBe(1);
    expect(svg).toContain('data-tip="State-imposed, 2021: 3.9 million. Source: ILO (2022)"');
    const widths = [...svg.matchAll(/<rect class="ipec-bar-rect" x="0" y="[\d.]+" width="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths[0]).toBeGreaterThan(widths[1] * 4);
  });
});

describe('citation files', () => {
  const record = {
    id: 'child-labour-rate-2020',
    site: 'IPEC+ knowledge site',
    title: 'Child labour & work, 100% {braces}',
    sources: [{ title: 'Child Labour: Global estimates 2020', publisher: 'ILO and UNICEF', published: 2021 }],
    url: 'https://ipec.example.org/data/child-labour-map/?year=2020',
    accessed: '2026-12-07',
  };

  it('escape what BibTeX would read as commands, and keep the address as it is', () => {
    const bib = toBibtex(record);
    expect(bib).toContain('title = {Child labour \\& work, 100\\% \\{braces\\}}');
    expect(bib).toContain('url = {https://ipec.example.org/data/child-labour-map/?year=2020}');
    expect(bib).toContain(
      'note = {Data: ILO and UNICEF (2021), Child Labour: Global estimates 2020. Accessed 2026-12-07}',
    );
  });

  it('write RIS one tag a line, with the access date and no line break inside a value', () => {
    const ris = toRis({ ...record, title: 'Two\nlines' });
    expect(ris.split('\r\n')).toEqual([
      'TY  - ELEC',
      'TI  - Two lines',
      'AU  - IPEC+ knowledge site',
      'PY  - 2026',
      'UR  - https://ipec.example.org/data/child-labour-map/?year=2020',
      'Y2  - 2026/12/07',
      'N1  - Data: ILO and UNICEF (2021), Child Labour: Global estimates 2020',
      'ER  -',
      '',
    ]);
  });
});
