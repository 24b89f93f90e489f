/**
 * Every bad-content fixture in tests/fixtures/content/bad/ is the valid fixture site plus one broken
 * file. The guard must report exactly that file, the field and the rule (expected.json in each case).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../../src/utils/content-guard';
import { badCases, fixtures, siteWith } from './fixture-site';

const cases = badCases();

describe('content guard', () => {
  it('accepts the valid fixture site', () => {
    expect(validateContent(siteWith()).map(formatProblem)).toEqual([]);
  });

  it('has a fixture for at least twelve rule classes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('reports %s with its file, field and rule', (name) => {
    const expected = JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expected.json'), 'utf8'));
    const messages = validateContent(siteWith(name)).map(formatProblem);
    const hit = messages.find((m) => m.startsWith(`${expected.file} → ${expected.field}: `));
    expect(hit, `no message for ${expected.file} → ${expected.field} in:\n${messages.join('\n')}`).toBeDefined();
    expect(hit).toMatch(new RegExp(expected.match));
  });
});
