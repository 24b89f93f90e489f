import { describe, expect, it } from 'vitest';
import { toolCitation } from '../../../src/utils/tool-citation';

describe('tool citation', () => {
  it('writes publisher, year and title as the catalogue holds them', () => {
    expect(
      toolCitation({ title: 'Hard to see, harder to count', publisher: 'ILO', year: 2012 }, 'A brochure (2024)'),
    ).toBe('ILO (2012). Hard to see, harder to count. Named in: A brochure (2024).');
  });

  it('says what is unknown instead of inventing a publisher or a date', () => {
    const citation = toolCitation({ title: 'Social Mapping initiative (Argentina).' }, 'A brochure (2024)');
    expect(citation).toBe(
      'Publisher not stated in the source documents (n.d.). Social Mapping initiative (Argentina). Named in: A brochure (2024).',
    );
  });
});
