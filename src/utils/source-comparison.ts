/**
 * The arithmetic behind "these two sources do not say the same thing": the parts a figure should match,
 * added up and, when a total is given, turned into a share of it. Pages show the result next to the
 * figure, so a reader sees both numbers and how the second was obtained.
 */
import { ENGLISH } from './format';
import { formatNumber, vocabLabel, type Translate } from './i18n';

interface Valued {
  value: number;
  unit: string;
}

export interface Comparison {
  /** Sum of the parts, in the parts' unit. */
  sum: number;
  /** Sum as a percentage of the total, when a total is given. */
  sharePercent?: number;
}

export function compareParts(parts: Valued[], total?: Valued): Comparison {
  if (parts.length === 0) throw new Error('compareParts: no parts to compare');
  const units = new Set(parts.map((p) => p.unit));
  if (units.size > 1) throw new Error(`compareParts: parts mix units (${[...units].join(', ')})`);
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  if (!total) return { sum };
  if (total.unit !== parts[0]!.unit)
    throw new Error(`compareParts: total is in ${total.unit}, parts in ${parts[0]!.unit}`);
  if (total.value === 0) throw new Error('compareParts: total is zero');
  return { sum, sharePercent: (sum / total.value) * 100 };
}

/** A computed share as shown on the page: whole per cent, marked "about" unless it is exact (fr « environ 12 % »). */
export function formatDerivedPercent(percent: number, t: Translate = ENGLISH): string {
  const rounded = Math.round(percent);
  const value = t('site.figures.unit.percent', { value: formatNumber(rounded, t.lang) });
  return Math.abs(rounded - percent) < 1e-9
    ? value
    : t('site.figures.qualified', { qualifier: vocabLabel(t, 'qualifier', 'about'), value });
}
