/** Small parts shared by the chart functions: the hatch pattern and the swatches their HTML legends use. */
import { html, type Html } from '../core/html';

/** A diagonal hatch: the "no data" fill, and the second category on the programme map. */
export function hatchPattern(id: string, stroke: string, background = 'none', className = ''): Html {
  return html`<pattern id="${id}"${className ? html` class="${className}"` : ''} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${background}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${stroke}" stroke-width="2.5"/></pattern>`;
}

/** A legend swatch's drawn size: exported files place it by this. */
export const SWATCH_SIZE = { width: 24, height: 16 };

/** A legend swatch as its own tiny SVG (it carries its own pattern, so it shows even when the map is hidden). */
export function swatch(
  fill: string,
  hatch?: { id: string; stroke: string; background?: string; className?: string },
  className = '',
): Html {
  const defs = hatch && html`<defs>${hatchPattern(hatch.id, hatch.stroke, hatch.background, hatch.className)}</defs>`;
  const paint = hatch ? `url(#${hatch.id})` : fill;
  return html`<svg class="ipec-swatch" width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">${defs}<rect x="0.5" y="0.5" width="23" height="15" fill="${paint}" class="ipec-swatch-edge${className ? ` ${className}` : ''}"/></svg>`;
}

/** A legend as HTML: each entry's swatch and label. */
export function legendList(keys: { swatch: Html; label: string }[]): Html {
  return html`<ul class="ipec-legend">${keys.map((k) => html`<li>${k.swatch}<span>${k.label}</span></li>`)}</ul>`;
}

/** A chart's SVG and the size of its viewBox, by which exported files and previews place it. */
export interface ChartDrawing {
  svg: Html;
  width: number;
  height: number;
}
