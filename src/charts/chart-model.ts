/**
 * Everything a chart page shows and offers for download, built from the figures and the chart's
 * entry in content/charts/: one state per year (and indicator) of a map, one state for a trend or
 * the countries map. Pure: geometry, figures and addresses come in, strings go out. The SVG, table,
 * CSV, JSON and citation of a state are built from the same rows, so they never disagree.
 */
import { lowerFirst } from '../core/text';
import type { BreakdownChart, ChartEntry, CountriesChart, RegionMapChart, TrendChartSpec } from '../schemas/chart';
import { renderBars } from './bars';
import { geometryDefs, mapText, renderChoropleth } from './choropleth';
import { countIn, figureIn, regionName, valueIn } from './values';
import { formatNumber, vocabLabel, type Translate } from '../i18n/translate';
import { localizePath } from '../core/locales';
import { regionDataset, worldSeries, yearsWithRegions, type DataRow, type FigureLike } from './datasets';
import { chartDownload, stateDownload } from './download-names';
import { citationParts, type CitationPart, type DownloadMeta, type SourceMeta } from './downloads';
import { renderProgrammeMap } from './programme-map';
import type { ProgrammeCategory } from '../schemas/vocab';
import type { ProjectedMap } from './regions-geometry';
import { exportSvg, type ExportSize } from './standalone';
import { NO_HTML, type Html } from '../core/html';
import type { ChartDrawing } from './svg';
import { renderTrend, type TrendSeries } from './trend';

interface TableData {
  caption: string;
  head: string[];
  /** `lang`: the language of the row's name when it is not the page's (a country's English name). */
  rows: { region: string; cells: string[]; href?: string }[];
}

export interface ChartState {
  /** Panel id, unique within its chart: "child-labour-rate-2020". */
  id: string;
  /** Name of the state's download files, unique across charts (download-names.ts): "child-labour-map.rate-2020". */
  download: string;
  /** What the page address says for this state: { year: '2020' }. */
  query: Record<string, string>;
  switchLabel: string;
  heading: string;
  subtitle: string;
  summary: string;
  /** Which regions have no value and why, for a year with only some regions. */
  missing?: string;
  notes: string[];
  svg: Html;
  legend: Html;
  valueList: Html;
  table: TableData;
  columns: string[];
  rows: (string | number | null)[][];
  meta: DownloadMeta;
  /** `meta.citation` in pieces, with the sources' English titles and publishers apart (for the page). */
  citation: CitationPart[];
  /** The citation in a line: "ILO and UNICEF (2021), via IPEC+ knowledge site". */
  shortCitation: string;
  sources: SourceMeta[];
  sourceLink?: { href: string; text: string };
  /** The chart's SVG on its own (outlines drawn, not reused): for the file and the preview. */
  bare: () => ChartDrawing;
  /** The chart as a standalone SVG file in the page's language, laid out for one of the export sizes. */
  file: (size?: ExportSize) => string;
}

export interface ChartModel {
  id: string;
  kind: 'region-map' | 'trend' | 'breakdown' | 'programme-countries';
  /** What the chart is about, from its file: its page's topic filter. */
  topics: ChartEntry['topics'];
  title: string;
  /** Its name in the home page's "Latest data": the file's `shortTitle`, or its title. */
  shortTitle: string;
  /** The line under that name: what the chart shows, for which years ("Map and table, estimates for 2024"). */
  listing: string;
  description: string;
  notes: string[];
  /** Most recent first. */
  states: ChartState[];
  /**
   * Id of the state the chart opens on, when not the first: a map opens on the latest year with values
   * for all or nearly all regions, so a reader's first view is not a map of hatched regions.
   */
  opensOn?: string;
  /** Address keys that select a state ("year", "indicator"); empty for a chart with one state. */
  stateKeys: string[];
  switchName: string;
  /** "Map" or "Chart": the name of the graphic view beside "Table". */
  viewName: string;
  latestYear?: number;
  /** Outlines the map states draw with <use>, once per page. */
  sharedSvg: Html;
}

export interface Addresses {
  /** Full address (site, base and path) of a page: for citations and metadata. */
  absolute: (path: string) => string;
  /** Site-relative address (with base) of a page or file. */
  href: (path: string) => string;
}

const chartUrl = (at: Addresses, t: Translate, chart: string, query: Record<string, string> = {}) =>
  at.absolute(localizePath(`/data/${chart}/`, t.lang)) + queryString(query);

/** A year as text: never grouped ("2 021") the way a number is in French. */
const yr = (year: number) => String(year);

/** A chart's citation as the page shows it (in pieces) and as the downloads give it (one line). */
function cite(o: Parameters<typeof citationParts>[0], t: Translate) {
  const parts = citationParts(o, t);
  return { parts, text: parts.map((part) => part.text).join('') };
}

/** Sources of a chart in one line: "ILO and UNICEF (2021), Child Labour: …; …". */
const sourceList = (t: Translate, sources: SourceMeta[]) =>
  sources
    .map((s) => t('site.charts.sourceItem', { publisher: s.publisher, published: yr(s.published), title: s.title }))
    .join(t('site.semicolon'));

/** The short citation: who published the numbers, and where they were found. */
function shortCite(t: Translate, title: string, sources: SourceMeta[]): string {
  const site = t('site.charts.siteName');
  const publishers = [
    ...new Set(
      sources.map((s) => t('site.charts.publisherYear', { publisher: s.publisher, published: yr(s.published) })),
    ),
  ];
  return publishers.length
    ? t('site.charts.citationShort', { sources: publishers.join(t('site.semicolon')), site })
    : t('site.charts.citationShortSite', { site, title });
}

export function queryString(query: Record<string, string>): string {
  const q = new URLSearchParams(query).toString();
  return q ? `?${q}` : '';
}

const REGION_COLUMNS = [
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
export function regionSummary(rows: DataRow[], year: number, t: Translate): string {
  const withValue = rows.filter((r) => r.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
  const v = (r: DataRow) => t('site.charts.summary.regionValue', { region: r.region, value: r.valueText });
  const count = withValue.length;
  const y = yr(year);
  if (count === 0) return t('site.charts.summary.none', { year: y });
  if (count === 1)
    return t('site.charts.summary.one', { year: y, region: withValue[0].region, value: withValue[0].valueText });
  if (withValue[0].value === withValue.at(-1)!.value)
    return t('site.charts.summary.allEqual', { count, value: withValue[0].valueText });
  if (count === 2) return t('site.charts.summary.two', { high: v(withValue[0]), low: v(withValue[1]) });
  return t('site.charts.summary.range', { high: v(withValue[0]), low: v(withValue.at(-1)!) });
}

/** A state's switch label, with how many regions it covers when it does not cover them all ("2024 (1 of 5 regions)"). */
const coverageLabel = (t: Translate, label: string, covered: number, total: number) =>
  covered < total ? t('site.charts.coverage', { label, covered, total }) : label;

const sourceLine = (t: Translate, sources: SourceMeta[], fallback: string) =>
  t('site.charts.sourceLine', { sources: sourceList(t, sources) || fallback });

/** Share of the best-covered state's regions a state needs to be a chart's opening view ("nearly all"). */
const NEARLY_ALL = 0.8;

/**
 * Which of `coverage` (regions with a value, per state, most recent first) a chart opens on: the most
 * recent whose coverage is at least NEARLY_ALL of the best one's, or the first when none is.
 */
export function openingIndex(coverage: number[]): number {
  const best = Math.max(0, ...coverage);
  const index = coverage.findIndex((covered) => covered > 0 && covered >= NEARLY_ALL * best);
  return index < 0 ? 0 : index;
}

/** The state a chart opens on. */
export const openingState = (chart: Pick<ChartModel, 'states' | 'opensOn'>): ChartState | undefined =>
  chart.states.find((s) => s.id === chart.opensOn) ?? chart.states[0];

export function regionMapModel(
  id: string,
  chart: RegionMapChart,
  figures: FigureLike[],
  maps: { whole: ProjectedMap; split: ProjectedMap },
  at: Addresses,
  t: Translate,
): ChartModel {
  const geometryId = `${id}-geo`;
  const site = t('site.charts.siteName');
  const words = mapText(t);
  const format = (f: FigureLike) => figureIn(t, f);
  const perIndicator = chart.indicators.map((spec) => ({ spec, years: yearsWithRegions(figures, spec.indicator) }));
  const stateKeys = [
    ...(chart.indicators.length > 1 ? ['indicator'] : []),
    ...(perIndicator.some((p) => p.years.length > 1) ? ['year'] : []),
  ];
  const candidates = perIndicator.flatMap(({ spec, years }) => years.map((year) => ({ spec, year })));
  candidates.sort((a, b) => b.year - a.year || chart.indicators.indexOf(a.spec) - chart.indicators.indexOf(b.spec));
  const datasets = candidates.map(({ spec, year }) =>
    regionDataset(figures, spec.indicator, year, format, words.noData),
  );
  const coverage = datasets.map((d) => d.rows.filter((r) => r.value !== null).length);
  const states = candidates.map(({ spec, year }, index): ChartState => {
    const d = datasets[index]!;
    // The rows as the page names them; the download rows keep the English names.
    const shown = d.rows.map((r) => ({ ...r, region: regionName(t, r.region) }));
    const query: Record<string, string> = {};
    if (stateKeys.includes('indicator')) query.indicator = spec.key;
    if (stateKeys.includes('year')) query.year = yr(year);
    const map = d.splitAmericas ? maps.split : maps.whole;
    const publisherOf = (title: string) => {
      const src = figures.find((f) => f.source.title === title)?.source;
      return src && t('site.charts.publisherYear', { publisher: src.publisher, published: yr(src.published) });
    };
    const unitOf = figures.find((f) => f.indicator === spec.indicator)?.unit ?? 'percent';
    const byRegion = t('site.charts.map.byRegion', { indicator: spec.name, year: yr(year) });
    const choropleth = (shared?: string) =>
      renderChoropleth({
        id: `${id}-${spec.indicator}-${year}${shared ? '' : '-file'}`,
        title: byRegion,
        map,
        data: shown.map((r) => ({
          key: r.key!,
          name: r.region,
          value: r.value,
          valueText: r.valueText,
          labelText: spec.bareLabels && r.value !== null ? formatNumber(r.value, t.lang) : undefined,
          year: r.referenceYear,
          source: publisherOf(r.sourceTitle),
        })),
        formatValue: (v) => valueIn(t, v, unitOf),
        legendTitle: spec.legendTitle,
        sharedGeometry: shared,
        text: words,
      });
    const { svg, legend, valueList } = choropleth(geometryId);
    const sources = sourcesOf(d.rows, figures);
    const missingRegions = shown.filter((r) => r.value === null).map((r) => r.region);
    const reason =
      chart.missing.find((m) => m.year === year)?.reason ??
      (d.splitAmericas ? t('site.charts.missing.splitAmericas') : t('site.charts.missing.noValue'));
    const missing = missingRegions.length
      ? t('site.charts.missing.note', { regions: missingRegions.join(', '), reason })
      : undefined;
    const title = t('site.charts.titleYear', { title: chart.title, year: yr(year) });
    const alsoText = (also: string[]) => t('site.charts.alsoReportedCell', { values: also.join(t('site.semicolon')) });
    const notes = shown
      .filter((r) => r.alsoReported.length)
      .map((r) =>
        t('site.charts.alsoReported', { region: r.region, values: r.alsoReported.join(t('site.semicolon')) }),
      );
    const table: TableData = {
      caption: byRegion,
      head: [
        t('site.charts.head.region'),
        t('site.charts.head.value'),
        t('site.charts.head.referenceYear'),
        ...(notes.length ? [t('site.charts.head.note')] : []),
      ],
      rows: shown.map((r) => ({
        region: r.region,
        cells: [
          r.valueText,
          yr(r.referenceYear),
          ...(notes.length ? [r.alsoReported.length ? alsoText(r.alsoReported) : ''] : []),
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
    const url = chartUrl(at, t, id, query);
    const indicatorYear = t('site.charts.indicatorYear', { indicator: spec.short, year: yr(year) });
    const citation = cite({ site, title, sources, url }, t);
    return {
      id: `${spec.indicator}-${year}`,
      download: stateDownload(id, year, spec.key),
      query,
      switchLabel: coverageLabel(
        t,
        chart.indicators.length > 1 ? (stateKeys.includes('year') ? indicatorYear : spec.short) : yr(year),
        coverage[index]!,
        d.rows.length,
      ),
      heading: chart.indicators.length > 1 ? indicatorYear : t('site.charts.referenceYear', { year: yr(year) }),
      subtitle: t('site.charts.map.subtitle', { indicator: spec.name, year: yr(year) }),
      summary: regionSummary(shown, year, t),
      missing,
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
        description: t('site.charts.map.description', { indicator: spec.name, year: yr(year) }),
        unit: spec.unit,
        referenceYear: year,
        sources,
        notes: [...(missing ? [missing] : []), ...spec.notes, ...chart.notes, ...notes],
        chartUrl: url,
        citation: citation.text,
      },
      citation: citation.parts,
      shortCitation: shortCite(t, title, sources),
      bare: () => choropleth(),
      file: (size) => {
        const drawn = choropleth();
        return exportSvg(
          {
            lang: t.lang,
            title,
            subtitle: spec.name,
            legendTitle: drawn.legendTitle,
            keys: drawn.keys,
            chart: drawn,
            notes: [
              ...(drawn.leftOutWide.length ? [drawn.leftOutWide.join(t('site.semicolon'))] : []),
              ...(missing ? [missing] : []),
              ...spec.notes,
              ...chart.notes,
              ...notes,
            ],
            source: sourceLine(t, sources, site),
            credit: t('site.charts.exportCredit', { site, url }),
          },
          size,
        );
      },
    };
  });
  return {
    id,
    kind: 'region-map',
    topics: chart.topics,
    title: chart.title,
    shortTitle: chart.shortTitle ?? chart.title,
    listing: t('site.home.latest.yearDetail', { view: t('site.charts.view.map'), year: yr(candidates[0]?.year ?? 0) }),
    description: chart.description,
    notes: chart.notes,
    states,
    opensOn: states[openingIndex(coverage)]?.id,
    stateKeys,
    switchName: stateKeys.includes('indicator') ? t('site.charts.switch.indicator') : t('site.charts.switch.year'),
    viewName: t('site.charts.view.map'),
    latestYear: candidates[0]?.year,
    sharedSvg: states.length
      ? geometryDefs(geometryId, [...maps.whole.areas, ...maps.split.areas], maps.whole.countryBorders)
      : NO_HTML,
  };
}

export function trendModel(
  id: string,
  chart: TrendChartSpec,
  figures: FigureLike[],
  at: Addresses,
  t: Translate,
): ChartModel {
  const site = t('site.charts.siteName');
  const format = (f: FigureLike) => figureIn(t, f);
  const millions = (v: number) => formatNumber(v / 1e6, t.lang, { maximumFractionDigits: 6 });
  // Series are matched to their spec by indicator, never by position: a series without figures is
  // left out without shifting the names of the others.
  const withRows = chart.series
    .map((spec) => ({ spec, rows: worldSeries(figures, spec.indicator, format) }))
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
        tip: t('site.charts.trend.tip', {
          series: spec.short,
          year: yr(r.referenceYear),
          value: r.valueText,
          source: src
            ? t('site.charts.publisherYear', { publisher: src.publisher, published: yr(src.published) })
            : r.sourceTitle,
        }),
      };
    }),
  }));
  const allRows = withRows.flatMap((s) => s.rows);
  const years = [...new Set(allRows.map((r) => r.referenceYear))].sort((a, b) => a - b);
  const sources = sourcesOf(allRows, figures);
  const url = chartUrl(at, t, id);
  const breakNotes = withRows.flatMap(({ spec }) => spec.notComparable.map((b) => b.reason));
  const notes = [...breakNotes.map((reason) => t('site.charts.trend.breakNote', { reason })), ...chart.notes];
  const from = yr(years[0] ?? 0);
  const to = yr(years.at(-1) ?? 0);
  const alsoText = (also: string[]) => t('site.charts.alsoReportedCell', { values: also.join(t('site.semicolon')) });
  const states: ChartState[] = drawn.length
    ? [
        (() => {
          const rendered = () =>
            renderTrend({
              title: chart.title,
              series: drawn,
              yLabel: chart.axis,
              formatTick: (v) => (v === 0 ? '0' : countIn(t, v)),
              formatShortTick: millions,
              yShortLabel: t('site.charts.trend.axisMillions', { axis: chart.axis }),
              xLabel: t('site.charts.head.referenceYear'),
            });
          const { svg, legend } = rendered();
          const citation = cite({ site, title: chart.title, sources, url }, t);
          const subtitle = t('site.charts.trend.subtitle', {
            // "Children in child labour and children in hazardous work": a list in the language's way,
            // each label after the first in lower case as it reads mid-sentence (acronyms kept).
            series: new Intl.ListFormat(t.lang, { type: 'conjunction' }).format(
              withRows.map((s, i) => (i === 0 ? s.spec.label : lowerFirst(s.spec.label))),
            ),
            from,
            to,
          });
          return {
            id,
            download: chartDownload(id),
            query: {},
            switchLabel: '',
            heading: t('site.charts.trend.heading', { from, to }),
            subtitle,
            summary: drawn
              .map((s) => {
                const [first, last] = [s.points[0], s.points.at(-1)!];
                return t(first.comparable ? 'site.charts.trend.summary' : 'site.charts.trend.summaryBreak', {
                  series: s.label,
                  first: first.valueText,
                  firstYear: yr(first.year),
                  last: last.valueText,
                  lastYear: yr(last.year),
                });
              })
              .join(' '),
            notes,
            svg,
            legend,
            valueList: NO_HTML,
            table: {
              caption: chart.title,
              head: [
                t('site.charts.head.referenceYear'),
                ...withRows.map((s) => s.spec.label),
                t('site.charts.head.note'),
              ],
              rows: years.map((year) => ({
                region: yr(year),
                cells: [
                  ...withRows.map(
                    (s) => s.rows.find((r) => r.referenceYear === year)?.valueText ?? t('site.charts.trend.noFigure'),
                  ),
                  [
                    ...withRows
                      .filter((s) => breakOf(s.spec.indicator, year))
                      .map((s) => t('site.charts.trend.notComparable', { series: s.spec.label })),
                    ...allRows
                      .filter((r) => r.referenceYear === year && r.alsoReported.length)
                      .map((r) => alsoText(r.alsoReported)),
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
              citation: citation.text,
            },
            citation: citation.parts,
            shortCitation: shortCite(t, chart.title, sources),
            bare: () => rendered(),
            file: (size) => {
              const drawnChart = rendered();
              return exportSvg(
                {
                  lang: t.lang,
                  title: chart.title,
                  subtitle,
                  keys: drawnChart.keys,
                  chart: drawnChart,
                  notes,
                  source: sourceLine(t, sources, site),
                  credit: t('site.charts.exportCredit', { site, url }),
                },
                size,
              );
            },
          };
        })(),
      ]
    : [];
  return {
    id,
    kind: 'trend',
    topics: chart.topics,
    title: chart.title,
    shortTitle: chart.shortTitle ?? chart.title,
    listing: t('site.home.latest.trendDetail', { first: from, last: to }),
    description: chart.description,
    notes: [],
    states,
    stateKeys: [],
    switchName: '',
    viewName: t('site.charts.view.chart'),
    latestYear: years.at(-1),
    sharedSvg: NO_HTML,
  };
}

/** Parts of a whole by reference year: one state per year, most recent first, bars largest first. */
export function breakdownModel(
  id: string,
  chart: BreakdownChart,
  figures: FigureLike[],
  at: Addresses,
  t: Translate,
): ChartModel {
  const site = t('site.charts.siteName');
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
      valueText: figureIn(t, f),
      tip: t('site.charts.bars.tip', {
        label: labelOf(f),
        year: yr(year),
        value: figureIn(t, f),
        source: t('site.charts.publisherYear', { publisher: f.source.publisher, published: yr(f.source.published) }),
      }),
    }));
    const title = t('site.charts.titleYear', { title: chart.title, year: yr(year) });
    const render = () => renderBars({ title, bars });
    const { svg, legend } = render();
    const query: Record<string, string> = years.length > 1 ? { year: yr(year) } : {};
    const url = chartUrl(at, t, id, query);
    const citation = cite({ site, title, sources, url }, t);
    const subtitle = t('site.charts.bars.subtitle', {
      count: parts.length,
      area: chart.area === 'World' ? t('site.charts.bars.worldwide') : regionName(t, chart.area),
      year: yr(year),
    });
    return {
      id: `${chart.indicator}-${year}`,
      download: stateDownload(id, year),
      query,
      switchLabel: yr(year),
      heading: t('site.charts.referenceYear', { year: yr(year) }),
      subtitle,
      summary:
        bars.length > 1
          ? t('site.charts.bars.summary', {
              largest: bars[0].label,
              largestValue: bars[0].valueText,
              smallest: bars.at(-1)!.label,
              smallestValue: bars.at(-1)!.valueText,
            })
          : bars.map((b) => t('site.charts.bars.summaryOne', { label: b.label, value: b.valueText })).join(' '),
      notes: chart.notes,
      svg,
      legend,
      valueList: NO_HTML,
      table: {
        caption: title,
        head: [t('site.charts.head.type'), t('site.charts.head.value'), t('site.charts.head.referenceYear')],
        rows: bars.map((b) => ({ region: b.label, cells: [b.valueText, yr(year)] })),
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
        citation: citation.text,
      },
      citation: citation.parts,
      shortCitation: shortCite(t, title, sources),
      bare: () => render(),
      file: (size) =>
        exportSvg(
          {
            lang: t.lang,
            title,
            subtitle: chart.description,
            keys: [],
            chart: render(),
            notes: chart.notes,
            source: sourceLine(t, sources, site),
            credit: t('site.charts.exportCredit', { site, url }),
          },
          size,
        ),
    };
  });
  return {
    id,
    kind: 'breakdown',
    topics: chart.topics,
    title: chart.title,
    shortTitle: chart.shortTitle ?? chart.title,
    listing: t('site.home.latest.yearDetail', { view: t('site.charts.view.chart'), year: yr(years[0] ?? 0) }),
    description: chart.description,
    notes: [],
    states,
    stateKeys: years.length > 1 ? ['year'] : [],
    switchName: t('site.charts.switch.year'),
    viewName: t('site.charts.view.chart'),
    latestYear: years[0],
    sharedSvg: NO_HTML,
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
  t: Translate,
): ChartModel {
  const title = chart.title;
  const categoryLabels = {
    listed: vocabLabel(t, 'programmeCategory', 'listed'),
    mentioned: vocabLabel(t, 'programmeCategory', 'mentioned'),
  };
  const withLinks = countries.map((c) => ({
    ...c,
    region: regionName(t, c.region),
    href: at.href(localizePath(`/countries/${c.id}/`, t.lang)),
  }));
  const render = (links: boolean) =>
    renderProgrammeMap({
      id,
      title,
      map,
      countries: withLinks.map((c) => (links ? c : { ...c, href: undefined })),
      categoryLabels,
      nameLines: mapText(t).nameLines,
      countryText: (country, region, category) => t('site.charts.countries.shape', { country, region, category }),
    });
  const { svg, legend, notDrawn } = render(true);
  const count = (category: ProgrammeCategory) => countries.filter((c) => c.category === category).length;
  const byRegion = regions
    .map((r) =>
      t('site.charts.countries.regionCount', {
        region: regionName(t, r),
        number: String(countries.filter((c) => c.region === r).length),
      }),
    )
    .join(', ');
  const sourcesHref = at.href(localizePath('/reference/sources/', t.lang));
  const url = chartUrl(at, t, id);
  const subtitle = t('site.charts.countries.subtitle');
  const citation = cite({ site: t('site.charts.siteName'), title, sources: [], url }, t);
  const notes = [
    ...(notDrawn.length
      ? [t('site.charts.countries.tooSmall', { countries: notDrawn.map((c) => c.name).join(', ') })]
      : []),
    ...chart.notes,
  ];
  const state: ChartState = {
    id,
    download: chartDownload(id),
    query: {},
    switchLabel: '',
    heading: t('site.charts.countries.heading'),
    subtitle,
    summary: t('site.charts.countries.summary', {
      count: countries.length,
      listed: String(count('listed')),
      mentioned: String(count('mentioned')),
      byRegion,
    }),
    notes,
    svg,
    legend,
    valueList: NO_HTML,
    table: {
      caption: t('site.charts.countries.caption', { title }),
      head: [t('site.charts.head.country'), t('site.charts.head.iloRegion'), t('site.charts.head.inSources')],
      rows: withLinks.map((c) => ({
        region: c.name,
        href: c.href,
        cells: [c.region, categoryLabels[c.category]],
      })),
    },
    columns: ['country', 'iso3', 'region', 'category'],
    rows: countries.map((c) => [
      c.name,
      c.iso3,
      c.region,
      c.category === 'listed' ? chart.listedAs : 'mentioned-elsewhere',
    ]),
    sources: [],
    sourceLink: { href: sourcesHref, text: t('site.charts.countries.sourceLink') },
    meta: {
      title,
      description: chart.description,
      unit: 'countries',
      referenceYear: chart.referenceYear,
      sources: [{ ...chart.source, url: at.absolute('/reference/sources/') }],
      notes,
      chartUrl: url,
      citation: citation.text,
    },
    citation: citation.parts,
    shortCitation: shortCite(t, title, []),
    bare: () => render(false),
    file: (size) => {
      const drawn = render(false);
      return exportSvg(
        {
          lang: t.lang,
          title,
          subtitle,
          keys: drawn.keys,
          chart: drawn,
          notes,
          source: t('site.charts.countries.fileSource', {
            url: at.absolute(localizePath('/reference/sources/', t.lang)),
          }),
          credit: t('site.charts.exportCredit', { site: t('site.charts.siteName'), url }),
        },
        size,
      );
    },
  };
  return {
    id,
    kind: 'programme-countries',
    topics: chart.topics,
    title,
    shortTitle: chart.shortTitle ?? title,
    listing: t('site.home.latest.countriesDetail'),
    description: chart.description,
    notes: [],
    states: countries.length ? [state] : [],
    stateKeys: [],
    switchName: '',
    viewName: t('site.charts.view.map'),
    latestYear: chart.referenceYear,
    sharedSvg: NO_HTML,
  };
}
