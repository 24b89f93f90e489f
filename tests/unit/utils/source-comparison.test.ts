import { describe, expect, it } from 'vitest';
import { compareParts, formatDerivedPercent } from '../../../src/utils/source-comparison';
import { readDictionary } from '../../../src/data/ui-strings';
import { translator } from '../../../src/utils/i18n';

const people = (value: number) => ({ value, unit: 'people' });

describe('source comparison', () => {
  it('turns parts of a total into a share computed from the figures', () => {
    const c = compareParts([people(17_300_000), people(6_300_000)], people(27_600_000));
    expect(c.sum).toBe(23_600_000);
    expect(c.sharePercent).toBeCloseTo(85.507, 2);
    expect(formatDerivedPercent(c.sharePercent!)).toBe('about 86%');
  });

  it('adds shares of one whole without a total, and says when a share is exact', () => {
    const c = compareParts([
      { value: 63, unit: 'share-percent' },
      { value: 23, unit: 'share-percent' },
    ]);
    expect(c).toEqual({ sum: 86 });
    expect(formatDerivedPercent(50)).toBe('50%');
  });

  it('refuses to add figures in different units or divide by a zero total', () => {
    expect(() => compareParts([people(1), { value: 2, unit: 'percent' }])).toThrow(/mix units/);
    expect(() => compareParts([people(1)], people(0))).toThrow(/zero/);
    expect(() => compareParts([])).toThrow(/no parts/);
  });
});

describe('formatDerivedPercent in French', () => {
  it('writes the share with the French percent sign and "environ"', () => {
    const fr = translator(readDictionary('fr'), 'fr');
    expect(formatDerivedPercent(12.4, fr)).toBe('environ 12\u00a0%');
    expect(formatDerivedPercent(50, fr)).toBe('50\u00a0%');
    expect(formatDerivedPercent(12.4)).toBe('about 12%');
  });
});
