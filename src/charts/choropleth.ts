/**
 * A choropleth of ILO regions in SVG, plus its legend as HTML. Colour is never the only
 * channel: every region carries a direct label with its value, and regions without data are hatched.
 */
import { scaleThreshold } from 'd3-scale';
import { classLabel, fitClasses, rampSteps } from './legend';
import { droppedClasses, labelPlan } from './label-layout';
import { NO_DATA, RAMPS } from './palette';
import type { AreaKey, ProjectedArea, ProjectedMap } from './regions-geometry';
import { html, NO_HTML, type Html } from '../core/html';
import { hatchPattern, legendList, swatch, SWATCH_SIZE, type ChartDrawing } from './svg';
import type { LegendKey } from './standalone';
import { slugify } from '../core/text';
import { ENGLISH } from '../i18n/format';
import type { Translate } from '../i18n/translate';

interface ChoroplethDatum {
  key: AreaKey;
  /** Region name as shown, e.g. "Latin America and the Caribbean (SDG region)". */
  name: string;
  value: number | null;
  /** The value written out with its unit: "19.6%". */
  valueText: string;
  /** Shorter text for the label on the map, when the unit is given in the legend title. */
  labelText?: string;
  year: number;
  /** Who published the value, e.g. "ILO and UNICEF (2021)": said with the value on focus and hover. */
  source?: string;
}

export interface ChoroplethOptions {
  /** Unique in the page: prefixes pattern ids. */
  id: string;
  /** Accessible name of the map, e.g. "Child labour by ILO region, 2016". */
  title: string;
  map: ProjectedMap;
  data: ChoroplethDatum[];
  /** The value with its unit, for the legend: 3.1 → "3.1%". */
  formatValue: (value: number) => string;
  /** What the classes measure, shown above the legend, e.g. "People in forced labour per thousand people". */
  legendTitle: string;
  /**
   * Id prefix of shapes already in the page (see geometryDefs): each area then reuses its shape with
   * <use> instead of repeating the outline, so several panels of one map cost one copy of the geometry.
   */
  sharedGeometry?: string;
  /** The words of the map in the page's language; English when not given. */
  text?: Partial<ChoroplethText>;
}

/** The words a map writes around its values. */
export interface ChoroplethText {
  /** "No data": legend key, tooltip, value list, and the area's name ("Africa: no data" uses `noDataLower`). */
  noData: string;
  noDataLower: string;
  /** The sentence after the legend title when there are several classes. */
  classBasis: (count: number) => string;
  /** "4.1% to 5.3%". */
  range: (from: string, to: string) => string;
  /** Lines of an area's name on the map. */
  nameLines: (key: AreaKey) => string[];
  /** An area's accessible name: "Africa: 21.6%, 2020" ("no data" in place of the value when it has none). */
  areaText: (name: string, value: string, year?: number) => string;
  /** "Africa: 21.6%, 2020. Source: ILO and UNICEF (2021)". */
  withSource: (text: string, source: string) => string;
}

/** The words of a region map in the translator's language (interface strings `site.charts.*`). */
export function mapText(t: Translate): ChoroplethText {
  return {
    noData: t('site.charts.noData'),
    noDataLower: t('site.charts.noDataLower'),
    classBasis: (count) => ` ${t('site.charts.legend.classBasis', { count })}`,
    range: (from, to) => t('site.charts.legend.range', { from, to }),
    nameLines: (key) => t(`site.charts.mapLabel.${key}`).split('|'),
    // Years are written as they are ("2021"), not as numbers of the language ("2 021" in French).
    areaText: (name, value, year) =>
      year === undefined
        ? t('site.charts.areaValue', { name, value })
        : t('site.charts.areaValueYear', { name, value, year: String(year) }),
    withSource: (text, source) => t('site.charts.withSource', { text, source }),
  };
}

/** The map's words when none are given: English, from content/i18n/en.json. */
const ENGLISH_MAP_TEXT: ChoroplethText = mapText(ENGLISH);

const shapeId = (prefix: string, key: string) => `${prefix}-${slugify(key)}`;

/**
 * Outlines, once, for panels that draw them with <use>. Pass the areas of every variant the panels
 * need (the Americas whole and split): they share one projection, so the borders are the same.
 */
export function geometryDefs(prefix: string, areas: ProjectedArea[], countryBorders: string): Html {
  const unique = [...new Map(areas.map((a) => [a.key, a])).values()];
  const shapes = unique.map((a) => html`<path id="${shapeId(prefix, a.key)}" d="${a.d}"/>`);
  return html`<svg class="ipec-map-defs" width="0" height="0" aria-hidden="true" focusable="false" data-name="Map outlines ${prefix}"><defs>${shapes}<path id="${prefix}-borders" d="${countryBorders}"/></defs></svg>`;
}

export interface ChoroplethOutput extends ChartDrawing {
  legend: Html;
  /** HTML list of the values whose labels are dropped on narrow maps (empty when none ever are). */
  valueList: Html;
  /** The legend's entries and title, for the exported files. */
  keys: LegendKey[];
  legendTitle: string;
  /** What the labels left out at the widest size said ("Arab States: 5.8%, 2020"): the files, drawn wide, write it below. */
  leftOutWide: string[];
}

/** Text lines of an area's label: the name, then the value if given. */
export const labelLines = (key: AreaKey, valueText?: string, nameLines = ENGLISH_MAP_TEXT.nameLines) => [
  ...nameLines(key),
  ...(valueText ? [valueText] : []),
];

/**
 * A label with a name over a value, centred on (x, y). Shared with the programme map. `className`
 * hides it in the width classes where it would collide (see label-layout.ts).
 */
export function areaLabel(
  key: AreaKey,
  [x, y]: [number, number],
  valueText?: string,
  className = '',
  nameLines = ENGLISH_MAP_TEXT.nameLines,
): Html {
  const lines = nameLines(key).map((l) => html`<tspan x="${x}" dy="1.1em">${l}</tspan>`);
  if (valueText) lines.push(html`<tspan x="${x}" dy="1.15em" class="ipec-map-label-value">${valueText}</tspan>`);
  const shift = -((lines.length * 1.1) / 2 + 0.8);
  return html`<text${className ? html` class="${className}"` : ''} x="${x}" y="${y}" dy="${shift.toFixed(2)}em" data-label-for="${key}">${lines}</text>`;
}

/** Labels in the order the collision rule keeps them: the largest areas first. */
export const LABEL_PRIORITY: AreaKey[] = [
  'Africa',
  'Asia and the Pacific',
  'Americas',
  'Latin America and the Caribbean',
  'Northern America',
  'Europe and Central Asia',
  'Arab States',
];

export function renderChoropleth(o: ChoroplethOptions): ChoroplethOutput {
  const values = o.data.flatMap((d) => (d.value === null ? [] : [d.value]));
  const fitted = fitClasses(values);
  const steps = rampSteps(fitted.classes.length);
  const scale = scaleThreshold<number, number>()
    .domain(fitted.thresholds)
    .range(fitted.classes.map((_, i) => i));
  const words: ChoroplethText = { ...ENGLISH_MAP_TEXT, ...o.text };
  const noDataId = `${o.id}-nodata`;
  const byKey = new Map(o.data.map((d) => [d.key, d]));
  const labelText = (key: AreaKey) => {
    const d = byKey.get(key);
    return d && d.value !== null ? (d.labelText ?? d.valueText) : words.noDataLower;
  };
  const plan = labelPlan(
    [...o.map.areas]
      .sort((a, b) => LABEL_PRIORITY.indexOf(a.key) - LABEL_PRIORITY.indexOf(b.key))
      .map((a) => ({
        key: a.key,
        x: a.label[0],
        y: a.label[1],
        lines: labelLines(a.key, labelText(a.key), words.nameLines),
      })),
  );
  const areas = o.map.areas.map((area) => {
    const d = byKey.get(area.key);
    const hasValue = d !== undefined && d.value !== null;
    const step = hasValue ? steps[scale(d.value as number)] : -1;
    const fill = hasValue ? RAMPS.light[step] : `url(#${noDataId})`;
    const stepClass = hasValue ? `ipec-fill-${step}` : 'ipec-map-nodata';
    const name = d?.name ?? area.key;
    const plain = hasValue
      ? words.areaText(name, d.valueText, d.year)
      : words.areaText(name, words.noDataLower, d?.year);
    const text = hasValue && d.source ? words.withSource(plain, d.source) : plain;
    const tip = [name, hasValue ? d.valueText : words.noData, d?.year, hasValue ? d.source : undefined]
      .filter(Boolean)
      .join(' · ');
    const [tag, geometry] = o.sharedGeometry
      ? ['use', html`href="#${shapeId(o.sharedGeometry, area.key)}"`]
      : ['path', html`d="${area.d}"`];
    const value = hasValue ? html`data-value="${d.value}" data-value-text="${d.valueText}"` : html`data-value=""`;
    const year = d ? html` data-year="${d.year}"` : NO_HTML;
    return html`<${tag} class="ipec-map-area ${stepClass}" ${geometry} fill="${fill}" tabindex="0" data-key="${area.key}" data-tip="${tip}" data-region="${name}" ${value}${year} role="img" aria-label="${text}"><title>${text}</title></${tag}>`;
  });
  const labels = o.map.areas.map((area) =>
    areaLabel(area.key, area.label, labelText(area.key), droppedClasses(plan.get(area.key) ?? []), words.nameLines),
  );
  const anyMissing = o.map.areas.some((a) => byKey.get(a.key)?.value == null);
  const borders = o.sharedGeometry
    ? html`<use class="ipec-map-borders" href="#${o.sharedGeometry}-borders" aria-hidden="true"/>`
    : html`<path class="ipec-map-borders" d="${o.map.countryBorders}" aria-hidden="true"/>`;
  const svg = html`<svg class="ipec-map-svg" viewBox="0 0 ${o.map.width} ${o.map.height}" role="group" aria-label="${o.title}"><defs>${hatchPattern(noDataId, NO_DATA.light.stripe, NO_DATA.light.background, 'ipec-nodata-pattern')}</defs><g class="ipec-map-areas">${areas}</g>${borders}<g class="ipec-map-labels" aria-hidden="true">${labels}</g></svg>`;

  const keys: LegendKey[] = fitted.classes.map((c, i) => ({
    swatch: swatch(RAMPS.light[steps[i]], undefined, `ipec-fill-${steps[i]}`),
    ...SWATCH_SIZE,
    label: classLabel(c, o.formatValue, words.range),
  }));
  if (anyMissing) {
    keys.push({
      swatch: swatch('', {
        id: `${noDataId}-key`,
        stroke: NO_DATA.light.stripe,
        background: NO_DATA.light.background,
        className: 'ipec-nodata-pattern',
      }),
      ...SWATCH_SIZE,
      label: words.noData,
    });
  }
  const n = values.length;
  const basis = fitted.classes.length <= 1 ? '' : words.classBasis(n);
  const legendTitle = `${o.legendTitle}.${basis}`;
  const legend = html`<p class="ipec-legend-title">${legendTitle}</p>${legendList(keys)}`;
  // Shown only in the width classes where some labels are dropped: the values those labels carried.
  const listed = o.map.areas.filter((a) => (plan.get(a.key) ?? []).length > 0);
  const valueList = listed.length
    ? html`<ul class="ipec-map-value-list" aria-hidden="true">${listed.map(
        (a) =>
          html`<li class="${droppedClasses(plan.get(a.key)!)}"><span>${byKey.get(a.key)?.name ?? a.key}</span> ${byKey.get(a.key)?.valueText ?? words.noData}</li>`,
      )}</ul>`
    : NO_HTML;
  const leftOutWide = o.map.areas
    .filter((a) => (plan.get(a.key) ?? []).includes('wide'))
    .map((a) => {
      const d = byKey.get(a.key);
      const name = d?.name ?? a.key;
      return d && d.value !== null
        ? words.areaText(name, d.valueText, d.year)
        : words.areaText(name, words.noDataLower, d?.year);
    });
  return { svg, width: o.map.width, height: o.map.height, legend, valueList, keys, legendTitle, leftOutWide };
}
