/**
 * Legend classes fitted to the values a map shows: at most `maxClasses` classes, split at the largest
 * gaps between the values (natural breaks for a handful of numbers), each class named by the lowest
 * and highest value it holds. A map with one value has one class; no class is ever empty.
 */
export interface LegendClass {
  /** Lowest and highest value shown in the class. */
  min: number;
  max: number;
}

export interface FittedLegend {
  /** Class boundaries for d3's scaleThreshold: a value at or above thresholds[i] is in class i + 1. */
  thresholds: number[];
  classes: LegendClass[];
}

/** Gaps compared without floating-point noise: 4.1 − 2.9 and 5.3 − 4.1 are the same gap. */
const roundGap = (gap: number) => Math.round(gap * 1e9) / 1e9;

export function fitClasses(values: number[], maxClasses = 4): FittedLegend {
  const distinct = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  if (distinct.length === 0) return { thresholds: [], classes: [] };
  const k = Math.max(1, Math.min(maxClasses, distinct.length));
  // Indexes i where a class starts at distinct[i]: the k − 1 widest gaps (the lower one on a tie).
  const starts = distinct
    .slice(1)
    .map((v, i) => ({ at: i + 1, gap: roundGap(v - distinct[i]) }))
    .sort((a, b) => b.gap - a.gap || a.at - b.at)
    .slice(0, k - 1)
    .map((g) => g.at)
    .sort((a, b) => a - b);
  const bounds = [0, ...starts, distinct.length];
  const classes = bounds.slice(0, -1).map((from, i) => ({ min: distinct[from], max: distinct[bounds[i + 1] - 1] }));
  return { thresholds: starts.map((i) => distinct[i]), classes };
}

/** "3.1%" for a class of one value, "4.1% to 5.3%" for a range; `format` writes a value with its unit. */
export function classLabel(
  c: LegendClass,
  format: (value: number) => string,
  range = (from: string, to: string) => `${from} to ${to}`,
): string {
  return c.min === c.max ? format(c.min) : range(format(c.min), format(c.max));
}

/**
 * Which of the four fill steps each of k classes uses: spread over the ramp so two classes are as far
 * apart as possible, one class in the middle.
 */
export function rampSteps(k: number, steps = 4): number[] {
  if (k <= 1) return [1];
  return Array.from({ length: k }, (_, i) => Math.round((i * (steps - 1)) / (k - 1)));
}
