/**
 * The countries where the source documents place IPEC+ work, over the ILO regions. Two categories
 * differ by pattern as well as shade: solid for the February 2024 list, hatched for countries
 * mentioned elsewhere in the sources.
 */
import type { AreaKey, ProjectedMap } from './regions-geometry';
import { areaLabel, LABEL_PRIORITY, labelLines } from './choropleth';
import { droppedLabels } from './label-layout';
import { html } from '../core/html';
import { hatchPattern, legendList, swatch, SWATCH_SIZE } from './svg';
import { PROGRAMME_FILLS } from './palette';
import { lowerFirst } from '../core/text';
import { PROGRAMME_CATEGORY_LABELS, type ProgrammeCategory } from '../schemas/vocab';

/** Font size of the faint region names on phones (map-figure.css, max-width 40rem). */
const FAINT_PHONE_SIZE = 24;

export interface ProgrammeCountry {
  name: string;
  region: string;
  category: ProgrammeCategory;
  /** Outline at the map's scale; absent for countries too small for a 1:110m map. */
  d?: string;
  /** The country's page: the shape becomes a link to it (click, or Enter on focus). */
  href?: string;
}

export function renderProgrammeMap(o: {
  id: string;
  title: string;
  map: ProjectedMap;
  countries: ProgrammeCountry[];
  /** Category labels and region name lines in the page's language; English when not given. */
  categoryLabels?: Record<ProgrammeCategory, string>;
  nameLines?: (key: AreaKey) => string[];
  /** A country's accessible name: "Kenya (Africa): listed …". */
  countryText?: (country: string, region: string, category: string) => string;
}) {
  const countryText = o.countryText ?? ((country, region, category) => `${country} (${region}): ${category}`);
  const labelsOf = o.categoryLabels ?? PROGRAMME_CATEGORY_LABELS;
  const hatchId = `${o.id}-mentioned`;
  const regions = o.map.areas.map(
    (a) => html`<path class="ipec-map-region" d="${a.d}" fill="${PROGRAMME_FILLS.light.region}"/>`,
  );
  const drawn = o.countries.filter((c) => c.d);
  // One tab stop for the whole set: arrow keys move between countries (src/client/chart-client.ts).
  const countries = drawn.map((c, i) => {
    const category = lowerFirst(labelsOf[c.category]);
    const text = countryText(c.name, c.region, category);
    const fill = c.category === 'listed' ? PROGRAMME_FILLS.light.listed : `url(#${hatchId})`;
    const tip = `${c.name} · ${labelsOf[c.category]}`;
    const shape = html`<title>${text}</title><path class="ipec-map-country-${c.category}" d="${c.d}" fill="${fill}"/>`;
    const tabindex = i === 0 ? 0 : -1;
    return c.href
      ? html`<a href="${c.href}" class="ipec-map-area" data-tip="${tip}" data-region="${c.name}" aria-label="${text}" tabindex="${tabindex}">${shape}</a>`
      : html`<g role="img" class="ipec-map-area" data-tip="${tip}" data-region="${c.name}" aria-label="${text}" tabindex="${tabindex}">${shape}</g>`;
  });
  // The faint region names grow to 24 px on phones (map-figure.css): there, a name that would run into
  // one kept before it is left out (the region is in each country's name and in the table).
  const dropped = new Set(
    droppedLabels(
      [...o.map.areas]
        .sort((a, b) => LABEL_PRIORITY.indexOf(a.key) - LABEL_PRIORITY.indexOf(b.key))
        .map((a) => ({ key: a.key, x: a.label[0], y: a.label[1], lines: labelLines(a.key, undefined, o.nameLines) })),
      FAINT_PHONE_SIZE,
    ),
  );
  const labels = o.map.areas.map((a) =>
    areaLabel(a.key, a.label, undefined, dropped.has(a.key) ? 'ipec-dropped-phone' : '', o.nameLines),
  );
  const svg = html`<svg class="ipec-map-svg" viewBox="0 0 ${o.map.width} ${o.map.height}" role="group" aria-label="${o.title}"><defs>${hatchPattern(hatchId, '#1f4e9c', '#c6dbef')}</defs><g class="ipec-map-regions" aria-hidden="true">${regions}</g><path class="ipec-map-borders" d="${o.map.countryBorders}" aria-hidden="true"/><g class="ipec-map-areas" data-roving="true">${countries}</g><g class="ipec-map-labels ipec-map-labels-faint" aria-hidden="true">${labels}</g></svg>`;
  const keys = [
    {
      swatch: swatch(PROGRAMME_FILLS.light.listed, undefined, 'ipec-map-country-listed'),
      ...SWATCH_SIZE,
      label: labelsOf.listed,
    },
    {
      swatch: swatch('', { id: `${hatchId}-key`, stroke: '#1f4e9c', background: '#c6dbef' }),
      ...SWATCH_SIZE,
      label: labelsOf.mentioned,
    },
  ];
  const legend = legendList(keys);
  return { svg, width: o.map.width, height: o.map.height, legend, keys, notDrawn: o.countries.filter((c) => !c.d) };
}
