/**
 * A line-and-point chart of estimates over time as an SVG string, with its legend as HTML.
 * Series differ by dash and marker shape as well as colour; the first and last values (and any not
 * comparable) are written on the chart, every value shows on hover and focus, and each line is named.
 * A point marked not comparable is drawn hollow and the line does not join it to its neighbours.
 */
import { line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import { esc } from './svg';
import { ENGLISH } from '../utils/format';

export type MarkerShape = 'circle' | 'square' | 'triangle';

export interface TrendPoint {
  year: number;
  value: number;
  valueText: string;
  /** The value on phones, where the full text would overlap: "246" on an axis in millions. */
  shortText: string;
  /** False when the estimate used another method than the rest of the series. */
  comparable: boolean;
  /** What hover and keyboard focus show: series, year, value and source. */
  tip: string;
}

export interface TrendSeries {
  key: string;
  label: string;
  /** Name written next to the line's last point, one word a line. */
  short: string;
  points: TrendPoint[];
  dashed: boolean;
  marker: MarkerShape;
  /** Where point labels sit: above for the upper series, below for the lower one. */
  labelPosition: 'above' | 'below';
}

export interface TrendOptions {
  title: string;
  series: TrendSeries[];
  /** Axis title, e.g. "Children (millions)". */
  yLabel: string;
  /** Tick text for a value on the y axis, in full and short (for phones). */
  formatTick: (value: number) => string;
  formatShortTick: (value: number) => string;
  /** Axis title on phones, naming the unit the short texts drop, e.g. "Children (millions)". */
  yShortLabel: string;
  /** Title of the year axis; "Reference year" when not given. */
  xLabel?: string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 56, right: 130, bottom: 54, left: 74 };

export function markerPath(shape: MarkerShape, x: number, y: number, r = 6): string {
  const f = (n: number) => Math.round(n * 10) / 10;
  if (shape === 'square') return `M${f(x - r)},${f(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
  if (shape === 'triangle')
    return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.1)},${f(y + r * 0.8)}L${f(x - r * 1.1)},${f(y + r * 0.8)}Z`;
  return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

/**
 * Runs of comparable points in consecutive reference years of the chart: the line is drawn within a
 * run, never across a point measured another way or across a year the series has no value for.
 */
export function comparableRuns(points: TrendPoint[], chartYears: number[]): TrendPoint[][] {
  const runs: TrendPoint[][] = [];
  let current: TrendPoint[] = [];
  const index = (year: number) => chartYears.indexOf(year);
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    const previous = current[current.length - 1];
    if (!p.comparable || (previous && index(p.year) - index(previous.year) > 1)) {
      if (current.length) runs.push(current);
      current = [];
    }
    if (p.comparable) current.push(p);
  }
  if (current.length) runs.push(current);
  return runs;
}

export function renderTrend(o: TrendOptions): { svg: string; legend: string } {
  const width = o.width ?? 720;
  const height = o.height ?? 400;
  const all = o.series.flatMap((s) => s.points);
  const years = all.map((p) => p.year);
  const x = scaleLinear()
    .domain([Math.min(...years) - 1.5, Math.max(...years) + 1.5])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...all.map((p) => p.value))])
    .nice(5)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const yearTicks = [...new Set(years)].sort((a, b) => a - b);

  const grid = y
    .ticks(5)
    .map(
      (t) =>
        `<line class="ipec-chart-grid" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${r1(y(t))}" y2="${r1(y(t))}"/>` +
        `<text class="ipec-chart-tick" x="${MARGIN.left - 8}" y="${r1(y(t))}" dy="0.32em" text-anchor="end">` +
        `<tspan class="ipec-chart-full">${esc(o.formatTick(t))}</tspan><tspan class="ipec-chart-short">${esc(o.formatShortTick(t))}</tspan></text>`,
    );
  const xTicks = yearTicks.map(
    (yr) =>
      `<text class="ipec-chart-tick" x="${r1(x(yr))}" y="${height - MARGIN.bottom + 22}" text-anchor="middle">${yr}</text>`,
  );
  const path = line<TrendPoint>()
    .x((p) => r1(x(p.year)))
    .y((p) => r1(y(p.value)));
  let tabStop = true;
  const endLabels = nameLabels(o.series, (p) => [r1(x(p.year)), r1(y(p.value))]);
  const series = o.series.map((s, i) => {
    const lines = comparableRuns(s.points, yearTicks)
      .filter((run) => run.length > 1)
      .map((run) => `<path class="ipec-chart-line" d="${path(run)}"${s.dashed ? ' stroke-dasharray="7 5"' : ''}/>`);
    const years = s.points.map((p) => p.year);
    const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
    const points = s.points.map((p) => {
      const px = r1(x(p.year));
      const py = r1(y(p.value));
      const ly = s.labelPosition === 'above' ? py - 14 : py + 24;
      const star = p.comparable ? '' : '*';
      // Values written on the chart: where the series starts and ends, and any value measured another
      // way; every value shows on hover and focus, and all are in the table.
      const labelled = p.year === firstYear || p.year === lastYear || !p.comparable;
      // The last value sits left of its point: the series name is on the right.
      const [lx, anchor] = p.year === lastYear && p.year !== firstYear ? [px + 6, 'end'] : [px, 'middle'];
      const tabindex = tabStop ? '0' : '-1';
      tabStop = false;
      // The marker is the focus and hover target; a larger transparent circle makes it easy to hit.
      return (
        `<g class="ipec-chart-point" role="img" tabindex="${tabindex}" data-tip="${esc(p.tip)}" aria-label="${esc(p.tip)}">` +
        `<circle class="ipec-chart-hit" cx="${px}" cy="${py}" r="14"/>` +
        `<path class="ipec-chart-marker${p.comparable ? '' : ' ipec-chart-marker-hollow'}" d="${markerPath(s.marker, px, py)}"/>` +
        (labelled
          ? `<text class="ipec-chart-point-label" x="${lx}" y="${ly}" text-anchor="${anchor}" aria-hidden="true">` +
            `<tspan class="ipec-chart-full">${esc(p.valueText)}${star}</tspan><tspan class="ipec-chart-short">${esc(p.shortText)}${star}</tspan></text>`
          : '') +
        `</g>`
      );
    });
    return `<g class="ipec-chart-series ipec-chart-series-${i + 1}" data-series="${esc(s.key)}">${lines.join('')}${points.join('')}${endLabels[i]}</g>`;
  });
  const axes =
    `<line class="ipec-chart-axis" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom}"/>` +
    `<text class="ipec-chart-axis-label" x="4" y="18"><tspan class="ipec-chart-full">${esc(o.yLabel)}</tspan><tspan class="ipec-chart-short">${esc(o.yShortLabel)}</tspan></text>` +
    `<text class="ipec-chart-axis-label" x="${(MARGIN.left + width - MARGIN.right) / 2}" y="${height - 10}" text-anchor="middle">${esc(o.xLabel ?? ENGLISH('site.charts.head.referenceYear'))}</text>`;
  const svg =
    `<svg class="ipec-chart-svg" viewBox="0 0 ${width} ${height}" role="group" aria-label="${esc(o.title)}">` +
    `${grid.join('')}<g aria-hidden="true">${axes}${xTicks.join('')}</g><g data-roving="true">${series.join('')}</g></svg>`;

  const legend = o.series.map((s, i) => {
    const sample =
      `<svg class="ipec-swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">` +
      `<g class="ipec-chart-series ipec-chart-series-${i + 1}"><path class="ipec-chart-line" d="M2,8H38"${s.dashed ? ' stroke-dasharray="7 5"' : ''}/>` +
      `<path class="ipec-chart-marker" d="${markerPath(s.marker, 20, 8, 5)}"/></g></svg>`;
    return `<li>${sample}<span>${esc(s.label)}</span></li>`;
  });
  return { svg, legend: `<ul class="ipec-legend">${legend.join('')}</ul>` };
}

/**
 * Each series' name beside its last point, one word a line, so a line is named where it ends and not
 * only in the legend. Names closer than their own height are pushed apart, the upper one up.
 */
export function nameLabels(series: TrendSeries[], at: (p: TrendPoint) => [number, number], lineHeight = 17): string[] {
  const ends = series.map((s) => {
    const last = [...s.points].sort((a, b) => a.year - b.year).at(-1);
    const [px, py] = last ? at(last) : [0, 0];
    const words = s.short.split(' ');
    return {
      x: px + 12,
      y: py - ((words.length - 1) * lineHeight) / 2,
      words,
      height: words.length * lineHeight,
      present: !!last,
    };
  });
  const order = ends.map((_, i) => i).sort((a, b) => ends[a].y - ends[b].y);
  for (let k = 1; k < order.length; k++) {
    const [above, below] = [ends[order[k - 1]], ends[order[k]]];
    const overlap = above.y + above.height - below.y;
    if (overlap > 0) {
      above.y -= overlap / 2;
      below.y += overlap / 2;
    }
  }
  return ends.map((e) =>
    e.present
      ? `<text class="ipec-chart-name" x="${e.x}" y="${Math.round(e.y)}" aria-hidden="true">${e.words
          .map((w, j) => `<tspan x="${e.x}" dy="${j === 0 ? '0.32em' : '1.1em'}">${esc(w)}</tspan>`)
          .join('')}</text>`
      : '',
  );
}
