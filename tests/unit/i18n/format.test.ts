import { describe, expect, it } from 'vitest';
import { ENGLISH, formatCount, formatFigure, formatValue } from '../../../src/i18n/format';
import { readDictionary } from '../../../src/i18n/ui-strings';
import { translator } from '../../../src/i18n/translate';

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
    const { writtenDecimals } = await import('../../../src/core/content-files');
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

describe('in French and Spanish', () => {
  const fr = translator(readDictionary('fr'), 'fr');
  const es = translator(readDictionary('es'), 'es');
  const en = translator(readDictionary('en'), 'en');
  const NBSP = '\u00a0';
  const NNBSP = '\u202f';

  it('writes counts with the language’s scale words, plurals and digit groups', () => {
    expect(formatCount(160_000_000, fr)).toBe('160 millions');
    expect(formatCount(1_500_000, fr)).toBe('1,5 million');
    expect(formatCount(2_500_000_000, fr)).toBe('2,5 milliards');
    expect(formatCount(4_300_000_000_000, fr)).toBe(`4${NNBSP}300 milliards`);
    expect(formatCount(11_483, fr)).toBe(`11${NNBSP}483`);
    expect(formatCount(160_000_000, es)).toBe('160 millones');
    expect(formatCount(1_000_000, es)).toBe('1 millón');
    expect(formatCount(151_600_000, es)).toBe('151,6 millones');
    // Spanish has no word for 10⁹: a "billón" is 10¹².
    expect(formatCount(2_500_000_000, es)).toBe('2500 millones');
    expect(formatCount(4_300_000_000_000, es)).toBe('4,3 billones');
    expect(formatCount(11_483, es)).toBe('11.483');
  });

  it('writes percents with a no-break space before the sign and a decimal comma', () => {
    expect(formatValue(8.6, 'percent', undefined, 1, fr)).toBe(`8,6${NBSP}%`);
    expect(formatValue(6, 'percent', undefined, 1, fr)).toBe(`6,0${NBSP}%`);
    expect(formatValue(8.6, 'share-percent', undefined, 1, es)).toBe(`8,6${NBSP}%`);
    expect(formatValue(27, 'percentage-points', undefined, undefined, fr)).toBe('27 points de pourcentage');
    expect(formatValue(27, 'percentage-points', undefined, undefined, es)).toBe('27 puntos porcentuales');
    expect(formatValue(3.5, 'per-thousand', undefined, 1, fr)).toBe('3,5 pour mille');
    expect(formatValue(3.5, 'per-thousand', undefined, 1, es)).toBe('3,5 por mil');
  });

  it('writes sums of money and qualifiers in the language', () => {
    expect(formatValue(21_000_000, 'usd', undefined, undefined, fr)).toBe('21 millions de dollars des États-Unis');
    expect(formatValue(150_000_000_000, 'usd', undefined, undefined, es)).toBe(
      '150.000 millones de dólares de los Estados Unidos',
    );
    expect(formatValue(500, 'usd', undefined, undefined, es)).toBe('500 dólares de los Estados Unidos');
    expect(formatValue(2_000_000, 'eur', undefined, undefined, fr)).toBe('2 millions d’euros');
    expect(formatFigure({ value: 160_000_000, unit: 'people', qualifier: 'over' }, fr)).toBe('plus de 160 millions');
    expect(formatFigure({ value: 2_500_000_000, unit: 'people', qualifier: 'nearly' }, es)).toBe('casi 2500 millones');
    expect(formatFigure({ value: 500, unit: 'count', qualifier: 'up to' }, fr)).toBe('jusqu’à 500');
  });

  it('writes English from en.json exactly as without a translator', () => {
    const cases: [number, Parameters<typeof formatValue>[1], string?, number?][] = [
      [160_000_000, 'people'],
      [2_500_000_000, 'people', 'about'],
      [4_300_000_000_000, 'usd'],
      [21.6, 'percent', undefined, 1],
      [27, 'percentage-points'],
      [2_000_000, 'eur'],
      [11_483, 'count', 'over'],
    ];
    for (const [value, unit, qualifier, decimals] of cases)
      expect(formatValue(value, unit, qualifier, decimals, en)).toBe(formatValue(value, unit, qualifier, decimals));
    expect(ENGLISH.lang).toBe('en');
    expect(formatValue(2_500_000_000, 'people', 'about')).toBe('about 2.5 billion');
  });
});

describe('proportions worded "one in N"', () => {
  it('writes the number in words in each language, as the source does', () => {
    const fr = translator(readDictionary('fr'), 'fr');
    const es = translator(readDictionary('es'), 'es');
    expect(formatValue(4, 'one-in')).toBe('one in four');
    expect(formatValue(4, 'one-in', undefined, undefined, fr)).toBe('un sur quatre');
    expect(formatValue(4, 'one-in', undefined, undefined, es)).toBe('uno de cada cuatro');
  });
});
