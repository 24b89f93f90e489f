import { describe, expect, it } from 'vitest';
import { toolCitation } from '../../../src/utils/tool-citation';
import { translator } from '../../../src/utils/i18n';
import { readDictionary } from '../../../src/data/ui-strings';

const en = translator(readDictionary('en'), 'en');
const fr = translator(readDictionary('fr'), 'fr');

describe('tool citation', () => {
  it('writes publisher, year and title as the catalogue holds them', () => {
    expect(
      toolCitation(en, { title: 'Hard to see, harder to count', publisher: 'ILO', year: 2012 }, 'A brochure (2024)'),
    ).toBe('ILO (2012). Hard to see, harder to count. Named in: A brochure (2024).');
  });

  it('starts with the title when no publisher is known, and never invents a publisher or a date', () => {
    const citation = toolCitation(en, { title: 'Social Mapping initiative (Argentina).' }, 'A brochure (2024)');
    expect(citation).toBe('Social Mapping initiative (Argentina) (n.d.). Named in: A brochure (2024).');
  });

  it('labels the citation in the page language, the title as written and the year without a separator', () => {
    expect(toolCitation(fr, { title: 'A guide', year: 2012 }, 'Une brochure')).toBe(
      'A guide (2012). Cité dans\u202f: Une brochure.',
    );
  });
});
