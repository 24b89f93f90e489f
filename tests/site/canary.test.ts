/**
 * Every sink escaped: a property of the whole site, not of the places we thought of. A small project
 * (the valid fixture site, with the real interface strings, chart definitions and intros) is built
 * with a canary appended to every interface string and every prose text field of every YAML entry and
 * page frontmatter; the content guard and the schemas' "no < or >" rules are switched off in this copy,
 * as if they had a gap, and so is the post-build wall (tests/site/post-build-wall.test.ts tests it), which
 * would stop the build on the one place that is guarded rather than escaped: search filter values, which
 * Pagefind's interface writes as HTML and which hold interface strings (the guard refuses "<" in them). On every built page, the canary must be text: no element it names, no comment
 * it opens, and wherever it shows in the page's text it shows whole. One build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument as parseYaml, visit } from 'yaml';
import {
  elementsOf,
  parseDocument,
  parseHtmlFragment,
  rawTextOf,
  type HtmlNode,
  type HtmlParent,
} from '../../src/core/html-tree';
import { listFilesDeep } from '../../src/core/content-files';
import { ROOT } from '../support/harness';
import { ILO_REGIONS } from '../../src/schemas/vocab';
import { buildWithout } from '../support/fixture-site';

/** Characters that would be markup if written unescaped: a tag, both quotes, an ampersand, a comment. */
const CANARY = `CNRY<canary-el>"'&<!--`;

let project = '';
let pages: { path: string; html: string }[] = [];

/** Values from a fixed list that contain a space: not text an editor writes. */
const ENUM_VALUES = new Set<string>(ILO_REGIONS);

/** Appends the canary to every prose string (one with a space: not an id, a code, a date or an address). */
function canaryYaml(text: string): string {
  const doc = parseYaml(text);
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.value.includes(' ')) return;
      if (/^https?:/.test(node.value) || ENUM_VALUES.has(node.value)) return;
      node.value = `${node.value} ${CANARY}`;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

beforeAll(() => {
  mkdirSync(join(ROOT, '.astro'), { recursive: true });
  project = mkdtempSync(join(ROOT, '.astro', 'canary-site-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  cpSync(join(ROOT, 'tests/fixtures/content/valid/content'), join(project, 'content'), { recursive: true });
  for (const folder of ['i18n', 'charts', 'intros'])
    cpSync(join(ROOT, 'content', folder), join(project, 'content', folder), { recursive: true });

  const content = join(project, 'content');
  for (const file of listFilesDeep(content, ['.yaml'])) writeFileSync(file, canaryYaml(readFileSync(file, 'utf8')));
  for (const file of listFilesDeep(content, ['.mdx'])) {
    const text = readFileSync(file, 'utf8');
    const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    writeFileSync(file, `---\n${canaryYaml(`${frontmatter}\ndescription: A page description`)}---\n${body}`);
  }
  for (const file of listFilesDeep(join(content, 'i18n'), ['.json'])) {
    const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(strings))
      if (typeof value === 'string') strings[key] = `${value} ${CANARY}`;
    writeFileSync(file, JSON.stringify(strings, null, 2));
  }
  // The schemas reject "<" and ">" in titles and taglines; switch that rule off in this copy only.
  for (const name of readdirSync(join(project, 'src/schemas'))) {
    const file = join(project, 'src/schemas', name);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('!/[<>]/.test(value)', 'true'));
  }
  const build = buildWithout(project, ['ipec-content-guard', 'ipec-built-pages-check']);
  if (build.status !== 0) throw new Error(`the canary fixture did not build:\n${build.output}`);
  const dist = join(project, 'dist');
  pages = listFilesDeep(dist, ['.html']).map((file) => ({
    path: relative(dist, file),
    html: readFileSync(file, 'utf8'),
  }));
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/**
 * The text nodes of a page a reader gets (not script or style, nor a <textarea>: that holds HTML code to
 * copy, such as a chart's embed code, where the canary is rightly written with character references).
 */
function texts(root: HtmlParent): string[] {
  const found: string[] = [];
  const walk = (node: HtmlNode) => {
    if (node.nodeName === '#text') found.push((node as { value: string }).value);
    if (node.nodeName === 'script' || node.nodeName === 'style' || node.nodeName === 'textarea') return;
    const children =
      node.nodeName === 'template'
        ? (node as { content: HtmlParent }).content.childNodes
        : (node as HtmlParent).childNodes;
    for (const child of children ?? []) walk(child);
  };
  walk(root as HtmlNode);
  return found;
}

describe('canary in every text field and interface string', () => {
  it('builds pages that show the canary', () => {
    const shown = pages.filter((page) => texts(parseDocument(page.html)).some((text) => text.includes(CANARY)));
    expect(shown.length).toBeGreaterThan(pages.length / 2);
    expect(shown.map((page) => page.path)).toEqual(
      expect.arrayContaining(['404.html', 'priorities/index.html', 'fr/priorities/index.html']),
    );
  });

  it('never becomes an element or a comment, and shows whole wherever it shows', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const doc = parseDocument(page.html);
      if (elementsOf(doc).some((element) => element.tagName === 'canary-el'))
        broken.push(`${page.path}: the canary became an element`);
      for (const text of texts(doc))
        if (text.includes('CNRY') && !text.includes(CANARY))
          broken.push(`${page.path}: the canary is cut short in ${JSON.stringify(text.slice(-80))}`);
      // Code to copy: read as the HTML it is, the canary is an attribute value or text, whole, never an element.
      for (const code of elementsOf(doc).filter((element) => element.tagName === 'textarea')) {
        const source = rawTextOf(code);
        if (!source.includes('CNRY')) continue;
        const fragment = parseHtmlFragment(source);
        const values = elementsOf(fragment).flatMap((element) => element.attrs.map((attr) => attr.value));
        if (elementsOf(fragment).some((element) => element.tagName === 'canary-el'))
          broken.push(`${page.path}: the canary became an element in code to copy`);
        else if (![...values, ...texts(fragment)].some((value) => value.includes(CANARY)))
          broken.push(`${page.path}: the canary is cut short in code to copy`);
      }
    }
    expect(broken).toEqual([]);
  });
});
