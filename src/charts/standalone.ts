/**
 * A chart as a file of its own (the SVG download, and the PNG drawn from it): the chart's SVG with its
 * title above, its source below and the light-theme styles inside, so it looks the same anywhere.
 */
import { esc } from './svg';
import { PROGRAMME_FILLS, RAMPS } from './palette';

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
].join('');

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
export function previewSvg(chart: string): string {
  const box = chart.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  const [width, height] = box ? [Number(box[1]), Number(box[2])] : [800, 400];
  const hide =
    '.ipec-map-labels,.ipec-chart-point-label,.ipec-chart-tick,.ipec-chart-axis-label,.ipec-chart-name{display:none}';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<style>${CSS}${hide}</style><rect width="100%" height="100%" fill="#fff"/>` +
    chart
      .replace(/^<svg /, `<svg x="0" y="0" width="${width}" height="${height}" `)
      .replace(/ d="(M[MLZ\d.,-]*)"/g, (_, d: string) => ` d="${coarsePath(d)}"`)
      .replace(/<title>[^<]*<\/title>/g, '') +
    `</svg>\n`
  );
}

/** Wraps a chart SVG (with a viewBox) into a standalone file with title, subtitle and source lines. */
export function standaloneSvg(chart: string, o: { title: string; subtitle: string; source: string }): string {
  const box = chart.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  const [width, height] = box ? [Number(box[1]), Number(box[2])] : [800, 400];
  const top = 64;
  const total = Math.ceil(top + height + 48);
  const inner = chart.replace(/^<svg /, `<svg x="0" y="${top}" width="${width}" height="${height}" `);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `<style>${CSS}</style><rect width="100%" height="100%" fill="#fff"/>` +
    `<text x="8" y="26" font-size="20" font-weight="700">${esc(o.title)}</text>` +
    `<text x="8" y="50" font-size="14">${esc(o.subtitle)}</text>` +
    inner +
    `<text x="8" y="${total - 16}" font-size="12">${esc(o.source)}</text></svg>\n`
  );
}
