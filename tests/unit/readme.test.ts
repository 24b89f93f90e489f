/**
 * The README lists the pages still in English only; the list must match content/docs, so a page
 * translated (or added) without updating it fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../src/utils/content-files';
import { DEFAULT_LANG, isLang, LANGS } from '../../src/utils/locales';

const root = join(import.meta.dirname, '../..');
const docs = join(root, 'content/docs');

/** `content/docs/<path>` of each English page some language has no translation of. */
function untranslated(): string[] {
  return listFilesDeep(docs, ['.md', '.mdx'])
    .map((file) => relative(docs, file))
    .filter((path) => !isLang(path.split('/')[0]))
    .filter((path) => LANGS.some((lang) => lang !== DEFAULT_LANG && !existsSync(join(docs, lang, path))))
    .map((path) => `content/docs/${path}`)
    .sort();
}

/** The paths listed between the README's untranslated markers. */
function listedInReadme(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = /<!-- untranslated:start -->([\s\S]*?)<!-- untranslated:end -->/.exec(readme)?.[1] ?? '';
  return [...section.matchAll(/`(content\/docs\/[^`]+)`/g)].map((m) => m[1]!).sort();
}

describe('README', () => {
  it('lists exactly the pages not yet translated into every language', () => {
    expect(listedInReadme()).toEqual(untranslated());
  });
});
