/**
 * How ratification counts are put into words. Counts change and come from sources of different ages
 * and kinds, so every count is written with the date it refers to and never called "current".
 */
import type { FigureData } from '../schemas/figure';
import { refId } from '../schemas/reference';
import { DEFAULT_LANG, NUMBER_LOCALES, type Lang } from '../core/locales';
import { formatFigure } from '../i18n/format';
import { formatNumber, vocabLabel, type Translate } from '../i18n/translate';

/** A figures-collection entry, with the fields a count of ratifications is read by. */
interface CountFigure {
  id: string;
  data: Pick<FigureData, 'indicator' | 'referenceYear' | 'referenceNote' | 'convention'>;
}

/** The `indicator` of a total count of ratifications; other indicators are partial counts ("since 2016"). */
export const TOTAL_RATIFICATIONS = 'ratifications';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const AS_OF = new RegExp(`^as of (?:(\\d{1,2}) )?(${MONTHS.join('|')}) (\\d{4})(.*)$`, 'i');

/**
 * "as of October 2022" → "October 2022"; otherwise the reference year, with the note in brackets.
 * In French and Spanish the date is written the language's way ("octobre 2022", "4 de agosto de 2020");
 * the English words after a date ("…, when Tonga's ratification was formalized") are left out there,
 * unless `translatedNote` (the note's translation, when the figure carries one) says them in brackets;
 * a note that is only the date is not repeated in brackets.
 */
export function asOfText(
  f: Pick<FigureData, 'referenceYear' | 'referenceNote'>,
  lang: Lang = DEFAULT_LANG,
  translatedNote?: string,
): string {
  const note = f.referenceNote?.trim();
  if (lang === DEFAULT_LANG) {
    if (note && /^as of /i.test(note)) return note.replace(/^as of /i, '');
    return note ? `${f.referenceYear} (${note})` : String(f.referenceYear);
  }
  const own = translatedNote?.trim() && translatedNote.trim() !== note ? translatedNote.trim() : undefined;
  const dated = note ? AS_OF.exec(note) : null;
  if (dated) {
    const [, day, month, year, rest] = dated;
    const monthIndex = MONTHS.findIndex((m) => m.toLowerCase() === month!.toLowerCase());
    const date = new Intl.DateTimeFormat(NUMBER_LOCALES[lang], {
      ...(day ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(Number(year), monthIndex, day ? Number(day) : 1)));
    // A note that only gives the date ("as of July 2023") says nothing its translation would add.
    return own && rest?.trim() ? `${date} (${own})` : date;
  }
  // The line already puts the date in brackets in French and Spanish, so the note follows a comma.
  const shown = own ?? note;
  return shown ? `${f.referenceYear}, ${shown}` : String(f.referenceYear);
}

/** An ISO date ("2026-11-29") written the language's way: "29 November 2026", "29 novembre 2026". */
export function dateText(iso: string, lang: Lang = DEFAULT_LANG): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(NUMBER_LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
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

/** A count as written in a ratification line: "176" (English keeps formatFigure's wording), "1 234" in French. */
export function countValueText(f: Pick<FigureData, 'value' | 'unit' | 'qualifier' | 'decimals'>, t: Translate): string {
  if (t.lang === DEFAULT_LANG) return formatFigure(f);
  const value = formatNumber(f.value, t.lang);
  return f.qualifier ? `${vocabLabel(t, 'qualifier', f.qualifier)} ${value}` : value;
}
