/**
 * A line-and-point chart of estimates over time in SVG, with its legend as HTML.
 * Series differ by dash and marker shape as well as colour; the first and last values (and any not
 * comparable) are written on the chart, every value shows on hover and focus, and each line is named.
 * A point marked not comparable is drawn hollow and the line does not join it to its neighbours.
 */
import { line } from 'd3-shape';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { placePointLabels, type Box } from './label-layout';
import { html, NO_HTML, type Html } from '../core/html';
import { legendList, type ChartDrawing } from './svg';
import { textWidth } from './text-measure';
import type { LegendKey } from './standalone';
import { ENGLISH } from '../i18n/format';

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

const BASE_MARGIN = { top: 56, right: 130, bottom: 62, left: 60 };

/**
 * The two ways a trend is drawn, with the font sizes map-figure.css gives them: full texts on wider
 * screens and in the files, short texts in larger type on phones (where the chart is drawn at under
 * half size). Labels are placed for each, so neither has two texts on top of each other.
 */
const MODES = [
  { name: 'full', tick: 14, label: 14, seriesName: 15, axis: 15 },
  { name: 'short', tick: 22, label: 22, seriesName: 20, axis: 22 },
] as const;
/** Series with this many points or fewer have every value written on the chart (where it fits). */
const LABEL_ALL_UP_TO = 4;
/** A text's box from its baseline: DejaVu Sans (the widest fallback) rises 0.93 em and falls 0.24 em. */
const textBox = (x: number, baseline: number, width: number, size: number, anchor: 'start' | 'middle' | 'end'): Box => {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width, top: baseline - 0.95 * size, bottom: baseline + 0.25 * size };
};

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

export function renderTrend(o: TrendOptions): ChartDrawing & { legend: Html; keys: LegendKey[] } {
  const width = o.width ?? 720;
  const height = o.height ?? 400;
  const all = o.series.flatMap((s) => s.points);
  const years = all.map((p) => p.year);
  const y = scaleLinear()
    .domain([0, Math.max(...all.map((p) => p.value))])
    .nice(5);
  // The margins hold the widest tick label and the widest word of a series name, measured, so the
  // axis never cuts "250 million" to "50 million" in any language.
  const tickWidth = Math.max(
    ...y
      .ticks(5)
      .flatMap((t) => [textWidth(o.formatTick(t), MODES[0].tick), textWidth(o.formatShortTick(t), MODES[1].tick)]),
  );
  const nameWidth = Math.max(
    0,
    ...MODES.flatMap((m) => o.series.flatMap((s) => s.short.split(' ').map((w) => textWidth(w, m.seriesName, true)))),
  );
  const margin = {
    ...BASE_MARGIN,
    left: Math.max(BASE_MARGIN.left, Math.ceil(tickWidth) + 14),
    right: Math.max(BASE_MARGIN.right, Math.ceil(nameWidth) + 20),
  };
  y.range([height - margin.bottom, margin.top]);
  const x = scaleLinear()
    .domain([Math.min(...years) - 1.5, Math.max(...years) + 1.5])
    .range([margin.left, width - margin.right]);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const yearTicks = [...new Set(years)].sort((a, b) => a - b);

  const grid = y
    .ticks(5)
    .map(
      (t) =>
        html`<line class="ipec-chart-grid" x1="${margin.left}" x2="${width - margin.right}" y1="${r1(y(t))}" y2="${r1(y(t))}"/><text class="ipec-chart-tick" x="${margin.left - 8}" y="${r1(y(t))}" dy="0.32em" text-anchor="end"><tspan class="ipec-chart-full">${o.formatTick(t)}</tspan><tspan class="ipec-chart-short">${o.formatShortTick(t)}</tspan></text>`,
    );
  const xTicks = yearTicks.map(
    (yr) =>
      html`<text class="ipec-chart-tick" x="${r1(x(yr))}" y="${height - margin.bottom + 22}" text-anchor="middle">${yr}</text>`,
  );
  const path = line<TrendPoint>()
    .x((p) => r1(x(p.year)))
    .y((p) => r1(y(p.value)));
  let tabStop = true;
  const at = (p: TrendPoint): [number, number] => [r1(x(p.year)), r1(y(p.value))];
  const ends = nameLabels(o.series, at);
  const labelsByMode = MODES.map((mode) => placeValueLabels(o, mode, { at, width, height, margin, x, y, ends }));
  const dash = (s: TrendSeries) => (s.dashed ? html` stroke-dasharray="7 5"` : NO_HTML);
  const series = o.series.map((s, i) => {
    const lines = comparableRuns(s.points, yearTicks)
      .filter((run) => run.length > 1)
      .map((run) => html`<path class="ipec-chart-line" d="${path(run)}"${dash(s)}/>`);
    const points = s.points.map((p, j) => {
      const [px, py] = at(p);
      const tabindex = tabStop ? 0 : -1;
      tabStop = false;
      const labels = MODES.map((mode, m) => {
        const placed = labelsByMode[m].get(`${i}:${j}`);
        if (!placed) return NO_HTML;
        const text = mode.name === 'full' ? p.valueText : p.shortText;
        return html`<text class="ipec-chart-point-label ipec-chart-${mode.name}" x="${r1(placed.left)}" y="${r1(placed.top + 0.95 * mode.label)}" aria-hidden="true">${text}${p.comparable ? '' : '*'}</text>`;
      });
      // The marker is the focus and hover target; a larger transparent circle makes it easy to hit.
      return html`<g class="ipec-chart-point" role="img" tabindex="${tabindex}" data-tip="${p.tip}" aria-label="${p.tip}"><circle class="ipec-chart-hit" cx="${px}" cy="${py}" r="14"/><path class="ipec-chart-marker${p.comparable ? '' : ' ipec-chart-marker-hollow'}" d="${markerPath(s.marker, px, py)}"/>${labels}</g>`;
    });
    return html`<g class="ipec-chart-series ipec-chart-series-${i + 1}" data-series="${s.key}">${lines}${points}${ends[i].svg}</g>`;
  });
  const axes = html`<line class="ipec-chart-axis" x1="${margin.left}" x2="${width - margin.right}" y1="${height - margin.bottom}" y2="${height - margin.bottom}"/><text class="ipec-chart-axis-label" x="4" y="18"><tspan class="ipec-chart-full">${o.yLabel}</tspan><tspan class="ipec-chart-short">${o.yShortLabel}</tspan></text><text class="ipec-chart-axis-label" x="${(margin.left + width - margin.right) / 2}" y="${height - 6}" text-anchor="middle">${o.xLabel ?? ENGLISH('site.charts.head.referenceYear')}</text>`;
  const svg = html`<svg class="ipec-chart-svg" viewBox="0 0 ${width} ${height}" role="group" aria-label="${o.title}">${grid}<g aria-hidden="true">${axes}${xTicks}</g><g data-roving="true">${series}</g></svg>`;

  const keys = o.series.map((s, i) => ({
    swatch: html`<svg class="ipec-swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false"><g class="ipec-chart-series ipec-chart-series-${i + 1}"><path class="ipec-chart-line" d="M2,8H38"${dash(s)}/><path class="ipec-chart-marker" d="${markerPath(s.marker, 20, 8, 5)}"/></g></svg>`,
    width: 40,
    height: 16,
    label: s.label,
  }));
  return { svg, width, height, legend: legendList(keys), keys };
}

/**
 * Each series' name beside its last point, one word a line, so a line is named where it ends and not
 * only in the legend. Names closer than their own height are pushed apart, the upper one up.
 * `box` gives the space a name takes at a font size, for the value labels to keep clear of.
 */
function nameLabels(
  series: TrendSeries[],
  at: (p: TrendPoint) => [number, number],
  lineHeight = 17,
): { svg: Html; box: (fontSize: number) => Box | undefined }[] {
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
  return ends.map((e) => ({
    svg: e.present
      ? html`<text class="ipec-chart-name" x="${e.x}" y="${Math.round(e.y)}" aria-hidden="true">${e.words.map(
          (w, j) => html`<tspan x="${e.x}" dy="${j === 0 ? '0.32em' : '1.1em'}">${w}</tspan>`,
        )}</text>`
      : NO_HTML,
    box: (size) => {
      if (!e.present) return undefined;
      const top = Math.round(e.y) + 0.32 * size - 0.95 * size;
      const width = Math.max(...e.words.map((w) => textWidth(w, size, true)));
      return { left: e.x, right: e.x + width, top, bottom: top + (e.words.length - 1) * 1.1 * size + 1.2 * size };
    },
  }));
}

interface Layout {
  at: (p: TrendPoint) => [number, number];
  width: number;
  height: number;
  margin: typeof BASE_MARGIN;
  x: (year: number) => number;
  y: ScaleLinear<number, number>;
  ends: ReturnType<typeof nameLabels>;
}

/**
 * The value labels of one drawing mode, keyed "series:point", each a box placed by the label layout
 * (label-layout.ts) clear of the ticks, the axis titles, the series names, every marker and the labels
 * placed before it. Written first: where each series starts and ends and any value measured another
 * way; then, for short series, every other value. A label that cannot fit is left out.
 */
function placeValueLabels(o: TrendOptions, mode: (typeof MODES)[number], l: Layout): Map<string, Box> {
  const obstacles: Box[] = [];
  for (const t of l.y.ticks(5)) {
    const text = mode.name === 'full' ? o.formatTick(t) : o.formatShortTick(t);
    obstacles.push(textBox(l.margin.left - 8, l.y(t) + 0.32 * mode.tick, textWidth(text, mode.tick), mode.tick, 'end'));
  }
  const years = [...new Set(o.series.flatMap((s) => s.points.map((p) => p.year)))];
  for (const year of years)
    obstacles.push(
      textBox(l.x(year), l.height - l.margin.bottom + 22, textWidth(String(year), mode.tick), mode.tick, 'middle'),
    );
  const yTitle = mode.name === 'full' ? o.yLabel : o.yShortLabel;
  obstacles.push(textBox(4, 18, textWidth(yTitle, mode.axis, true), mode.axis, 'start'));
  for (const end of l.ends) {
    const box = end.box(mode.seriesName);
    if (box) obstacles.push(box);
  }
  for (const s of o.series)
    for (const p of s.points) {
      const [px, py] = l.at(p);
      obstacles.push({ left: px - 7, right: px + 7, top: py - 7, bottom: py + 7 });
    }
  const wanted = o.series.flatMap((s, i) => {
    const years = s.points.map((p) => p.year);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    return s.points.map((p, j) => ({
      key: `${i}:${j}`,
      rank: p.year === first || p.year === last || !p.comparable ? 0 : s.points.length <= LABEL_ALL_UP_TO ? 1 : -1,
      label: {
        x: l.at(p)[0],
        y: l.at(p)[1],
        width: textWidth(
          `${mode.name === 'full' ? p.valueText : p.shortText}${p.comparable ? '' : '*'}`,
          mode.label,
          true,
        ),
        height: 1.2 * mode.label,
        prefer: s.labelPosition,
      },
    }));
  });
  const ordered = wanted.filter((w) => w.rank >= 0).sort((a, b) => a.rank - b.rank);
  const frame = { left: 0, top: 0, right: l.width, bottom: l.height - l.margin.bottom };
  const boxes = placePointLabels(
    ordered.map((w) => w.label),
    obstacles,
    frame,
  );
  return new Map(ordered.flatMap((w, k) => (boxes[k] ? [[w.key, boxes[k]]] : [])));
}
