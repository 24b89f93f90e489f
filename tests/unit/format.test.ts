import { describe, expect, it } from 'vitest';
import { formatCount, formatValue } from '../../src/utils/format';

describe('formatValue', () => {
  it('writes large counts in millions and billions without rounding', () => {
    expect(formatCount(160_000_000)).toBe('160 million');
    expect(formatCount(151_600_000)).toBe('151.6 million');
    expect(formatCount(2_000_000_000)).toBe('2 billion');
    expect(formatCount(11_483)).toBe('11,483');
    expect(formatCount(4_300_000_000_000)).toBe('4.3 trillion');
  });
  it('writes each unit with its sign', () => {
    expect(formatValue(21.6, 'percent')).toBe('21.6%');
    expect(formatValue(3.5, 'per-thousand')).toBe('3.5 per thousand');
    expect(formatValue(21_000_000, 'usd')).toBe('US$ 21 million');
    expect(formatValue(500, 'count', 'over')).toBe('over 500');
  });
});
