/**
 * The countries where the source documents place IPEC+ work, over the ILO regions. Two categories
 * differ by pattern as well as shade: solid for the February 2024 list, hatched for countries
 * mentioned elsewhere in the sources.
 */
import type { AreaKey, ProjectedMap } from './regions-geometry';
import { areaLabel, LABEL_PRIORITY, labelLines } from './choropleth';
import { droppedLabels } from './label-layout';
import { esc, hatchPattern, legendList, swatch } from './svg';
import { PROGRAMME_FILLS } from './palette';
import { lowerFirst } from '../utils/text';
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
    (a) => `<path class="ipec-map-region" d="${a.d}" fill="${PROGRAMME_FILLS.light.region}"/>`,
  );
  const drawn = o.countries.filter((c) => c.d);
  // One tab stop for the whole set: arrow keys move between countries (src/client/chart-client.ts).
  const countries = drawn.map((c, i) => {
    const category = lowerFirst(labelsOf[c.category]);
    const text = countryText(c.name, c.region, category);
    const title = esc(text);
    const fill = c.category === 'listed' ? ` fill="${PROGRAMME_FILLS.light.listed}"` : ` fill="url(#${hatchId})"`;
    const tip = `${c.name} · ${labelsOf[c.category]}`;
    const shape = `<path class="ipec-map-country-${c.category}" d="${c.d}"${fill}/>`;
    const common = `class="ipec-map-area" data-tip="${esc(tip)}" data-region="${esc(c.name)}" aria-label="${esc(text)}"`;
    if (!c.href) return `<g role="img" ${common} tabindex="${i === 0 ? 0 : -1}"><title>${title}</title>${shape}</g>`;
    return `<a href="${esc(c.href)}" ${common} tabindex="${i === 0 ? 0 : -1}"><title>${title}</title>${shape}</a>`;
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
  const svg =
    `<svg class="ipec-map-svg" viewBox="0 0 ${o.map.width} ${o.map.height}" role="group" aria-label="${esc(o.title)}">` +
    `<defs>${hatchPattern(hatchId, '#1f4e9c', '#c6dbef')}</defs>` +
    `<g class="ipec-map-regions" aria-hidden="true">${regions.join('')}</g>` +
    `<path class="ipec-map-borders" d="${o.map.countryBorders}" aria-hidden="true"/>` +
    `<g class="ipec-map-areas" data-roving="true">${countries.join('')}</g>` +
    `<g class="ipec-map-labels ipec-map-labels-faint" aria-hidden="true">${labels.join('')}</g></svg>`;
  const keys = [
    { swatch: swatch(PROGRAMME_FILLS.light.listed, undefined, 'ipec-map-country-listed'), label: labelsOf.listed },
    {
      swatch: swatch('', { id: `${hatchId}-key`, stroke: '#1f4e9c', background: '#c6dbef' }),
      label: labelsOf.mentioned,
    },
  ];
  const legend = legendList(keys);
  return { svg, legend, keys, notDrawn: o.countries.filter((c) => !c.d) };
}
