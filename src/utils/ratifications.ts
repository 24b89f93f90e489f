/**
 * How ratification counts are put into words. Counts change and come from sources of different ages
 * and kinds, so every count is written with the date it refers to and never called "current".
 */
import type { FigureData } from '../schemas/figure';
import { refId } from '../schemas/reference';

/** A figures-collection entry, with the fields a count of ratifications is read by. */
interface CountFigure {
  id: string;
  data: Pick<FigureData, 'indicator' | 'referenceYear' | 'referenceNote' | 'convention'>;
}

/** The `indicator` of a total count of ratifications; other indicators are partial counts ("since 2016"). */
export const TOTAL_RATIFICATIONS = 'ratifications';

/** "as of October 2022" → "October 2022"; otherwise the reference year, with the note in brackets. */
export function asOfText(f: Pick<FigureData, 'referenceYear' | 'referenceNote'>): string {
  const note = f.referenceNote?.trim();
  if (note && /^as of /i.test(note)) return note.replace(/^as of /i, '');
  return note ? `${f.referenceYear} (${note})` : String(f.referenceYear);
}

/**
 * Every count about one instrument, newest first, so a newer figure (even a partial one such as
 * "ratified since 2016") is shown before an older total. Ties put totals first.
 */
export function countsNewestFirst<T extends CountFigure>(figures: T[], conventionId: string): T[] {
  return figures
    .filter((f) => f.data.convention !== undefined && refId(f.data.convention) === conventionId)
    .sort(
      (a, b) =>
        b.data.referenceYear - a.data.referenceYear ||
        Number(b.data.indicator === TOTAL_RATIFICATIONS) - Number(a.data.indicator === TOTAL_RATIFICATIONS) ||
        a.id.localeCompare(b.id),
    );
}

/**
 * What the index shows for one instrument: the newest count, and, when that newest count is only a
 * partial one, the most recent total as well, so the two can be read side by side.
 */
export function countsForIndex<T extends CountFigure>(
  figures: T[],
  conventionId: string,
): { newest?: T; latestTotal?: T } {
  const all = countsNewestFirst(figures, conventionId);
  const newest = all[0];
  const latestTotal = all.find((f) => f.data.indicator === TOTAL_RATIFICATIONS);
  return { newest, latestTotal: latestTotal === newest ? undefined : latestTotal };
}
