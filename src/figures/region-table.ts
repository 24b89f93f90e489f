/**
 * The country → ILO region table in `content/reference/ilo-regions.csv` (ILOSTAT's grouping).
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

export interface RegionRow {
  iso3: string;
  /** Zero-padded ISO 3166-1 numeric code: the feature id in world-atlas. */
  isoNumeric: string;
  country: string;
  region: string;
  subregion: string;
  verified: string;
  note: string;
}

function parseRegionTable(csv: string): RegionRow[] {
  return csvParse(csv).map((row) => ({
    iso3: row.iso3 ?? '',
    isoNumeric: row.iso_numeric ?? '',
    country: row.country ?? '',
    region: row.ilo_region ?? '',
    subregion: row.ilo_subregion_detailed ?? '',
    verified: row.verified ?? '',
    note: row.note ?? '',
  }));
}

export function readRegionTable(path: string): RegionRow[] {
  return parseRegionTable(readFileSync(path, 'utf8'));
}
