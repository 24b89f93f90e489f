import { describe, expect, it } from 'vitest';
import { buildDate, outcomeText, targetState, targetText } from '../../../src/figures/targets';
import { translator } from '../../../src/i18n/translate';
import { readDictionary } from '../../../src/i18n/ui-strings';

describe('target state', () => {
  it('keeps a target ahead until the last day of its year', () => {
    expect(targetState(2025, new Date('2025-01-01T00:00:00Z'))).toBe('ahead');
    expect(targetState(2025, new Date('2025-12-31T23:59:59Z'))).toBe('ahead');
    expect(targetState(2030, new Date('2026-12-07T00:00:00Z'))).toBe('ahead');
  });
  it('says a target has passed from the first day of the next year', () => {
    expect(targetState(2025, new Date('2026-01-01T00:00:00Z'))).toBe('passed');
    expect(targetState(2025, new Date('2031-06-30T00:00:00Z'))).toBe('passed');
  });
});

describe('build date', () => {
  it('takes SOURCE_DATE_EPOCH when it is set, for reproducible builds', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  it('is today otherwise', () => {
    const before = Date.now();
    expect(buildDate({}).getTime()).toBeGreaterThanOrEqual(before);
  });
});

describe('outcome text', () => {
  it('puts the figure and its reference year into the clause', () => {
    expect(outcomeText('{value} children were in child labour in {year}', 'nearly 138 million', 2024)).toBe(
      'nearly 138 million children were in child labour in 2024',
    );
  });
});

describe('target text, on both sides of the target year', () => {
  const en = translator(readDictionary('en'), 'en');
  const fr = translator(readDictionary('fr'), 'fr');
  const target = { goal: 'end child labour in all its forms', year: 2025 };
  const outcome = { text: '{value} children were in child labour in {year}', value: 'nearly 138 million', year: 2024 };
  const inYear = new Date('2025-12-31T12:00:00Z');
  const after = new Date('2026-01-01T00:00:00Z');

  it('writes the deadline while the year is ahead, and says it has passed once it is over', () => {
    expect(targetText(en, target, 'deadline', inYear).text).toBe('by 2025');
    expect(targetText(en, target, 'deadline', after).text).toBe('by 2025 (a target year now past)');
    expect(targetText(fr, target, 'deadline', inYear).text).toBe('d’ici 2025');
  });

  it('states the target while ahead, and that it was missed, with the latest figure, once passed', () => {
    expect(targetText(en, target, 'status', inYear, outcome)).toEqual({
      state: 'ahead',
      citesOutcome: false,
      text: 'The target is to end child labour in all its forms by 2025.',
    });
    expect(targetText(en, target, 'status', after, outcome)).toEqual({
      state: 'passed',
      citesOutcome: true,
      text: 'The 2025 target was missed: nearly 138 million children were in child labour in 2024.',
    });
    expect(targetText(en, target, 'status', after).text).toBe('The target year, 2025, has passed.');
  });
});
