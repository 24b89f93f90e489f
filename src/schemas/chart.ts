import { z } from 'astro/zod';
import { missingOr, oneOf, slug, text, year } from './messages';
import { STAT_AREAS, TOPICS } from './vocab';
import { withTranslations } from './translations';

/**
 * One chart page under /data/<file name>/: what it shows and the editorial notes that go with its
 * figures. One YAML file per chart in `content/charts/`. The numbers themselves come only from
 * `content/figures/`; this file says how to read them.
 */
const notes = z.array(text('notes')).default([]);
/** The chart's name in lists where its title is too long (the home page's "Latest data"); the title otherwise. */
const shortTitle = text('shortTitle').optional();
/** What the chart is about: its page's topic filter in search and lists. */
const topics = z.array(oneOf(TOPICS, 'topics')).min(1, { error: 'topics must list at least one topic' });

/** A region map: one panel per indicator and reference year found in the figures. */
const regionMapIndicator = withTranslations(
  {
    indicator: slug,
    /** What is measured, as a subtitle: "Percentage of children aged 5–17 in child labour". */
    name: text('indicators.name'),
    /** Short name for the indicator switch and the address: "Prevalence per thousand". */
    short: text('indicators.short'),
    /** Word used in the page address for this indicator, e.g. "prevalence" (?indicator=prevalence). */
    key: slug,
    /** Legend heading: what the classes measure, with the unit. */
    legendTitle: text('indicators.legendTitle'),
    /** Unit in words for downloads: "percentage of children aged 5–17". */
    unit: text('indicators.unit'),
    /** Map labels show the bare number, the unit being in the legend title. */
    bareLabels: z.boolean().default(false),
    notes,
  },
  ['name', 'short', 'legendTitle', 'unit', 'notes'],
);

/** Why some regions have no value in a year: shown beside the map of that year. */
const missingNote = withTranslations({ year: year('missing.year'), reason: text('missing.reason') }, ['reason']);

const regionMap = withTranslations(
  {
    kind: z.literal('region-map'),
    title: text('title'),
    shortTitle,
    description: text('description'),
    topics,
    indicators: z.array(regionMapIndicator).min(1, { error: 'indicators must list at least one indicator' }),
    missing: z.array(missingNote).default([]),
    notes,
  },
  ['title', 'shortTitle', 'description', 'notes'],
);

/** A value measured another way than the rest of its series: drawn hollow and not joined by the line. */
const seriesBreak = withTranslations({ year: year('notComparable.year'), reason: text('notComparable.reason') }, [
  'reason',
]);

const trend = withTranslations(
  {
    kind: z.literal('trend'),
    title: text('title'),
    shortTitle,
    description: text('description'),
    topics,
    /** Axis title, e.g. "Children". */
    axis: text('axis'),
    area: oneOf(STAT_AREAS, 'area').default('World'),
    series: z
      .array(
        withTranslations(
          {
            indicator: slug,
            label: text('series.label'),
            /** Name written next to the line's last point. */
            short: text('series.short'),
            unit: text('series.unit'),
            notComparable: z.array(seriesBreak).default([]),
          },
          ['label', 'short', 'unit'],
        ),
      )
      .min(1, { error: 'series must list at least one indicator' }),
    notes,
  },
  ['title', 'shortTitle', 'description', 'axis', 'notes'],
);

/** Parts of a whole (e.g. forced labour by type) as bars: one state per reference year. */
const breakdown = withTranslations(
  {
    kind: z.literal('breakdown'),
    title: text('title'),
    shortTitle,
    description: text('description'),
    topics,
    indicator: slug,
    area: oneOf(STAT_AREAS, 'area').default('World'),
    /** Unit in words for downloads: "people". */
    unit: text('unit'),
    notes,
  },
  ['title', 'shortTitle', 'description', 'unit', 'notes'],
);

const countries = withTranslations(
  {
    kind: z.literal('programme-countries'),
    title: text('title'),
    shortTitle,
    description: text('description'),
    topics,
    /** The year the list of operating countries is of (the countries' `listedFebruary2024`). */
    referenceYear: year('referenceYear'),
    /** How the downloads name a listed country's category, saying as of when: "listed-february-2024". */
    listedAs: slug,
    /** Where the list comes from, as the downloads' metadata cite it (in English, as the downloads are). */
    source: z.strictObject({
      title: text('source.title'),
      publisher: text('source.publisher'),
      published: year('source.published'),
    }),
    notes,
  },
  ['title', 'shortTitle', 'description', 'notes'],
);

export const chartSchema = () =>
  z.discriminatedUnion('kind', [regionMap, trend, breakdown, countries], {
    error: missingOr('kind must be one of: "region-map", "trend", "breakdown", "programme-countries"'),
  });

export type ChartEntry = z.infer<ReturnType<typeof chartSchema>>;
export type RegionMapChart = Extract<ChartEntry, { kind: 'region-map' }>;
export type TrendChartSpec = Extract<ChartEntry, { kind: 'trend' }>;
export type BreakdownChart = Extract<ChartEntry, { kind: 'breakdown' }>;
export type CountriesChart = Extract<ChartEntry, { kind: 'programme-countries' }>;
