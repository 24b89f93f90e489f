/**
 * English text on the French and Spanish pages of the figures (WCAG 3.1.2, language of parts): in the
 * "Sources" lists, the sources' titles and publishers (English, as the sources give them, unless the
 * source translates them) are inside an element marked lang="en"; so are English country names in the
 * programme-countries table. The English pages carry no such marks there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { attributeOf, elementsOf, parseDocument, plainText, type HtmlElementNode } from '../../src/utils/html';
import { readFigures } from '../support/figure-files';
import { BUILDS } from '../support/harness';

const page = (path: string) => parseDocument(readFileSync(join(BUILDS.root.dir, path, 'index.html'), 'utf8'));

/** The language an element is in: its own lang, or its nearest ancestor's. */
function langOf(element: HtmlElementNode): string | undefined {
  for (let node: DefaultTreeAdapterTypes.ParentNode | null = element; node && 'attrs' in node; node = node.parentNode) {
    const lang = attributeOf(node as HtmlElementNode, 'lang');
    if (lang) return lang;
  }
  return undefined;
}

/** Publishers written only in English (no translation of the source's publisher). */
const englishPublishers = new Set(
  readFigures()
    .filter((f) => !(f.source as { translations?: Record<string, { publisher?: string }> }).translations?.fr?.publisher)
    .filter((f) => !(f.source as { translations?: Record<string, { publisher?: string }> }).translations?.es?.publisher)
    .map((f) => f.source.publisher),
);

const sourcesList = (path: string) => {
  const list = elementsOf(page(path)).find((e) => attributeOf(e, 'class')?.includes('ipec-page-notes'));
  if (!list) throw new Error(`${path}: no Sources list`);
  return elementsOf(list);
};

describe('English parts of the figures on French and Spanish pages', () => {
  it.each(['fr/child-labour', 'es/forced-labour', 'fr', 'es/about'])(
    'marks the sources and publishers of /%s/ as English',
    (path) => {
      const elements = sourcesList(path);
      const cites = elements.filter((e) => e.tagName === 'cite');
      expect(cites.length).toBeGreaterThan(0);
      for (const cite of cites) expect(langOf(cite), plainText(cite)).toBe('en');
      const marked = elements.filter((e) => attributeOf(e, 'lang') === 'en').map((e) => plainText(e));
      const shown = elements.filter((e) => e.tagName === 'li').map((e) => plainText(e));
      const publishersShown = [...englishPublishers].filter((name) => shown.some((text) => text.includes(`(${name},`)));
      expect(publishersShown.length).toBeGreaterThan(0);
      for (const name of publishersShown) expect(marked, name).toContain(name);
    },
  );

  it('leaves the English page unmarked', () => {
    const elements = sourcesList('child-labour');
    expect(elements.filter((e) => e.tagName === 'cite').length).toBeGreaterThan(0);
    expect(elements.filter((e) => attributeOf(e, 'lang') !== undefined)).toEqual([]);
  });

  it('marks the English country names in the French table of programme countries', () => {
    const rows = elementsOf(page('fr/data/programme-countries')).filter(
      (e) => e.tagName === 'th' && attributeOf(e, 'scope') === 'row',
    );
    expect(rows.length).toBeGreaterThan(10);
    const southAfrica = rows.find((row) => plainText(row) === 'South Africa');
    expect(southAfrica && langOf(southAfrica)).toBe('en');
  });
});
