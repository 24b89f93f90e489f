/**
 * A choropleth of ILO regions as an SVG string, plus its legend as HTML. Colour is never the only
 * channel: every region carries a direct label with its value, and regions without data are hatched.
 */
import { interpolateBlues, scaleThreshold } from 'd3';
import type { AreaKey, ProjectedArea, ProjectedMap } from './regions-geometry';
import { esc, hatchPattern, swatch } from './svg';

export interface ChoroplethDatum {
  key: AreaKey;
  /** Region name as shown, e.g. "Latin America and the Caribbean (SDG region)". */
  name: string;
  value: number | null;
  /** The value written out with its unit: "19.6%". */
  valueText: string;
  /** Shorter text for the label on the map, when the unit is given in the legend title. */
  labelText?: string;
  year: number;
}

export interface ChoroplethOptions {
  /** Unique in the page: prefixes pattern ids. */
  id: string;
  /** Accessible name of the map, e.g. "Child labour by ILO region, 2016". */
  title: string;
  map: ProjectedMap;
  data: ChoroplethDatum[];
  /** Class boundaries, ascending: n thresholds make n + 1 classes. */
  thresholds: number[];
  /** Unit written after the boundaries in the legend, e.g. "%". */
  unitSuffix: string;
  /** What the classes measure, shown above the legend, e.g. "People in forced labour per thousand people". */
  legendTitle: string;
  /**
   * Id prefix of shapes already in the page (see geometryDefs): each area then reuses its shape with
   * <use> instead of repeating the outline, so several panels of one map cost one copy of the geometry.
   */
  sharedGeometry?: string;
}

const shapeId = (prefix: string, key: string) => `${prefix}-${key.toLowerCase().replace(/[^a-z]+/g, '-')}`;

/**
 * Outlines, once, for panels that draw them with <use>. Pass the areas of every variant the panels
 * need (the Americas whole and split): they share one projection, so the borders are the same.
 */
export function geometryDefs(prefix: string, areas: ProjectedArea[], countryBorders: string): string {
  const unique = [...new Map(areas.map((a) => [a.key, a])).values()];
  const shapes = unique.map((a) => `<path id="${shapeId(prefix, a.key)}" d="${a.d}"/>`);
  return (
    `<svg class="ipec-map-defs" width="0" height="0" aria-hidden="true" focusable="false" data-name="Map outlines ${esc(prefix)}">` +
    `<defs>${shapes.join('')}<path id="${prefix}-borders" d="${countryBorders}"/></defs></svg>`
  );
}

export interface ChoroplethOutput {
  svg: string;
  legend: string;
}

/** n sequential blues from light to dark, skipping the near-white end so every class shows on white. */
export function sequentialColours(n: number): string[] {
  return Array.from({ length: n }, (_, i) => interpolateBlues(0.3 + (0.65 * i) / Math.max(1, n - 1)));
}

/** Short legend text for each class: "below 5%", "5% to 10%", "20% or more". */
export function classLabels(thresholds: number[], unitSuffix: string): string[] {
  const u = (n: number) => `${n}${unitSuffix}`;
  return [
    `below ${u(thresholds[0])}`,
    ...thresholds.slice(1).map((t, i) => `${u(thresholds[i])} to under ${u(t)}`),
    `${u(thresholds[thresholds.length - 1])} or more`,
  ];
}

/** Region names split over lines for the map labels. */
const LABEL_LINES: Record<AreaKey, string[]> = {
  Africa: ['Africa'],
  Americas: ['Americas'],
  'Arab States': ['Arab States'],
  'Asia and the Pacific': ['Asia and', 'the Pacific'],
  'Europe and Central Asia': ['Europe and', 'Central Asia'],
  'Latin America and the Caribbean': ['Latin America', 'and the Caribbean'],
  'Northern America': ['Northern', 'America'],
};

/** A label with a name over a value, centred on (x, y). Shared with the programme map. */
export function areaLabel(key: AreaKey, [x, y]: [number, number], valueText?: string): string {
  const lines = LABEL_LINES[key].map((l) => `<tspan x="${x}" dy="1.1em">${esc(l)}</tspan>`);
  if (valueText) lines.push(`<tspan x="${x}" dy="1.15em" class="ipec-map-label-value">${esc(valueText)}</tspan>`);
  const shift = -((lines.length * 1.1) / 2 + 0.8);
  return `<text x="${x}" y="${y}" dy="${shift.toFixed(2)}em">${lines.join('')}</text>`;
}

export function renderChoropleth(o: ChoroplethOptions): ChoroplethOutput {
  const colours = sequentialColours(o.thresholds.length + 1);
  const colour = scaleThreshold<number, string>().domain(o.thresholds).range(colours);
  const noDataId = `${o.id}-nodata`;
  const byKey = new Map(o.data.map((d) => [d.key, d]));
  const areas = o.map.areas.map((area) => {
    const d = byKey.get(area.key);
    const hasValue = d !== undefined && d.value !== null;
    const fill = hasValue ? colour(d.value as number) : `url(#${noDataId})`;
    const name = d?.name ?? area.key;
    const text = hasValue ? `${name}: ${d.valueText}, ${d.year}` : `${name}: no data${d ? `, ${d.year}` : ''}`;
    const data = d ? ` data-year="${d.year}"` : '';
    const value = hasValue ? ` data-value="${d.value}" data-value-text="${esc(d.valueText)}"` : ' data-value=""';
    const [tag, shape] = o.sharedGeometry ? ['use', `href="#${shapeId(o.sharedGeometry, area.key)}"`] : ['path', `d="${area.d}"`];
    return (
      `<${tag} class="ipec-map-area${hasValue ? '' : ' ipec-map-nodata'}" ${shape} fill="${fill}" tabindex="0"` +
      ` data-region="${esc(name)}"${value}${data} aria-label="${esc(text)}"><title>${esc(text)}</title></${tag}>`
    );
  });
  const labels = o.map.areas.map((area) => {
    const d = byKey.get(area.key);
    return areaLabel(area.key, area.label, d && d.value !== null ? (d.labelText ?? d.valueText) : 'no data');
  });
  const anyMissing = o.map.areas.some((a) => byKey.get(a.key)?.value == null);
  const svg =
    `<svg class="ipec-map-svg" viewBox="0 0 ${o.map.width} ${o.map.height}" role="group" aria-label="${esc(o.title)}">` +
    `<defs>${hatchPattern(noDataId, '#8a8f98', '#e6e8eb')}</defs>` +
    `<g class="ipec-map-areas">${areas.join('')}</g>` +
    (o.sharedGeometry
      ? `<use class="ipec-map-borders" href="#${o.sharedGeometry}-borders" aria-hidden="true"/>`
      : `<path class="ipec-map-borders" d="${o.map.countryBorders}" aria-hidden="true"/>`) +
    `<g class="ipec-map-labels" aria-hidden="true">${labels.join('')}</g></svg>`;

  const items = classLabels(o.thresholds, o.unitSuffix).map(
    (label, i) => `<li>${swatch(colours[i])}<span>${esc(label)}</span></li>`,
  );
  if (anyMissing) {
    items.push(`<li>${swatch('', { id: `${noDataId}-key`, stroke: '#8a8f98', background: '#e6e8eb' })}<span>No data</span></li>`);
  }
  const legend = `<p class="ipec-legend-title">${esc(o.legendTitle)}</p><ul class="ipec-legend">${items.join('')}</ul>`;
  return { svg, legend };
}
