import { describe, expect, it } from 'vitest';
import { readRegionTable } from '../../src/utils/region-table';
import { loadWorldTopology, projectAreas, regionShapes, rowForFeature } from '../../src/charts/regions-geometry';

const table = readRegionTable('content/reference/ilo-regions.csv');
const topology = loadWorldTopology();

describe('regions-geometry', () => {
  it('probe', () => {
    const shapes = regionShapes(topology, table, true);
    const map = projectAreas(topology, shapes, 800);
    console.log(shapes.map((s) => [s.key, s.members.length]), map.height, map.areas.map((a) => [a.key, a.d.length, a.label]), map.countryBorders.length);
    expect(1).toBe(1);
  });
});
