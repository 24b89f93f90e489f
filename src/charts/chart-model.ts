/**
 * Everything a chart page shows and offers for download, built from the figures and the chart's
 * entry in content/charts/: one state per year (and indicator) of a map, one state for a trend or
 * the countries map. Pure: geometry, figures and addresses come in, strings go out. The SVG, table,
 * CSV, JSON and citation of a state are built from the same rows, so they never disagree.
 */
import type { BreakdownChart, CountriesChart, RegionMapChart, TrendChartSpec } from '../schemas/chart';
import { renderBars } from './bars';
import { formatCount, formatValue } from '../utils/format';
import { geometryDefs, renderChoropleth } from './choropleth';
import { regionDataset, worldSeries, yearsWithRegions, type DataRow, type FigureLike } from './datasets';
import { citationText, type DownloadMeta, type SourceMeta } from './downloads';
import { renderProgrammeMap } from './programme-map';
import { PROGRAMME_CATEGORY_LABELS, type ProgrammeCategory } from '../schemas/vocab';
import type { ProjectedMap } from './regions-geometry';
import { standaloneSvg } from './standalone';
import { renderTrend, type TrendSeries } from './trend';

export const SITE_NAME = 'IPEC+ knowledge site';

export interface TableData {
  caption: string;
  head: string[];
  rows: { region: string; cells: string[]; href?: string }[];
}

export interface ChartState {
  /** Panel id and download file name: "child-labour-rate-2020". */
  id: string;
  /** What the page address says for this state: { year: '2020' }. */
  query: Record<string, string>;
  switchLabel: string;
  heading: string;
  subtitle: string;
  summary: string;
  /** Which regions have no value and why, for a year with only some regions. */
  missing?: string;
  notes: string[];
  svg: string;
  legend: string;
  valueList: string;
  table: TableData;
  columns: string[];
  rows: (string | number | null)[][];
  meta: DownloadMeta;
  sources: SourceMeta[];
  sourceLink?: { href: string; text: string };
  /** The chart's SVG on its own (outlines drawn, not reused): for the file and the preview. */
  bare: () => string;
  /** The chart as a standalone SVG file. */
  file: () => string;
}

export interface ChartModel {
  id: string;
  kind: 'region-map' | 'trend' | 'breakdown' | 'programme-countries';
  title: string;
  description: string;
  notes: string[];
  /** Most recent first; the first is the state the page opens on. */
  states: ChartState[];
  /** Address keys that select a state ("year", "indicator"); empty for a chart with one state. */
  stateKeys: string[];
  switchName: string;
  /** "Map" or "Chart": the name of the graphic view beside "Table". */
  viewName: string;
  latestYear?: number;
  /** Outlines the map states draw with <use>, once per page. */
  sharedSvg: string;
}

export interface Addresses {
  /** Full address (site, base and path) of a page: for citations and metadata. */
  absolute: (path: string) => string;
  /** Site-relative address (with base) of a page or file. */
  href: (path: string) => string;
}

const chartUrl = (at: Addresses, chart: string, query: Record<string, string> = {}) =>
  at.absolute(`/data/${chart}/`) + queryString(query);

export function queryString(query: Record<string, string>): string {
  const q = new URLSearchParams(query).toString();
  return q ? `?${q}` : '';
}

export const REGION_COLUMNS = [
  'region',
  'indicator',
  'value',
  'unit',
  'reference_year',
  'source_title',
  'source_publisher',
  'source_url',
  'note',
];

/** The distinct sources of the rows, in order of first use. */
export function sourcesOf(rows: DataRow[], figures: FigureLike[]): SourceMeta[] {
  const seen = new Map<string, SourceMeta>();
  for (const r of rows) {
    if (r.value === null) continue;
    const f = figures.find((x) => x.source.title === r.sourceTitle);
    if (f && !seen.has(f.source.title)) seen.set(f.source.title, { ...f.source });
  }
  return [...seen.values()];
}

/**
 * The text summary of a region map, written for the values the year has: one value is not "highest
 * and lowest", two are "higher and lower". Regions without a value are named, with the reason, in
 * the state's `missing` note.
 */
export function regionSummary(rows: DataRow[], year: number): string {
  const withValue = rows.filter((r) => r.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
  const parts: string[] = [];
  const v = (r: DataRow) => `${r.region}, ${r.valueText}`;
  if (withValue.length === 0) parts.push(`No region has a value for ${year}.`);
  else if (withValue.length === 1) parts.push(`Only one region has a value for ${year}: ${v(withValue[0])}.`);
  else if (withValue[0].value === withValue.at(-1)!.value)
    parts.push(`All ${withValue.length} regions with a value: ${withValue[0].valueText}.`);
  else if (withValue.length === 2) parts.push(`Higher: ${v(withValue[0])}. Lower: ${v(withValue[1])}.`);
  else parts.push(`Highest: ${v(withValue[0])}. Lowest: ${v(withValue.at(-1)!)}.`);
  return parts.join(' ');
}

const sourceLine = (sources: SourceMeta[], fallback: string) =>
  `Source: ${sources.map((s) => `${s.publisher} (${s.published}), ${s.title}`).join('; ') || fallback}`;

export function regionMapModel(
  id: string,
  chart: RegionMapChart,
  figures: FigureLike[],
  maps: { whole: ProjectedMap; split: ProjectedMap },
  at: Addresses,
): ChartModel {
  const geometryId = `${id}-geo`;
  const perIndicator = chart.indicators.map((spec) => ({ spec, years: yearsWithRegions(figures, spec.indicator) }));
  const stateKeys = [
    ...(chart.indicators.length > 1 ? ['indicator'] : []),
    ...(perIndicator.some((p) => p.years.length > 1) ? ['year'] : []),
  ];
  const candidates = perIndicator.flatMap(({ spec, years }) => years.map((year) => ({ spec, year })));
  candidates.sort((a, b) => b.year - a.year || chart.indicators.indexOf(a.spec) - chart.indicators.indexOf(b.spec));
  const states = candidates.map(({ spec, year }): ChartState => {
    const d = regionDataset(figures, spec.indicator, year);
    const query: Record<string, string> = {};
    if (stateKeys.includes('indicator')) query.indicator = spec.key;
    if (stateKeys.includes('year')) query.year = String(year);
    const map = d.splitAmericas ? maps.split : maps.whole;
    const unitOf = figures.find((f) => f.indicator === spec.indicator)?.unit ?? 'percent';
    const choropleth = (shared?: string) =>
      renderChoropleth({
        id: `${id}-${spec.indicator}-${year}${shared ? '' : '-file'}`,
        title: `${spec.name}, by ILO region, ${year}`,
        map,
        data: d.rows.map((r) => ({
          key: r.key!,
          name: r.region,
          value: r.value,
          valueText: r.valueText,
          labelText: spec.bareLabels && r.value !== null ? r.value.toLocaleString('en-GB') : undefined,
          year: r.referenceYear,
        })),
        formatValue: (v) => formatValue(v, unitOf),
        legendTitle: spec.legendTitle,
        sharedGeometry: shared,
      });
    const { svg, legend, valueList } = choropleth(geometryId);
    const sources = sourcesOf(d.rows, figures);
    const missingRegions = d.rows.filter((r) => r.value === null).map((r) => r.region);
    const reason =
      chart.missing.find((m) => m.year === year)?.reason ??
      (d.splitAmericas
        ? 'For this year the source gives a figure for Latin America and the Caribbean (an SDG region), not for the whole ILO Americas region.'
        : 'The sources on this site give no value for these regions for this year.');
    const title = `${chart.title}, ${year}`;
    const notes = d.rows
      .filter((r) => r.alsoReported.length)
      .map((r) => `${r.region}: also reported ${r.alsoReported.join('; ')}.`);
    const table: TableData = {
      caption: `${spec.name}, by ILO region, ${year}`,
      head: ['Region', 'Value', 'Reference year', ...(notes.length ? ['Note'] : [])],
      rows: d.rows.map((r) => ({
        region: r.region,
        cells: [
          r.valueText,
          String(r.referenceYear),
          ...(notes.length ? [r.alsoReported.length ? `Also reported: ${r.alsoReported.join('; ')}` : ''] : []),
        ],
      })),
    };
    const withValues = d.rows.filter((r) => r.value !== null);
    const sourceOf = (r: DataRow) => figures.find((f) => f.source.title === r.sourceTitle)?.source;
    const rows = withValues.map((r) => [
      r.region,
      r.indicator,
      r.value,
      r.unit,
      r.referenceYear,
      r.sourceTitle,
      sourceOf(r)?.publisher ?? '',
      r.sourceUrl,
      r.alsoReported.length ? `Also reported: ${r.alsoReported.join('; ')}` : '',
    ]);
    const url = chartUrl(at, id, query);
    return {
      id: `${spec.indicator}-${year}`,
      query,
      switchLabel:
        chart.indicators.length > 1
          ? stateKeys.includes('year')
            ? `${spec.short}, ${year}`
            : spec.short
          : String(year),
      heading: chart.indicators.length > 1 ? `${spec.short}, ${year}` : `Reference year ${year}`,
      subtitle: `${spec.name}, by ILO region. Reference year ${year}.`,
      summary: regionSummary(d.rows, year),
      missing: missingRegions.length ? `No data for ${missingRegions.join(', ')}. ${reason}` : undefined,
      notes: spec.notes,
      svg,
      legend,
      valueList,
      table,
      columns: REGION_COLUMNS,
      rows,
      sources,
      meta: {
        title,
        description: `${spec.name}, by ILO region, ${year}.`,
        unit: spec.unit,
        referenceYear: year,
        sources,
        notes: [
          ...(missingRegions.length ? [`No data for ${missingRegions.join(', ')}. ${reason}`] : []),
          ...spec.notes,
          ...chart.notes,
          ...notes,
        ],
        chartUrl: url,
        citation: citationText({ site: SITE_NAME, title, sources, url }),
      },
      bare: () => choropleth().svg,
      file: () =>
        standaloneSvg(choropleth().svg, { title, subtitle: spec.name, source: sourceLine(sources, SITE_NAME) }),
    };
  });
  return {
    id,
    kind: 'region-map',
    title: chart.title,
    description: chart.description,
    notes: chart.notes,
    states,
    stateKeys,
    switchName: stateKeys.includes('indicator') ? 'Indicator' : 'Reference year',
    viewName: 'Map',
    latestYear: candidates[0]?.year,
    sharedSvg: states.length
      ? geometryDefs(geometryId, [...maps.whole.areas, ...maps.split.areas], maps.whole.countryBorders)
      : '',
  };
}

const millions = (v: number) => (v / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 6 });

export function trendModel(id: string, chart: TrendChartSpec, figures: FigureLike[], at: Addresses): ChartModel {
  // Series are matched to their spec by indicator, never by position: a series without figures is
  // left out without shifting the names of the others.
  const withRows = chart.series
    .map((spec) => ({ spec, rows: worldSeries(figures, spec.indicator) }))
    .filter((s) => s.rows.length > 0);
  const breakOf = (indicator: string, year: number) =>
    chart.series.find((s) => s.indicator === indicator)?.notComparable.find((b) => b.year === year);
  const sourceOf = (r: DataRow) => figures.find((f) => f.source.title === r.sourceTitle)?.source;
  const drawn: TrendSeries[] = withRows.map(({ spec, rows }, i) => ({
    key: spec.indicator,
    label: spec.label,
    short: spec.short,
    dashed: i > 0,
    marker: i > 0 ? 'square' : 'circle',
    labelPosition: i > 0 ? 'below' : 'above',
    points: rows.map((r) => {
      const src = sourceOf(r);
      return {
        year: r.referenceYear,
        value: r.value!,
        valueText: r.valueText,
        shortText: millions(r.value!),
        comparable: !breakOf(spec.indicator, r.referenceYear),
        tip: `${spec.short}, ${r.referenceYear}: ${r.valueText}. Source: ${src ? `${src.publisher} (${src.published})` : r.sourceTitle}`,
      };
    }),
  }));
  const allRows = withRows.flatMap((s) => s.rows);
  const years = [...new Set(allRows.map((r) => r.referenceYear))].sort((a, b) => a - b);
  const sources = sourcesOf(allRows, figures);
  const url = chartUrl(at, id);
  const breakNotes = withRows.flatMap(({ spec }) => spec.notComparable.map((b) => b.reason));
  const notes = [...breakNotes.map((n) => `${n} It is marked * and drawn hollow.`), ...chart.notes];
  const states: ChartState[] = drawn.length
    ? [
        (() => {
          const rendered = () =>
            renderTrend({
              title: chart.title,
              series: drawn,
              yLabel: chart.axis,
              formatTick: (v) => (v === 0 ? '0' : formatCount(v)),
              formatShortTick: millions,
              yShortLabel: `${chart.axis} (millions)`,
            });
          const { svg, legend } = rendered();
          const subtitle = `${withRows.map((s) => s.spec.label).join(' and ')}, world, ${years[0]} to ${years.at(-1)}.`;
          return {
            id,
            query: {},
            switchLabel: '',
            heading: `World, ${years[0]} to ${years.at(-1)}`,
            subtitle,
            summary: drawn
              .map((s) => {
                const [first, last] = [s.points[0], s.points.at(-1)!];
                const caveat = first.comparable ? '' : ' (measured another way: not comparable)';
                return `${s.label}: ${first.valueText} in ${first.year}${caveat}, ${last.valueText} in ${last.year}.`;
              })
              .join(' '),
            notes,
            svg,
            legend,
            valueList: '',
            table: {
              caption: chart.title,
              head: ['Reference year', ...withRows.map((s) => s.spec.label), 'Note'],
              rows: years.map((year) => ({
                region: String(year),
                cells: [
                  ...withRows.map((s) => s.rows.find((r) => r.referenceYear === year)?.valueText ?? 'No figure'),
                  [
                    ...withRows
                      .filter((s) => breakOf(s.spec.indicator, year))
                      .map((s) => `${s.spec.label}: not comparable with the rest of the series`),
                    ...allRows
                      .filter((r) => r.referenceYear === year && r.alsoReported.length)
                      .map((r) => `Also reported: ${r.alsoReported.join('; ')}`),
                  ].join('. '),
                ],
              })),
            },
            columns: [
              'indicator',
              'label',
              'reference_year',
              'value',
              'unit',
              'comparable',
              'source_title',
              'source_publisher',
              'source_url',
              'note',
            ],
            rows: withRows.flatMap(({ spec, rows }) =>
              rows.map((r) => [
                r.indicator,
                spec.label,
                r.referenceYear,
                r.value,
                r.unit,
                breakOf(spec.indicator, r.referenceYear) ? 'no' : 'yes',
                r.sourceTitle,
                sourceOf(r)?.publisher ?? '',
                r.sourceUrl,
                [
                  breakOf(spec.indicator, r.referenceYear)?.reason,
                  r.alsoReported.length ? `Also reported: ${r.alsoReported.join('; ')}` : '',
                ]
                  .filter(Boolean)
                  .join(' '),
              ]),
            ),
            sources,
            meta: {
              title: chart.title,
              description: chart.description,
              unit: withRows
                .map((s) => s.spec.unit)
                .filter((u, i, all) => all.indexOf(u) === i)
                .join(', '),
              referenceYear: [years[0], years.at(-1)!] as [number, number],
              sources,
              notes,
              chartUrl: url,
              citation: citationText({ site: SITE_NAME, title: chart.title, sources, url }),
            },
            bare: () => rendered().svg,
            file: () =>
              standaloneSvg(rendered().svg, { title: chart.title, subtitle, source: sourceLine(sources, SITE_NAME) }),
          };
        })(),
      ]
    : [];
  return {
    id,
    kind: 'trend',
    title: chart.title,
    description: chart.description,
    notes: [],
    states,
    stateKeys: [],
    switchName: '',
    viewName: 'Chart',
    latestYear: years.at(-1),
    sharedSvg: '',
  };
}

/** Parts of a whole by reference year: one state per year, most recent first, bars largest first. */
export function breakdownModel(id: string, chart: BreakdownChart, figures: FigureLike[], at: Addresses): ChartModel {
  const matching = figures.filter((f) => f.indicator === chart.indicator && f.area === chart.area);
  const years = [...new Set(matching.map((f) => f.referenceYear))].sort((a, b) => b - a);
  const states = years.map((year): ChartState => {
    const parts = matching
      .filter((f) => f.referenceYear === year)
      .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
    const sources: SourceMeta[] = [...new Map(parts.map((f) => [f.source.title, { ...f.source }])).values()];
    const labelOf = (f: FigureLike) => f.label ?? f.id;
    const bars = parts.map((f) => ({
      label: labelOf(f),
      value: f.value,
      valueText: formatValue(f.value, f.unit, f.qualifier, f.decimals),
      tip: `${labelOf(f)}, ${year}: ${formatValue(f.value, f.unit, f.qualifier, f.decimals)}. Source: ${f.source.publisher} (${f.source.published})`,
    }));
    const render = () => renderBars({ title: `${chart.title}, ${year}`, bars });
    const { svg, legend } = render();
    const query: Record<string, string> = years.length > 1 ? { year: String(year) } : {};
    const url = chartUrl(at, id, query);
    const title = `${chart.title}, ${year}`;
    const subtitle = `${parts.length} types, ${chart.area === 'World' ? 'worldwide' : chart.area}. Reference year ${year}.`;
    return {
      id: `${chart.indicator}-${year}`,
      query,
      switchLabel: String(year),
      heading: `Reference year ${year}`,
      subtitle,
      summary:
        bars.length > 1
          ? `Largest: ${bars[0].label}, ${bars[0].valueText}. Smallest: ${bars.at(-1)!.label}, ${bars.at(-1)!.valueText}.`
          : bars.map((b) => `${b.label}: ${b.valueText}.`).join(' '),
      notes: chart.notes,
      svg,
      legend,
      valueList: '',
      table: {
        caption: title,
        head: ['Type', 'Value', 'Reference year'],
        rows: bars.map((b) => ({ region: b.label, cells: [b.valueText, String(year)] })),
      },
      columns: [
        'label',
        'indicator',
        'value',
        'unit',
        'reference_year',
        'source_title',
        'source_publisher',
        'source_url',
      ],
      rows: parts.map((f) => [
        labelOf(f),
        f.indicator,
        f.value,
        f.unit,
        f.referenceYear,
        f.source.title,
        f.source.publisher,
        f.source.url ?? '',
      ]),
      sources,
      meta: {
        title,
        description: chart.description,
        unit: chart.unit,
        referenceYear: year,
        sources,
        notes: chart.notes,
        chartUrl: url,
        citation: citationText({ site: SITE_NAME, title, sources, url }),
      },
      bare: () => render().svg,
      file: () =>
        standaloneSvg(render().svg, { title, subtitle: chart.description, source: sourceLine(sources, SITE_NAME) }),
    };
  });
  return {
    id,
    kind: 'breakdown',
    title: chart.title,
    description: chart.description,
    notes: [],
    states,
    stateKeys: years.length > 1 ? ['year'] : [],
    switchName: 'Reference year',
    viewName: 'Chart',
    latestYear: years[0],
    sharedSvg: '',
  };
}

export interface CountryRow {
  id: string;
  name: string;
  iso3: string;
  region: string;
  category: ProgrammeCategory;
  /** Outline at the map's scale; absent for countries too small for a 1:110m map. */
  d?: string;
}

export function countriesModel(
  id: string,
  chart: CountriesChart,
  countries: CountryRow[],
  map: ProjectedMap,
  regions: readonly string[],
  at: Addresses,
): ChartModel {
  const title = chart.title;
  const withLinks = countries.map((c) => ({ ...c, href: at.href(`/countries/${c.id}/`) }));
  const render = (links: boolean) =>
    renderProgrammeMap({ id, title, map, countries: withLinks.map((c) => (links ? c : { ...c, href: undefined })) });
  const { svg, legend, notDrawn } = render(true);
  const count = (category: ProgrammeCategory) => countries.filter((c) => c.category === category).length;
  const byRegion = regions.map((r) => `${r} ${countries.filter((c) => c.region === r).length}`).join(', ');
  const sourcesHref = at.href('/reference/sources/');
  const url = chartUrl(at, id);
  const subtitle =
    'Countries named in the IPEC+ source documents, by ILO region. The list of operating countries is as of February 2024.';
  const notes = [
    ...(notDrawn.length
      ? [
          `Too small to show on a world map at this scale, and listed in the table: ${notDrawn.map((c) => c.name).join(', ')}.`,
        ]
      : []),
    ...chart.notes,
  ];
  const state: ChartState = {
    id,
    query: {},
    switchLabel: '',
    heading: 'By ILO region',
    subtitle,
    summary: `${countries.length} countries: ${count('listed')} in the February 2024 list and ${count('mentioned')} mentioned elsewhere in the sources. By region: ${byRegion}.`,
    notes,
    svg,
    legend,
    valueList: '',
    table: {
      caption: `${title}, by ILO region`,
      head: ['Country', 'ILO region', 'In the sources'],
      rows: withLinks.map((c) => ({
        region: c.name,
        href: c.href,
        cells: [c.region, PROGRAMME_CATEGORY_LABELS[c.category]],
      })),
    },
    columns: ['country', 'iso3', 'region', 'category'],
    rows: countries.map((c) => [
      c.name,
      c.iso3,
      c.region,
      c.category === 'listed' ? 'listed-february-2024' : 'mentioned-elsewhere',
    ]),
    sources: [],
    sourceLink: { href: sourcesHref, text: 'the IPEC+ source documents' },
    meta: {
      title,
      description: chart.description,
      unit: 'countries',
      referenceYear: 2024,
      sources: [
        {
          title: 'IPEC+ source documents (list of sources)',
          publisher: 'International Labour Organization',
          published: 2024,
          url: at.absolute('/reference/sources/'),
        },
      ],
      notes,
      chartUrl: url,
      citation: citationText({ site: SITE_NAME, title, sources: [], url }),
    },
    bare: () => render(false).svg,
    file: () =>
      standaloneSvg(render(false).svg, { title, subtitle, source: `Source: the IPEC+ source documents. ${url}` }),
  };
  return {
    id,
    kind: 'programme-countries',
    title,
    description: chart.description,
    notes: [],
    states: countries.length ? [state] : [],
    stateKeys: [],
    switchName: '',
    viewName: 'Map',
    latestYear: 2024,
    sharedSvg: '',
  };
}
