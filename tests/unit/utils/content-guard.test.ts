/**
 * Every bad-content fixture in tests/fixtures/content/bad/ is the valid fixture site plus one broken
 * file. The guard must report exactly that file, the field and the rule (expected.json in each case).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/utils/content-guard';
import { formatProblem } from '../../../src/utils/content-problem';
import { badCases, fixtures, siteWith } from '../../support/fixture-site';

const cases = badCases();

describe('content guard', () => {
  it('accepts the valid fixture site', () => {
    expect(validateContent(siteWith()).map(formatProblem)).toEqual([]);
  });

  it('has a fixture for at least twelve rule classes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it('every fixture says which rule it breaks and where', () => {
    for (const name of cases) {
      const expected = JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expected.json'), 'utf8'));
      expect(Object.keys(expected).sort(), name).toEqual(expect.arrayContaining(['field', 'file', 'match', 'rule']));
    }
  });

  it.each(cases)('reports %s with its file, field and rule', (name) => {
    const expected = JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expected.json'), 'utf8'));
    const messages = validateContent(siteWith(name)).map(formatProblem);
    const here = messages.filter((m) => m.startsWith(`${expected.file} → ${expected.field}: `));
    const hit = here.find((m) => new RegExp(expected.match).test(m)) ?? here[0];
    expect(hit, `no message for ${expected.file} → ${expected.field} in:\n${messages.join('\n')}`).toBeDefined();
    expect(hit).toMatch(new RegExp(expected.match));
    // "only": the mistake gives exactly this message, with no follow-on errors.
    if (expected.only === true) expect(messages).toEqual([hit]);
  });

  it('does not take a <script>, a link or a <Figure> shown as code or in a comment for markup', () => {
    const dir = siteWith();
    writeFileSync(
      join(dir, 'content/docs/code.mdx'),
      '---\ntitle: Showing code\n---\n\nWrite `<script>` nowhere, nor `[x](javascript:alert(1))`.\n\n' +
        '```html\n<script>alert(1)</script>\n<a href="/no-such-page/" onclick="x()">x</a>\n```\n\n' +
        '{/* An example: <Figure id="not-a-figure" /> and [a link](/nowhere/). */}\n',
    );
    expect(validateContent(dir).map(formatProblem)).toEqual([]);
  });
});
