import { describe, expect, it } from 'vitest';
import { formatCount, formatValue } from '../../../src/utils/format';

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

describe('published precision', () => {
  it('keeps the decimal places a source prints', async () => {
    const { writtenDecimals } = await import('../../../src/utils/content-files');
    expect(writtenDecimals('6.0')).toBe(1);
    expect(writtenDecimals('160000000')).toBe(0);
    expect(formatValue(6, 'percent', undefined, writtenDecimals('6.0'))).toBe('6.0%');
    expect(formatValue(21.6, 'percent', undefined, 1)).toBe('21.6%');
    expect(formatValue(3.5, 'per-thousand', undefined, 1)).toBe('3.5 per thousand');
  });
});

describe('changes', () => {
  it('writes relative changes and percentage-point differences', () => {
    expect(formatValue(125, 'percent-change')).toBe('125%');
    expect(formatValue(27, 'percentage-points')).toBe('27 percentage points');
  });
});
