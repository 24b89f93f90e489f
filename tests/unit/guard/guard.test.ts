/**
 * Guard rules that a fixture folder cannot hold: files too large to keep in the repository, and a docs
 * page clashing with a page of src/pages/ (the fixtures overlay content/ only). And the two parsers the
 * rules rest on: literal attribute values and links resolved as a browser resolves them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/guard';
import { MAX_FILE_BYTES, MAX_LIST_ITEMS } from '../../../src/guard/files';
import { linkProblem } from '../../../src/guard/links';
import { parseLiteral } from '../../../src/guard/markup';
import { formatProblem } from '../../../src/core/content-problem';
import { siteWith } from '../../support/fixture-site';

describe('guard: sizes', () => {
  it('fails a file over the size limit, naming it', () => {
    const dir = siteWith();
    const notes = Array.from({ length: 30_000 }, (_, i) => `  - A note that repeats, number ${i}.`).join('\n');
    writeFileSync(
      join(dir, 'content/docs/huge.mdx'),
      `---\ntranslation: { pending: "a page of a test site" }\ntitle: Huge\n---\n\n${'x'.repeat(MAX_FILE_BYTES)}\n`,
    );
    writeFileSync(join(dir, 'content/tools/long-list.yaml'), `title: Long\nmentionedIn:\n${notes}\n`);
    const messages = validateContent(dir).map(formatProblem);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^content\/docs\/huge\.mdx → \(file\): is 1\.0 MB: a file in content\/ may be at most 1 MB/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^content/tools/long-list\\.yaml → mentionedIn: has 30000 items: a list may have at most ${MAX_LIST_ITEMS}`,
        ),
      ),
    );
  });
});

describe("guard: the files the site's code is built from", () => {
  it('fails a missing intro or chart, naming each file', () => {
    const dir = siteWith();
    rmSync(join(dir, 'content/intros/tools.yaml'));
    rmSync(join(dir, 'content/charts/forced-labour-map.yaml'));
    rmSync(join(dir, 'content/charts/child-labour-trend.yaml'));
    expect(validateContent(dir).map(formatProblem)).toEqual([
      'content/intros/tools.yaml → (file): is missing or a draft: the page /tools/ is built from it (src/core/site-entries.ts); restore or publish it',
      'content/charts/forced-labour-map.yaml → (file): is missing or a draft: a chart on the guidance pages is built from it (src/core/site-entries.ts); restore or publish it',
      'content/charts/child-labour-trend.yaml → (file): is missing or a draft: a chart on the guidance pages is built from it (src/core/site-entries.ts); restore or publish it',
    ]);
  });
});

describe('guard: addresses', () => {
  it('fails a docs page whose address a dynamic page of src/pages/ also makes', () => {
    const dir = siteWith();
    mkdirSync(join(dir, 'src/pages/tools'), { recursive: true });
    writeFileSync(join(dir, 'src/pages/tools/[id].astro'), '');
    mkdirSync(join(dir, 'content/docs/tools'), { recursive: true });
    writeFileSync(
      join(dir, 'content/docs/tools/sample-tool.mdx'),
      '---\ntranslation: { pending: "a page of a test site" }\ntitle: A page\n---\n\nText.\n',
    );
    writeFileSync(
      join(dir, 'content/docs/tools/other.mdx'),
      '---\ntranslation: { pending: "a page of a test site" }\ntitle: Another page\n---\n\nText.\n',
    );
    expect(validateContent(dir).map(formatProblem)).toEqual([
      'content/docs/tools/sample-tool.mdx → (file name): its address is also made by src/pages/tools/[id].astro; rename the page',
    ]);
  });
});

describe('guard: literal attribute values', () => {
  it('reads literals', () => {
    expect(parseLiteral('3')).toBe(3);
    expect(parseLiteral('[\'ipec-\', "ilo-"]')).toEqual(['ipec-', 'ilo-']);
    expect(parseLiteral("{ a: 1, 'b': [true, null], }")).toEqual({ a: 1, b: [true, null] });
    expect(parseLiteral("' '")).toBe(' ');
  });

  it('refuses anything that is code', () => {
    for (const code of [
      'process.env.X',
      "['a', x]",
      '`template ${x}`',
      '{ [key]: 1 }',
      '{ a }',
      '1 + 1',
      "'a' + 'b'",
      '() => 1',
      '{ ...x }',
      "'\\u0061'",
    ])
      expect(parseLiteral(code), code).toBeUndefined();
  });
});

describe('guard: links as a browser reads them', () => {
  const context = { routes: [] };
  it.each([
    ['//www.ilo.org@evil.example/x', 'so it really leads to "evil.example"'],
    ['\\\\www.ilo.org@evil.example/x', 'so it really leads to "evil.example"'],
    ['/\\evil.example/', 'leaves the site for "evil.example"'],
    [' //evil.example/', 'leaves the site for "evil.example"'],
    ['HTTPS://user:pw@evil.example/', 'has a user name or password'],
    [' java\tscript:alert(1)', 'javascript: and data: links are not allowed'],
    ['javascript&colon;alert(1)', 'javascript: and data: links are not allowed'],
    ['DATA:text/html,x', 'javascript: and data: links are not allowed'],
    ['ftp://files.example/', 'uses "ftp:"'],
  ])('refuses %s', (link, message) => {
    expect(linkProblem(link, context)).toContain(message);
  });

  it.each(['https://www.ilo.org/ipec', 'mailto:ipec@ilo.org', 'tel:+41227996111', '#top', 'picture.png'])(
    'accepts %s',
    (link) => {
      expect(linkProblem(link, context)).toBeUndefined();
    },
  );
});
