import { describe, expect, it } from 'vitest';
import {
  asOfText,
  countValueText,
  countsForIndex,
  countsNewestFirst,
  dateText,
} from '../../../src/figures/ratifications';
import { readDictionary } from '../../../src/i18n/ui-strings';
import { translator } from '../../../src/i18n/translate';
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

describe('ratification counts in French and Spanish', () => {
  const fr = translator(readDictionary('fr'), 'fr');
  const es = translator(readDictionary('es'), 'es');

  it('writes the date of a count the language’s way', () => {
    expect(asOfText({ referenceYear: 2023, referenceNote: 'as of July 2023' }, 'fr')).toBe('juillet 2023');
    expect(asOfText({ referenceYear: 2023, referenceNote: 'as of July 2023' }, 'es')).toBe('julio de 2023');
    // A translated note that only restates the date is not repeated: « juillet 2023 », not « juillet 2023 (en juillet 2023) ».
    expect(asOfText({ referenceYear: 2023, referenceNote: 'as of July 2023' }, 'fr', 'en juillet 2023')).toBe(
      'juillet 2023',
    );
    // The English words after the date are left out unless the figure translates its note.
    const dated = {
      referenceYear: 2020,
      referenceNote: "as of 4 August 2020, when Tonga's ratification was formalized",
    };
    expect(asOfText(dated, 'fr')).toBe('4 août 2020');
    expect(asOfText(dated, 'es', 'a 4 de agosto de 2020, fecha de la ratificación de Tonga')).toBe(
      '4 de agosto de 2020 (a 4 de agosto de 2020, fecha de la ratificación de Tonga)',
    );
    expect(asOfText(dated)).toBe("4 August 2020, when Tonga's ratification was formalized");
    expect(asOfText({ referenceYear: 2016, referenceNote: 'undated brochure' }, 'fr')).toBe('2016, undated brochure');
    expect(dateText('1973-06-26', 'fr')).toBe('26 juin 1973');
    expect(dateText('1973-06-26')).toBe('26 June 1973');
  });

  it('puts a French date and a French number into the French ratification line', () => {
    const f = { value: 1176, unit: 'count' as const, referenceYear: 2023, referenceNote: 'as of July 2023' };
    const line = fr('site.conventions.ratifications', {
      count: f.value,
      value: countValueText(f, fr),
      date: asOfText(f, fr.lang),
    });
    expect(line).toBe('<0>1\u202f176</0> ratifications (état\u202f: juillet 2023)');
    expect(line).not.toMatch(/as of|July/);
    const english = translator(readDictionary('en'), 'en');
    expect(english('site.conventions.ratifications', { count: 176, value: '176', date: asOfText(f) })).toBe(
      '<0>176</0> ratifications as of July 2023',
    );
  });

  it('writes the Spanish line with the Spanish words and qualifier', () => {
    const f = { value: 178, unit: 'count' as const, qualifier: 'about' as const };
    expect(countValueText(f, es)).toBe(`${es('site.vocab.qualifier.about')} 178`);
    expect(es('site.conventions.ratifications', { count: 178, value: '178', date: 'octubre de 2022' })).toBe(
      '<0>178</0> ratificaciones a octubre de 2022',
    );
  });
});
