import { describe, expect, it } from 'vitest';
import { readRegionTable } from '../../../src/figures/region-table';
import {
  areaOfRow,
  countryPaths,
  projectAreas,
  regionShapes,
  rowForFeature,
  simplifyForProjection,
} from '../../../src/charts/regions-geometry';
import { loadWorldTopology } from '../../../src/charts/world-atlas';
import { geometryDefs, renderChoropleth } from '../../../src/charts/choropleth';
import { RAMPS } from '../../../src/charts/palette';
import { renderProgrammeMap } from '../../../src/charts/programme-map';
import { asMarkup } from '../../support/markup';
import { pickFigure, regionDataset, yearsWithRegions, type FigureLike } from '../../../src/charts/datasets';
import type { StatArea } from '../../../src/schemas/vocab';

const table = readRegionTable('content/reference/ilo-regions.csv');
const topology = loadWorldTopology();

const source = (title: string, published: number) => ({
  title,
  publisher: 'ILO',
  published,
  url: `https://example.org/${published}`,
});
const fig = (
  id: string,
  indicator: string,
  area: StatArea,
  value: number,
  year: number,
  published = year + 1,
): FigureLike => ({
  id,
  indicator,
  area,
  value,
  unit: indicator === 'forced-labour-prevalence' ? 'per-thousand' : 'percent',
  referenceYear: year,
  source: source(`Estimates ${published}`, published),
});

/** Fixture figures shaped like the collection: 2016 by ILO region, 2020 with the LAC SDG region. */
const FIGURES: FigureLike[] = [
  fig('a16', 'child-labour-rate', 'Africa', 19.6, 2016),
  fig('am16', 'child-labour-rate', 'Americas', 5.3, 2016),
  fig('as16', 'child-labour-rate', 'Arab States', 2.9, 2016),
  fig('ap16', 'child-labour-rate', 'Asia and the Pacific', 7.4, 2016),
  fig('ec16', 'child-labour-rate', 'Europe and Central Asia', 4.1, 2016),
  fig('a20', 'child-labour-rate', 'Africa', 21.6, 2020),
  fig('lac20', 'child-labour-rate', 'Latin America and the Caribbean (SDG region)', 6, 2020),
  fig('ssa20', 'child-labour-rate', 'Sub-Saharan Africa (SDG region)', 23.9, 2020),
  fig('as20', 'child-labour-rate', 'Arab States', 5.8, 2020),
  fig('w20', 'child-labour-rate', 'World', 9.6, 2020),
];

describe('regions-geometry', () => {
  it('finds table rows by zero-padded numeric id, and the three uncoded features by name', () => {
    expect(rowForFeature('4', 'Afghanistan', table)?.iso3).toBe('AFG');
    expect(rowForFeature('840', 'United States of America', table)?.region).toBe('Americas');
    expect(rowForFeature(undefined, 'Kosovo', table)?.region).toBe('Europe and Central Asia');
    expect(rowForFeature(undefined, 'N. Cyprus', table)?.region).toBe('Europe and Central Asia');
    expect(rowForFeature(undefined, 'Somaliland', table)?.region).toBe('Africa');
    expect(areaOfRow(rowForFeature('010', 'Antarctica', table)!, false)).toBeUndefined();
  });

  it('merges every mapped country into its region, leaving out Antarctica', () => {
    const shapes = regionShapes(topology, table);
    expect(shapes.map((s) => s.key).sort()).toEqual([
      'Africa',
      'Americas',
      'Arab States',
      'Asia and the Pacific',
      'Europe and Central Asia',
    ]);
    const members = shapes.flatMap((s) => s.members);
    expect(members).not.toContain('010');
    expect(members).not.toContain('260');
    // Every feature of the world outlines in one region, but Antarctica and the French Southern Territories.
    expect(new Set(members).size).toBe(members.length);
    expect(members).toHaveLength(topology.objects.countries.geometries.length - 2);
    expect(shapes.find((s) => s.key === 'Arab States')?.members).toContain('682');
    expect(shapes.every((s) => s.geometry.type === 'MultiPolygon' && s.geometry.coordinates.length > 0)).toBe(true);
  });

  it('splits the Americas into Latin America and the Caribbean and Northern America', () => {
    const shapes = regionShapes(topology, table, true);
    const north = shapes.find((s) => s.key === 'Northern America')!;
    expect(north.members.sort()).toEqual(['124', '840']);
    expect(shapes.find((s) => s.key === 'Latin America and the Caribbean')?.members).toContain('076');
    expect(shapes.some((s) => s.key === 'Americas')).toBe(false);
  });

  it('projects to the SVG width with one-decimal coordinates and labels inside the frame', () => {
    const map = projectAreas(topology, regionShapes(topology, table), 800);
    expect(map.width).toBe(800);
    expect(map.height).toBeGreaterThan(300);
    expect(map.height).toBeLessThan(450);
    for (const area of map.areas) {
      expect(area.d).toMatch(/^M/);
      expect(area.d).not.toMatch(/\.\d\d/);
      expect(area.label[0]).toBeGreaterThan(0);
      expect(area.label[0]).toBeLessThan(800);
      expect(area.label[1]).toBeGreaterThan(0);
      expect(area.label[1]).toBeLessThan(map.height);
    }
    expect(map.countryBorders.length).toBeGreaterThan(1000);
    // Whole and split Americas share one projection, so panels can share one set of outlines.
    const split = projectAreas(topology, regionShapes(topology, table, true), 800);
    expect(split.countryBorders).toBe(map.countryBorders);
    expect(split.areas.find((a) => a.key === 'Africa')!.d).toBe(map.areas.find((a) => a.key === 'Africa')!.d);
    const paths = countryPaths(topology, map.projection, ['384', '999']);
    expect([...paths.keys()]).toEqual(['384']);
  });
});

describe('datasets', () => {
  it('lists the years with regional values and prefers the least rounded of two values', () => {
    expect(yearsWithRegions(FIGURES, 'child-labour-rate')).toEqual([2016, 2020]);
    const twoValues = [fig('x', 'i', 'World', 28, 2021, 2024), fig('y', 'i', 'World', 27.6, 2021, 2022)];
    const picked = pickFigure(twoValues, 'i', 'World', 2021)!;
    expect(picked.chosen.value).toBe(27.6);
    expect(picked.also).toEqual(['28% (ILO, 2024)']);
  });

  it('draws the LAC SDG value on the Latin American part and leaves Northern America without data', () => {
    const d = regionDataset(FIGURES, 'child-labour-rate', 2020);
    expect(d.splitAmericas).toBe(true);
    const byKey = Object.fromEntries(d.rows.map((r) => [r.key, r.value]));
    expect(byKey).toEqual({
      Africa: 21.6,
      'Latin America and the Caribbean': 6,
      'Northern America': null,
      'Arab States': 5.8,
      'Asia and the Pacific': null,
      'Europe and Central Asia': null,
    });
    // Sub-Saharan Africa (SDG region) is never drawn as ILO Africa.
    expect(d.rows.some((r) => r.value === 23.9)).toBe(false);
  });
});

describe('choropleth', () => {
  const map = projectAreas(topology, regionShapes(topology, table, true), 800);
  const d = regionDataset(FIGURES, 'child-labour-rate', 2020);
  const { svg, legend } = asMarkup(
    renderChoropleth({
      id: 'cl-2020',
      title: 'Child labour, 2020',
      map,
      data: d.rows.map((r) => ({ key: r.key!, name: r.region, value: r.value, valueText: r.valueText, year: 2020 })),
      formatValue: (v) => `${v}%`,
      legendTitle: 'Children in child labour, percentage',
    }),
  );

  it('names the classes by the values they hold', () => {
    // Three values (21.6, 6, 5.8): three classes, each named by its value.
    expect(legend).toContain('<span>5.8%</span>');
    expect(legend).toContain('<span>6%</span>');
    expect(legend).toContain('<span>21.6%</span>');
    expect(legend).toContain('Classes group the 3 values shown');
  });

  it('draws one focusable path per area with its value, year and class colour', () => {
    const paths = [
      ...svg.matchAll(
        /<path class="ipec-map-area[^"]*" d="[^"]+" fill="([^"]+)" tabindex="0" data-key="[^"]+" data-tip="[^"]+" data-region="([^"]+)" data-value="([^"]*)"/g,
      ),
    ];
    expect(paths.map((p) => p[2]).sort()).toEqual([
      'Africa',
      'Arab States',
      'Asia and the Pacific',
      'Europe and Central Asia',
      'Latin America and the Caribbean (SDG region)',
      'Northern America',
    ]);
    const africa = paths.find((p) => p[2] === 'Africa')!;
    expect(africa[1]).toBe(RAMPS.light[3]);
    expect(africa[3]).toBe('21.6');
    expect(paths.find((p) => p[2] === 'Northern America')![1]).toBe('url(#cl-2020-nodata)');
    expect(svg).toContain('<title>Africa: 21.6%, 2020</title>');
    expect(svg).toContain('<title>Northern America: no data, 2020</title>');
  });

  it('can reuse shared outlines with <use> instead of repeating them', () => {
    const shared = asMarkup(
      renderChoropleth({
        id: 'cl-2020b',
        title: 'Child labour, 2020',
        map,
        data: [],
        formatValue: (v) => `${v}%`,
        legendTitle: 'Percentage',
        sharedGeometry: 'geo',
      }),
    ).svg;
    expect(shared).toContain('<use class="ipec-map-area ipec-map-nodata" href="#geo-latin-america-and-the-caribbean"');
    expect(shared).toContain('href="#geo-borders"');
    expect(shared).not.toContain(map.countryBorders);
    const defs = String(geometryDefs('geo', [...map.areas, ...map.areas], map.countryBorders));
    expect((defs.match(/<path id="geo-/g) ?? []).length).toBe(map.areas.length + 1);
  });

  it('labels every area directly and lists "No data" in the legend when a value is missing', () => {
    expect(svg).toContain('>21.6%</tspan>');
    expect((svg.match(/>no data<\/tspan>/g) ?? []).length).toBe(3);
    expect(legend).toContain('No data');
  });
});

describe('programme map', () => {
  it('draws listed countries solid and mentioned ones hatched, and reports those too small to draw', () => {
    const map = projectAreas(topology, regionShapes(topology, table), 800);
    const out = asMarkup(
      renderProgrammeMap({
        id: 'pc',
        title: 'Countries',
        map,
        countries: [
          { name: 'Ghana', region: 'Africa', category: 'listed', d: 'M1,1L2,2Z', href: '/countries/gha/' },
          { name: 'Nepal', region: 'Asia and the Pacific', category: 'mentioned', d: 'M3,3L4,4Z' },
          { name: 'Fiji', region: 'Asia and the Pacific', category: 'listed' },
        ],
      }),
    );
    // A country with a page is a link to it (click or Enter), with one tab stop for the whole set.
    expect(out.svg).toMatch(
      /<a href="\/countries\/gha\/" class="ipec-map-area" [^>]*data-region="Ghana"[^>]*tabindex="0"><title>[^<]+<\/title><path class="ipec-map-country-listed" d="M1,1L2,2Z"/,
    );
    expect(out.svg).toMatch(
      /<g role="img" class="ipec-map-area" [^>]*data-region="Nepal"[^>]*tabindex="-1"><title>[^<]+<\/title><path class="ipec-map-country-mentioned" d="M3,3L4,4Z" fill="url\(#pc-mentioned\)"/,
    );
    expect(out.notDrawn.map((c) => c.name)).toEqual(['Fiji']);
  });
});

describe('outlines simplified for the drawn size', () => {
  const points = (d: string) => (d.match(/[ML]/g) ?? []).length;
  const full = projectAreas(topology, regionShapes(topology, table), 800);
  const simplified = simplifyForProjection(topology, full.projection);
  const drawn = projectAreas(simplified, regionShapes(simplified, table), 800);

  it('keeps every area and its size, with far fewer points', () => {
    expect(drawn.areas.map((a) => a.key)).toEqual(full.areas.map((a) => a.key));
    expect(drawn.height).toBe(full.height);
    const before = full.areas.reduce((n, a) => n + points(a.d), 0);
    const after = drawn.areas.reduce((n, a) => n + points(a.d), 0);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before * 0.6);
    for (const area of drawn.areas) expect(points(area.d), area.key).toBeGreaterThan(20);
  });

  it('drops more detail for a smaller map', () => {
    const small = projectAreas(topology, regionShapes(topology, table), 300);
    const coarse = simplifyForProjection(topology, small.projection);
    const count = (t: typeof topology) => t.arcs.reduce((n, arc) => n + arc.length, 0);
    expect(count(coarse)).toBeLessThan(count(simplified));
    expect(count(simplified)).toBeLessThan(count(topology));
  });
});
