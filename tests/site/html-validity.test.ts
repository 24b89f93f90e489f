/**
 * Valid HTML on every English page, every guidance page in every language, and one French and Spanish
 * page of every other template (their markup is the English page's with translated text, which is
 * escaped: tests/support/page-sample.ts), by the rules of the
 * HTML standard (tests/support/html-validity.ts: html-validate's standard preset, a rule for ARIA roles on
 * the parts of a plain table, and no element after </body>). A fixture page with known faults shows the
 * check can fail.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_BUILDS, ROOT } from '../support/harness.ts';
import { markupPages } from '../support/page-sample.ts';
import { htmlFiles } from '../support/crawl.ts';
import { formatHtmlProblems, htmlProblems } from '../support/html-validity.ts';

describe('the validity check', () => {
  it('finds each fault of the fixture page', async () => {
    const file = resolve(import.meta.dirname, '../fixtures/invalid-html/index.html');
    const problems = await htmlProblems('invalid-html/index.html', readFileSync(file, 'utf8'));
    const rules = problems.map((p) => p.rule);
    expect(rules.filter((rule) => rule === 'ipec-site/no-role-on-plain-table-part')).toHaveLength(4);
    expect(rules).toContain('attribute-allowed-values');
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'no-element-after-body', line: 27, message: '<script> starts after </body>' }),
    );
  });
});

// The sub-path build's pages are these pages with the base in their addresses (tests/site/sub-path.test.ts).
describe.each(Object.entries(PAGE_BUILDS))('HTML of the %s build', (_name, { dir }) => {
  it('is valid on every page whose markup can differ', async () => {
    const files = markupPages(htmlFiles(dir), join(ROOT, 'content/docs'));
    expect(files.length).toBeGreaterThan(1);
    const problems = [];
    for (const file of files) {
      problems.push(...(await htmlProblems(file, readFileSync(join(dir, file), 'utf8'))));
    }
    // Compared as text so a failure lists each problem on one line.
    expect(formatHtmlProblems(problems)).toBe('');
  });
});
