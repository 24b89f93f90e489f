/**
 * Picking and ordering figures for a series table. Kept apart from the components so the ordering
 * rules are tested without Astro.
 */

import type { FigureData, FigureSource } from '../schemas/figure';

/** The fields of a figure that ordering a series reads. */
export type SeriesFigure = Pick<FigureData, 'id' | 'indicator' | 'area' | 'referenceYear'> & {
  source: Pick<FigureSource, 'published' | 'title'>;
};

/**
 * All figures for one indicator (and area, when given), oldest reference year first. Two estimates for
 * the same year (a first estimate and a later revision) are ordered by the year their source was
 * published, so the revision comes second.
 */
export function selectSeries<F extends SeriesFigure>(figures: F[], indicator: string, area?: string): F[] {
  return figures
    .filter((f) => f.indicator === indicator && (area === undefined || f.area === area))
    .sort(
      (a, b) =>
        a.referenceYear - b.referenceYear ||
        a.source.published - b.source.published ||
        a.area.localeCompare(b.area) ||
        a.id.localeCompare(b.id),
    );
}

/** The reference year as shown: "2020", or "2021 (as reported in …)" when the year is inferred. */
export function referenceText(f: Pick<FigureData, 'referenceYear' | 'referenceNote'>): string {
  return f.referenceNote ? `${f.referenceYear} (${f.referenceNote})` : String(f.referenceYear);
}

/** The most recent figure for an indicator and area (the latest revision when two share a year), if any. */
export function latestFigure<F extends SeriesFigure>(figures: F[], indicator: string, area: string): F | undefined {
  return selectSeries(figures, indicator, area).at(-1);
}
