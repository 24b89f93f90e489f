import { describe, expect, it } from 'vitest';
import { introSchema } from '../../src/schemas/intro';
import { fillPlaceholders } from '../../src/navigation/intro';

describe('page intros', () => {
  const valid = {
    title: 'Where we work',
    description: 'Countries by region.',
    intro: ['The brochure lists {listedCountries}.'],
  };

  it('accepts plain paragraphs with placeholders', () => {
    expect(introSchema().safeParse(valid).success).toBe(true);
  });

  it('rejects HTML, stray braces, no paragraphs and unknown fields, saying what is wrong', () => {
    const problems = (data: unknown) => {
      const result = introSchema().safeParse(data);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(problems({ ...valid, intro: ['<b>bold</b>'] })).toEqual([expect.stringMatching(/plain text, not HTML/)]);
    expect(problems({ ...valid, intro: ['{listed countries}'] })).toEqual([expect.stringMatching(/placeholder name/)]);
    expect(problems({ ...valid, intro: [] })).toEqual([expect.stringMatching(/at least one paragraph/)]);
    expect(problems({ ...valid, subtitle: 'x' })).toHaveLength(1);
  });

  it('fills placeholders with what the page computed', () => {
    expect(fillPlaceholders('Lists {n} and {n}.', { n: '3 countries' })).toBe('Lists 3 countries and 3 countries.');
  });
});
