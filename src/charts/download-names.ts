/**
 * The names of the download files under /data/ (without extension). Every chart's files start with its
 * id, which is its file name in content/charts/ (so no two charts share one) and a slug (so it holds no
 * dot). A chart with several states adds, after a dot, the reference year that picks the state, with the
 * indicator's key first on a map: "child-labour-map.rate-2020". Two charts of the same indicator therefore
 * never write each other's files, and as each state's part holds a year it never reads as the language or
 * size of an exported picture ("child-labour-trend.fr", "….square"; see exportName).
 */

/** The table of every figure; the guard keeps content/charts/ from holding a chart of this id. */
export const FIGURES_DOWNLOAD = 'figures';

/** A chart with one state: its files are named by the chart alone ("child-labour-trend.csv"). */
export const chartDownload = (chartId: string): string => chartId;

/** One state of a chart: the chart's id, a dot, then what picks the state, ending with its year. */
export const stateDownload = (chartId: string, year: number, indicatorKey?: string): string =>
  `${chartId}.${indicatorKey === undefined ? '' : `${indicatorKey}-`}${year}`;
