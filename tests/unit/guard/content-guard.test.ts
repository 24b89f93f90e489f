/**
 * Every bad-content fixture in tests/fixtures/content/bad/ is the valid fixture site plus one broken
 * file. The guard must report exactly that file, the field and the rule (expected.json in each case).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, isBlank, validateContent } from '../../../src/guard';
import { formatProblem } from '../../../src/core/content-problem';
import { badCases, fixtures, siteWith } from '../../support/fixture-site';

const cases = badCases();

describe('content guard', () => {
  it('accepts the valid fixture site', () => {
    expect(validateContent(siteWith()).map(formatProblem)).toEqual([]);
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
      '---\ntranslation: { pending: "a page of a test site" }\ntitle: Showing code\n---\n\nWrite `<script>` nowhere, nor `[x](javascript:alert(1))`.\n\n' +
        '```html\n<script>alert(1)</script>\n<a href="/no-such-page/" onclick="x()">x</a>\n```\n\n' +
        '{/* An example: <Figure id="not-a-figure" /> and [a link](/nowhere/). */}\n',
    );
    expect(validateContent(dir).map(formatProblem)).toEqual([]);
  });
});

describe('content guard: drafts (draft: true)', () => {
  const file = 'content/tools/unfinished.yaml';
  const blankTool = (extra = '') =>
    `draft: true\ntitle: An unfinished tool\ndescription: ""\nkind: ""\ntopics: []\npillars: []\naudiences: []\nmentionedIn: []\n${extra}`;
  const write = (text: string) => {
    const dir = siteWith();
    writeFileSync(join(dir, file), text);
    return dir;
  };

  it('accepts a draft whose required fields are empty, and lists it as a draft', () => {
    const dir = write(blankTool());
    expect(validateContent(dir).map(formatProblem)).toEqual([]);
    expect(checkContent(dir).drafts).toEqual([file]);
  });

  it('still rejects a filled-in field that breaks a rule, naming file, field and rule', () => {
    const dir = write(
      blankTool().replace('kind: ""', 'kind: video').replace('topics: []', 'topics: [child-labour, cooking]'),
    );
    const messages = validateContent(dir).map(formatProblem);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^content\/tools\/unfinished\.yaml → kind: kind must be one of: .*\(got "video"\)$/);
    expect(messages[1]).toMatch(/^content\/tools\/unfinished\.yaml → topics\.1: topics must be one of: /);
  });

  it('still rejects unknown fields and references to entries that do not exist', () => {
    const dir = write(blankTool('colour: blue\ncountries: [atl]\n').replace(/^countries: \[\]\n/m, ''));
    expect(
      validateContent(dir)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['colour', 'countries.0']);
  });

  it('rejects the same file without its draft line, naming every empty field', () => {
    const dir = write(blankTool().replace('draft: true\n', ''));
    const problems = validateContent(dir);
    expect(problems.every((p) => p.file === file)).toBe(true);
    expect(problems.map((p) => p.field).sort()).toEqual([
      'audiences',
      'description',
      'kind',
      'mentionedIn',
      'pillars',
      'topics',
    ]);
    expect(checkContent(dir).drafts).toEqual([]);
    // draft: false is the same as no draft line.
    expect(validateContent(write(blankTool().replace('draft: true', 'draft: false'))).length).toBe(6);
  });

  it('does not let a published entry refer to a draft, which is not on the site', () => {
    const dir = siteWith();
    const sample = join(dir, 'content/tools/sample-tool.yaml');
    writeFileSync(sample, readFileSync(sample, 'utf8').replace('draft', '') + 'draft: true\n');
    const messages = validateContent(dir).map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(
        /^content\/priorities\/supply-chains\.yaml → achievements\.0\.tools\.0: refers to tools entry "sample-tool", which is a draft/,
      ),
    ]);
  });

  it('takes a draft figure file out of the published figures: a page citing one of them fails', () => {
    const dir = siteWith();
    writeFileSync(
      join(dir, 'content/docs/cites.mdx'),
      '---\ntranslation: { pending: "a page of a test site" }\ntitle: Cites a figure\n---\n\nimport Figure from \'~/components/Figure.astro\';\n\nIn all, <Figure id="fl-world" /> people.\n',
    );
    expect(validateContent(dir).map(formatProblem)).toEqual([]);
    const path = join(dir, 'content/figures/sample-estimates.yaml');
    writeFileSync(path, 'draft: true\n' + readFileSync(path, 'utf8'));
    expect(validateContent(dir).map(formatProblem)).toEqual([
      'content/docs/cites.mdx → line 8: <Figure id="fl-world">: figure "fl-world" is in a draft file (draft: true), which is not published',
    ]);
    expect(checkContent(dir).drafts).toEqual(['content/figures/sample-estimates.yaml']);
  });

  it('does not let a published page link to a draft page (Starlight leaves it out); a draft page may', () => {
    const dir = siteWith();
    writeFileSync(
      join(dir, 'content/docs/later.mdx'),
      '---\ntranslation: { pending: "a page of a test site" }\ntitle: Not yet\ndraft: true\n---\n\nSee [the other](/also-later/).\n',
    );
    writeFileSync(
      join(dir, 'content/docs/also-later.mdx'),
      '---\ntranslation: { pending: "a page of a test site" }\ntitle: Not yet either\ndraft: true\n---\n\nText.\n',
    );
    expect(validateContent(dir).map(formatProblem)).toEqual([]);
    writeFileSync(
      join(dir, 'content/docs/now.mdx'),
      '---\ntranslation: { pending: "a page of a test site" }\ntitle: Published\n---\n\nSee [later](/later/).\n',
    );
    expect(validateContent(dir).map(formatProblem)).toEqual([
      'content/docs/now.mdx → line 6: internal link "/later/" leads to a draft page (draft: true), which is not published',
    ]);
  });

  it('does not accept draft in collections without drafts (charts, intros)', () => {
    const dir = siteWith();
    const path = join(dir, 'content/charts/programme-countries.yaml');
    writeFileSync(path, 'draft: true\n' + readFileSync(path, 'utf8'));
    expect(validateContent(dir).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/charts\/programme-countries\.yaml → draft: unknown field "draft"/),
    ]);
    expect(checkContent(dir).drafts).toEqual([]);
  });

  it('counts as blank only what the scaffold leaves unfilled', () => {
    for (const blank of [undefined, null, '', '  ', [], {}, { a: '', b: [] }])
      expect(isBlank(blank), String(blank)).toBe(true);
    for (const filled of [0, false, 'x', ['x'], { a: '', b: 'x' }]) expect(isBlank(filled), String(filled)).toBe(false);
  });
});
