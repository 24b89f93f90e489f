import { createRequire } from 'node:module';
import type { WorldTopology } from './regions-geometry';

/** The world's countries from world-atlas (Natural Earth 1:110m), the geometry every map is drawn from. */
export function loadWorldTopology(): WorldTopology {
  const require = createRequire(import.meta.url);
  return require('world-atlas/countries-110m.json') as WorldTopology;
}
