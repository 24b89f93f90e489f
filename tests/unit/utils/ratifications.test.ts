import { describe, expect, it } from 'vitest';
import { asOfText, countsForIndex, countsNewestFirst } from '../../../src/utils/ratifications';
import type { Ref } from '../../../src/schemas/reference';

const fig = (id: string, indicator: string, referenceYear: number, convention?: Ref, referenceNote?: string) => ({
  id,
  data: { indicator, referenceYear, convention, referenceNote },
});

describe('ratification counts', () => {
  it('writes the date a count refers to, never a bare "current"', () => {
    expect(asOfText({ referenceYear: 2022, referenceNote: 'as of October 2022' })).toBe('October 2022');
    expect(asOfText({ referenceYear: 2016 })).toBe('2016');
    expect(asOfText({ referenceYear: 2016, referenceNote: 'undated brochure' })).toBe('2016 (undated brochure)');
  });

  it('puts a newer partial count before an older total, and keeps only the instrument asked for', () => {
    const figures = [
      fig('total-2016', 'ratifications', 2016, 'p29'),
      fig('since-2016', 'ratifications-since-2016', 2021, { id: 'p29' }),
      fig('other', 'ratifications', 2023, 'c138'),
    ];
    expect(countsNewestFirst(figures, 'p29').map((f) => f.id)).toEqual(['since-2016', 'total-2016']);
    const index = countsForIndex(figures, 'p29');
    expect(index.newest?.id).toBe('since-2016');
    expect(index.latestTotal?.id).toBe('total-2016');
  });

  it('shows a single total once when it is also the newest count', () => {
    const figures = [fig('old', 'ratifications', 2016, 'c138'), fig('new', 'ratifications', 2023, 'c138')];
    expect(countsForIndex(figures, 'c138')).toEqual({ newest: figures[1], latestTotal: undefined });
    expect(countsForIndex(figures, 'c29')).toEqual({ newest: undefined, latestTotal: undefined });
  });
});
