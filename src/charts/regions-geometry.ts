/**
 * World geometry grouped by ILO region, projected to SVG path strings at build time.
 * Countries come from world-atlas (Natural Earth 1:110m); the ILO region of each one comes from
 * content/reference/ilo-regions.csv. Nothing here touches the DOM: data in, strings out.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { feature, merge, mesh } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { RegionRow } from '../figures/region-table';
import { ILO_REGIONS, type IloRegion } from '../schemas/vocab';

/** The two parts of the Americas that estimates by SDG region report separately. */
type AmericasPart = 'Latin America and the Caribbean' | 'Northern America';
/** A shape on a region map: one ILO region, or one part of the Americas when the map splits them. */
export type AreaKey = IloRegion | AmericasPart;

type CountryProps = { name: string };

/** A world-atlas feature's name ('' for one without properties). */
const nameOf = (g: { properties?: object }): string =>
  g.properties && 'name' in g.properties ? String(g.properties.name) : '';
const isArea = (g: GeometryObject<CountryProps>): g is TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps> =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';
export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProps>; land: GeometryCollection }>;

/** world-atlas names of the three features without an ISO numeric id, and the table row each matches. */
const UNCODED_FEATURES: Record<string, string> = {
  Kosovo: 'Kosovo',
  'N. Cyprus': 'Northern Cyprus',
  Somaliland: 'Somaliland',
};

/** The table row for a world-atlas feature: by zero-padded numeric id, or by name for the uncoded three. */
export function rowForFeature(
  id: string | number | undefined,
  name: string,
  table: RegionRow[],
): RegionRow | undefined {
  if (id !== undefined && id !== '') return table.find((r) => r.isoNumeric === String(id).padStart(3, '0'));
  const country = UNCODED_FEATURES[name];
  return country ? table.find((r) => !r.isoNumeric && r.country === country) : undefined;
}

const isIloRegion = (value: string): value is IloRegion => (ILO_REGIONS as readonly string[]).includes(value);

/** The map area a row belongs to; undefined for places without an ILO region (Antarctica). */
export function areaOfRow(row: RegionRow, splitAmericas: boolean): AreaKey | undefined {
  if (!isIloRegion(row.region)) return undefined;
  if (splitAmericas && row.region === 'Americas') {
    return row.subregion === 'Northern America' ? 'Northern America' : 'Latin America and the Caribbean';
  }
  return row.region;
}

export interface AreaShape {
  key: AreaKey;
  geometry: MultiPolygon;
  /** Numeric ids (or names, for the uncoded three) of the countries merged into this shape. */
  members: string[];
}

/** One merged MultiPolygon per region (or per part of the Americas), dissolving inner borders. */
export function regionShapes(topology: WorldTopology, table: RegionRow[], splitAmericas = false): AreaShape[] {
  const groups = new Map<AreaKey, WorldTopology['objects']['countries']['geometries']>();
  for (const geometry of topology.objects.countries.geometries) {
    const row = rowForFeature(geometry.id, nameOf(geometry), table);
    const key = row && areaOfRow(row, splitAmericas);
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), geometry]);
  }
  return [...groups].map(([key, members]) => ({
    key,
    geometry: merge(topology, members.filter(isArea)),
    members: members.map((m) => String(m.id ?? nameOf(m))),
  }));
}

/** Where each area's label goes (longitude, latitude): inside the largest land mass, away from borders. */
const LABEL_ANCHORS: Record<AreaKey, [number, number]> = {
  Africa: [20, 6],
  Americas: [-100, 42],
  'Latin America and the Caribbean': [-60, -12],
  'Northern America': [-102, 50],
  'Arab States': [45, 24],
  'Asia and the Pacific': [108, 27],
  'Europe and Central Asia': [70, 58],
};

export interface ProjectedArea {
  key: AreaKey;
  d: string;
  label: [number, number];
}
export interface ProjectedMap {
  width: number;
  height: number;
  areas: ProjectedArea[];
  /** Thin lines along country borders inside regions. */
  countryBorders: string;
  projection: GeoProjection;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Projects the areas with Equal Earth, fitted to `width`; the height follows the shapes' extent.
 * Coordinates keep one decimal: enough at screen size and it keeps the SVG small.
 */
export function projectAreas(topology: WorldTopology, shapes: AreaShape[], width: number): ProjectedMap {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: shapes.map((s) => ({ type: 'Feature', properties: {}, geometry: s.geometry }) as Feature),
  };
  const projection = geoEqualEarth().fitWidth(width, collection);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(collection);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const height = Math.ceil(bottom - top);
  const mapped = new Set(shapes.flatMap((s) => s.members));
  const borders = mesh(
    topology,
    topology.objects.countries,
    (a, b) => a !== b && mapped.has(String(a.id ?? nameOf(a))) && mapped.has(String(b.id ?? nameOf(b))),
  );
  return {
    width,
    height,
    projection,
    countryBorders: path(borders) ?? '',
    areas: shapes.map((s) => {
      const [x, y] = projection(LABEL_ANCHORS[s.key]) ?? [0, 0];
      return { key: s.key, d: path(s.geometry) ?? '', label: [round1(x), round1(y)] };
    }),
  };
}

/**
 * The topology with only the detail a map drawn with `projection` can show: a point goes when the
 * triangle it makes with its neighbours would cover less than `minPixelArea` square pixels of the map's
 * own units (on a wide screen the map is drawn up to about 1.4 times larger; Visvalingam,
 * with areas on the sphere, converted with the projection's pixels per steradian: Equal Earth is
 * equal-area). Arcs are simplified once and shared, so neighbouring shapes keep meeting exactly.
 */
export function simplifyForProjection(
  topology: WorldTopology,
  projection: GeoProjection,
  minPixelArea = 2,
): WorldTopology {
  const pixelsPerSteradian = geoPath(projection).area({ type: 'Sphere' }) / (4 * Math.PI);
  const weighted = presimplify(structuredClone(topology), sphericalTriangleArea);
  return simplify(weighted, minPixelArea / pixelsPerSteradian) as WorldTopology;
}

/** Path strings for single countries (by zero-padded numeric id) in an already fitted projection. */
export function countryPaths(
  topology: WorldTopology,
  projection: GeoProjection,
  numericIds: string[],
): Map<string, string> {
  const path = geoPath(projection).digits(1);
  const all = feature(topology, topology.objects.countries).features;
  const wanted = new Set(numericIds);
  const out = new Map<string, string>();
  for (const f of all) {
    const id = f.id === undefined ? '' : String(f.id);
    if (wanted.has(id)) out.set(id, path(f) ?? '');
  }
  return out;
}
