/** Small helpers shared by the chart functions: escaping and the swatches their HTML legends use. */

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A diagonal hatch: the "no data" fill, and the second category on the programme map. */
export function hatchPattern(id: string, stroke: string, background = 'none', className = ''): string {
  return (
    `<pattern id="${esc(id)}"${className ? ` class="${esc(className)}"` : ''} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${esc(background)}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${esc(stroke)}" stroke-width="2.5"/></pattern>`
  );
}

/** A legend swatch as its own tiny SVG (it carries its own pattern, so it shows even when the map is hidden). */
export function swatch(
  fill: string,
  hatch?: { id: string; stroke: string; background?: string; className?: string },
  className = '',
): string {
  const defs = hatch ? `<defs>${hatchPattern(hatch.id, hatch.stroke, hatch.background, hatch.className)}</defs>` : '';
  const paint = hatch ? `url(#${esc(hatch.id)})` : esc(fill);
  return `<svg class="ipec-swatch" width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">${defs}<rect x="0.5" y="0.5" width="23" height="15" fill="${paint}" class="ipec-swatch-edge${className ? ` ${className}` : ''}"/></svg>`;
}

/** A legend as HTML: each entry's swatch and label. */
export function legendList(keys: { swatch: string; label: string }[]): string {
  return `<ul class="ipec-legend">${keys.map((k) => `<li>${k.swatch}<span>${esc(k.label)}</span></li>`).join('')}</ul>`;
}
