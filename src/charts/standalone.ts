/**
 * A chart as a file of its own (the SVG download, and the PNG drawn from it): the chart's SVG with its
 * title above, its source below and the light-theme styles inside, so it looks the same anywhere.
 */
import { html, Html } from '../core/html';
import type { ChartDrawing } from './svg';
import { PROGRAMME_FILLS, RAMPS } from './palette';
import { textWidth, wrapText } from './text-measure';
import { DEFAULT_LANG, type Lang } from '../core/locales';

const CSS = [
  'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#17191c}',
  '.ipec-map-area{stroke:#fff;stroke-width:.8}',
  '.ipec-map-borders{fill:none;stroke:#fff;stroke-width:.35;stroke-opacity:.6}',
  `.ipec-map-region{fill:${PROGRAMME_FILLS.light.region};stroke:#fff;stroke-width:.8}`,
  `.ipec-map-country-listed{fill:${PROGRAMME_FILLS.light.listed}}`,
  '.ipec-map-labels{font-size:17px;font-weight:600;text-anchor:middle;stroke:#fff;stroke-width:4px;stroke-linejoin:round;paint-order:stroke}',
  '.ipec-map-label-value{font-size:19px;font-weight:700}',
  '.ipec-chart-grid{stroke:#d4d8de}.ipec-chart-axis{stroke:#6b7280;stroke-width:1.5}',
  '.ipec-chart-tick{font-size:14px;fill:#454a54}.ipec-chart-axis-label,.ipec-chart-name{font-size:15px;font-weight:600}',
  '.ipec-chart-point-label{font-size:14px;font-weight:600;stroke:#fff;stroke-width:3px;paint-order:stroke}',
  '.ipec-chart-short,.ipec-chart-hit{display:none}.ipec-chart-line{fill:none;stroke-width:2.5}',
  '.ipec-bar-rect{fill:#2f5fb3}.ipec-bar-label{font-size:15px}',
  '.ipec-chart-series-1{--s:#2f5fb3}.ipec-chart-series-2{--s:#c2410c}',
  '.ipec-chart-series-1 .ipec-chart-line{stroke:#2f5fb3}.ipec-chart-series-2 .ipec-chart-line{stroke:#c2410c}',
  '.ipec-chart-series-1 .ipec-chart-marker{fill:#2f5fb3}.ipec-chart-series-2 .ipec-chart-marker{fill:#c2410c}',
  '.ipec-chart-marker{stroke:#fff}.ipec-chart-marker-hollow{fill:#fff!important;stroke-width:2.5}',
  '.ipec-chart-series-1 .ipec-chart-marker-hollow{stroke:#2f5fb3}.ipec-chart-series-2 .ipec-chart-marker-hollow{stroke:#c2410c}',
  '.ipec-chart-series-1 .ipec-chart-name{fill:#2f5fb3}.ipec-chart-series-2 .ipec-chart-name{fill:#c2410c}',
  ...RAMPS.light.map((c, i) => `.ipec-fill-${i}{fill:${c}}`),
  // An export is drawn wide: the map labels that collide at that width are left out, and what they said
  // is written first among the notes (chart-model.ts).
  '.ipec-dropped-wide{display:none}',
].join('');
/** The stylesheet above as markup: the site's own constant, written into <style> as it is. */
const STYLE = new Html(CSS);

/**
 * A path drawn by d3-geo (absolute M, L and Z commands) with whole-unit coordinates, dropping points
 * that round onto the one before, and rings or lines that shrink to a point.
 */
export function coarsePath(d: string): string {
  const out: string[] = [];
  for (const ring of d.split(/(?=M)/)) {
    const points: string[] = [];
    for (const [, x, y] of ring.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
      const p = `${Math.round(Number(x))},${Math.round(Number(y))}`;
      if (p !== points.at(-1)) points.push(p);
    }
    // A closed ring needs three distinct points to show, an open line two.
    const closed = ring.trimEnd().endsWith('Z');
    if (new Set(points).size >= (closed ? 3 : 2)) out.push(`M${points.join('L')}${closed ? 'Z' : ''}`);
  }
  return out.join('');
}

/**
 * A small picture of a chart for the cards on /data/: the shapes only, on white (it stays a thumbnail
 * in both themes; the card's text says what it shows).
 */
export function previewSvg(chart: ChartDrawing): string {
  const { width, height } = chart;
  const hide = new Html(
    '.ipec-map-labels,.ipec-chart-point-label,.ipec-chart-tick,.ipec-chart-axis-label,.ipec-chart-name{display:none}',
  );
  // The preview's paths are coarsened and its titles dropped in the finished markup: every chart kind
  // writes its outlines as d="M…" and its names as <title>, and a thumbnail needs neither detail.
  const shapes = String(chart.svg)
    .replace(/ d="(M[MLZ\d.,-]*)"/g, (_, d: string) => ` d="${coarsePath(d)}"`)
    .replace(/<title>[^<]*<\/title>/g, '');
  return `${html`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><style>${STYLE}${hide}</style><rect width="100%" height="100%" fill="#fff"/><svg x="0" y="0" width="${width}" height="${height}">${new Html(shapes)}</svg></svg>`}\n`;
}

/** The two sizes every chart is exported in: a slide or page (3:2), and a square for social media. */
export const EXPORT_SIZES = {
  wide: { width: 1200, height: 800 },
  square: { width: 1080, height: 1080 },
} as const;
export type ExportSize = keyof typeof EXPORT_SIZES;

/**
 * The name of a chart state's exported picture (without ".svg"): its download name (download-names.ts),
 * "child-labour-map.rate-2020" for the English 1200 × 800 file, "child-labour-map.rate-2020.fr" in French,
 * "….square" for the 1080 × 1080 one.
 */
export function exportName(download: string, lang: Lang, size: ExportSize): string {
  return [download, ...(lang === DEFAULT_LANG ? [] : [lang]), ...(size === 'wide' ? [] : [size])].join('.');
}

/** A legend entry: its swatch (a small SVG with its own viewBox), the swatch's size, and its label. */
export interface LegendKey {
  swatch: Html;
  width: number;
  height: number;
  label: string;
}

/** What an exported file shows, top to bottom. */
export interface ExportParts {
  /** The language of the text, for the file's lang attribute. */
  lang: string;
  title: string;
  subtitle: string;
  legendTitle?: string;
  keys: LegendKey[];
  /** The chart's SVG and its viewBox size: scaled to the space left between the legend and the notes. */
  chart: ChartDrawing;
  notes: string[];
  /** "Source: …", and the line naming the site and the chart's address. */
  source: string;
  credit: string;
}

const PAD = 40;
const LINE = 1.3;
/** Font ascent as a share of the size: where the first baseline sits below a line's top. */
const ASCENT = 0.95;
const TEXT_COLOURS = { title: '#17191c', body: '#454a54' };

interface TextBlock {
  lines: string[];
  size: number;
  bold: boolean;
  colour: string;
}

const blockHeight = (b: TextBlock) => b.lines.length * b.size * LINE;

function drawBlock(b: TextBlock, top: number): Html {
  return html`${b.lines.map(
    (line, i) =>
      html`<text x="${PAD}" y="${(top + i * b.size * LINE + b.size * ASCENT).toFixed(1)}" font-size="${b.size}"${b.bold ? html` font-weight="700"` : ''} fill="${b.colour}">${line}</text>`,
  )}`;
}

/** Legend keys flowed left to right over as many rows as they need. */
function legendRows(keys: LegendKey[], width: number, size: number) {
  const sized = keys.map((k) => ({ ...k, total: k.width + 8 + textWidth(k.label, size) }));
  const rows: (typeof sized)[] = [];
  let used = 0;
  for (const key of sized) {
    if (rows.length && used + 28 + key.total <= width) {
      rows.at(-1)!.push(key);
      used += 28 + key.total;
    } else {
      rows.push([key]);
      used = key.total;
    }
  }
  return rows;
}

/**
 * A chart as a file of its own, laid out for its size: title, subtitle, legend, the chart, then notes
 * and sources, every text wrapped over as many lines as it needs (measured with text-measure.ts). The
 * notes shrink (down to 11 px) while the chart would get less than 45% of the height; if it would still
 * get less than 30%, the file grows taller rather than let any text leave the frame.
 */
export function exportSvg(o: ExportParts, size: ExportSize = 'wide'): string {
  const { width } = EXPORT_SIZES[size];
  const inner = width - 2 * PAD;
  const block = (text: string, fontSize: number, bold = false, colour = TEXT_COLOURS.body): TextBlock => ({
    lines: wrapText(text, inner, fontSize, bold),
    size: fontSize,
    bold,
    colour,
  });
  const header = [block(o.title, 32, true, TEXT_COLOURS.title), block(o.subtitle, 20)];
  const legendSize = 17;
  const legendTitle = o.legendTitle ? [block(o.legendTitle, legendSize, false, TEXT_COLOURS.title)] : [];
  const rows = legendRows(o.keys, inner, legendSize);
  const rowHeight = legendSize * 1.6;
  const legendHeight = legendTitle.reduce((h, b) => h + blockHeight(b), 0) + rows.length * rowHeight;
  const headerHeight = header.reduce((h, b) => h + blockHeight(b), 0) + 12;
  const gap = 20;
  let height: number = EXPORT_SIZES[size].height;
  let footer: TextBlock[] = [];
  let chartHeight = 0;
  for (const fontSize of [17, 16, 15, 14, 13, 12, 11]) {
    footer = [
      ...o.notes.map((n) => block(n, fontSize)),
      block(o.source, fontSize),
      block(o.credit, fontSize, false, TEXT_COLOURS.title),
    ];
    const footerHeight = footer.reduce((h, b) => h + blockHeight(b) + 4, 0);
    chartHeight = height - 2 * PAD - headerHeight - (legendHeight ? legendHeight + gap : 0) - gap - footerHeight;
    if (chartHeight >= 0.45 * height) break;
  }
  if (chartHeight < 0.3 * height) {
    const grow = Math.ceil(0.3 * height - chartHeight);
    height += grow;
    chartHeight += grow;
  }

  let y = PAD;
  const parts: Html[] = [];
  for (const b of header) {
    parts.push(drawBlock(b, y));
    y += blockHeight(b);
  }
  y += 12;
  for (const b of legendTitle) {
    parts.push(drawBlock(b, y));
    y += blockHeight(b);
  }
  for (const row of rows) {
    let x = PAD;
    for (const key of row) {
      const swatchTop = y + (rowHeight - key.height) / 2;
      parts.push(
        html`<g transform="translate(${x} ${swatchTop.toFixed(1)})">${key.swatch}</g>`,
        html`<text x="${x + key.width + 8}" y="${(y + rowHeight / 2 + legendSize * 0.35).toFixed(1)}" font-size="${legendSize}" fill="${TEXT_COLOURS.title}">${key.label}</text>`,
      );
      x += key.total + 28;
    }
    y += rowHeight;
  }
  if (legendHeight) y += gap;
  const { width: chartW, height: chartH } = o.chart;
  // The chart keeps its proportions, centred in the space it is given: a nested <svg> is that space,
  // and the chart's own <svg> (a viewBox, no size) fills it.
  const scale = Math.min(inner / chartW, chartHeight / chartH);
  const [drawnW, drawnH] = [chartW * scale, chartH * scale];
  const [chartX, chartY] = [PAD + (inner - drawnW) / 2, y + (chartHeight - drawnH) / 2];
  parts.push(
    html`<svg x="${chartX.toFixed(1)}" y="${chartY.toFixed(1)}" width="${drawnW.toFixed(1)}" height="${drawnH.toFixed(1)}" viewBox="0 0 ${chartW} ${chartH}">${o.chart.svg}</svg>`,
  );
  y = height - PAD - footer.reduce((h, b) => h + blockHeight(b) + 4, 0);
  for (const b of footer) {
    parts.push(drawBlock(b, y));
    y += blockHeight(b) + 4;
  }
  return `${html`<svg xmlns="http://www.w3.org/2000/svg" lang="${o.lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${o.title}</title><style>${STYLE}</style><rect width="100%" height="100%" fill="#fff"/>${parts}</svg>`}\n`;
}
