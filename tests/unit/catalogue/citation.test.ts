import { describe, expect, it } from 'vitest';
import { toolCitation } from '../../../src/catalogue/citation';
import { translator } from '../../../src/i18n/translate';
import { readDictionary } from '../../../src/i18n/ui-strings';

const en = translator(readDictionary('en'), 'en');
/** The citation as a reader reads it, and its title part (the one a French page marks as English). */
const read = (parts: ReturnType<typeof toolCitation>) => ({
  text: parts.map((p) => p.text).join(''),
  title: parts.find((p) => p.index === 0)?.text,
});
const fr = translator(readDictionary('fr'), 'fr');

describe('tool citation', () => {
  it('writes publisher, year and title as the catalogue holds them', () => {
    expect(
      read(
        toolCitation(en, { title: 'Hard to see, harder to count', publisher: 'ILO', year: 2012 }, 'A brochure (2024)'),
      ),
    ).toEqual({
      text: 'ILO (2012). Hard to see, harder to count. Named in: A brochure (2024).',
      title: 'Hard to see, harder to count',
    });
  });

  it('starts with the title when no publisher is known, and never invents a publisher or a date', () => {
    const citation = read(toolCitation(en, { title: 'Social Mapping initiative (Argentina).' }, 'A brochure (2024)'));
    expect(citation.text).toBe('Social Mapping initiative (Argentina) (n.d.). Named in: A brochure (2024).');
  });

  it('labels the citation in the page language, the title as written and the year without a separator', () => {
    expect(read(toolCitation(fr, { title: 'A guide', year: 2012 }, 'Une brochure'))).toEqual({
      text: 'A guide (2012). Cité dans\u202f: Une brochure.',
      title: 'A guide',
    });
  });
});
