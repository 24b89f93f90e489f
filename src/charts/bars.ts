/**
 * Parts of a whole as horizontal bars, in SVG: each bar named above it and its value written
 * at its end, so neither colour nor length is the only channel. Bars are focusable and carry their
 * value, year and source for the tooltip.
 */
import { scaleLinear } from 'd3-scale';
import { html, NO_HTML, type Html } from '../core/html';
import type { ChartDrawing } from './svg';

export interface Bar {
  label: string;
  value: number;
  valueText: string;
  /** What hover and keyboard focus show. */
  tip: string;
}

/** Words of `text` in lines of at most `max` characters. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const LINE = 19;
const BAR = 26;
const GAP = 22;
const LINE_CHARS = 40;

export function renderBars(o: { title: string; bars: Bar[]; width?: number }): ChartDrawing & { legend: Html } {
  // Narrow enough that on a phone it is drawn near full size, so its text needs no enlarging.
  const width = o.width ?? 420;
  const x = scaleLinear()
    .domain([0, Math.max(...o.bars.map((b) => b.value), 0)])
    .range([0, width - 120]);
  let y = 8;
  const rows = o.bars.map((b, i) => {
    const lines = wrapWords(b.label, LINE_CHARS);
    const text = lines.map((l, j) => html`<tspan x="0" dy="${j === 0 ? 0 : '1.2em'}">${l}</tspan>`);
    const labelY = y + LINE - 4;
    const barY = y + lines.length * LINE + 2;
    const w = Math.max(1, Math.round(x(b.value)));
    y = barY + BAR + GAP;
    return html`<g class="ipec-chart-point ipec-bar" role="img" tabindex="${i === 0 ? 0 : -1}" data-tip="${b.tip}" aria-label="${b.tip}"><text class="ipec-bar-label" x="0" y="${labelY}" aria-hidden="true">${text}</text><rect class="ipec-bar-rect" x="0" y="${barY}" width="${w}" height="${BAR}"/><text class="ipec-chart-point-label" x="${w + 8}" y="${barY + BAR / 2}" dy="0.35em" aria-hidden="true">${b.valueText}</text></g>`;
  });
  const height = Math.max(40, y - GAP + 8);
  const svg = html`<svg class="ipec-chart-svg" data-chart="bars" viewBox="0 0 ${width} ${height}" role="group" aria-label="${o.title}"><g class="ipec-chart-series ipec-chart-series-1" data-roving="true">${rows}</g></svg>`;
  return { svg, width, height, legend: NO_HTML };
}
