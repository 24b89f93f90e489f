/**
 * English text on the French and Spanish pages of the figures (WCAG 3.1.2, language of parts): in the
 * "Sources" lists, the sources' titles (English, as the sources give them) are inside an element marked
 * lang="en"; their publishers are named in the page's language and are not marked. Country names in the
 * programme-countries table are in the page's language too. The English pages carry no such marks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { attributeOf, elementsOf, parseDocument, plainText, type HtmlElementNode } from '../../src/core/html-tree';
import { countryName } from '../../src/i18n/country-names';
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

/** Each language's publisher names, as the figures' sources give them. */
const publishersIn = (lang: 'fr' | 'es') =>
  new Set(
    readFigures().flatMap((f) => {
      const own = (f.source as { translations?: Record<string, { publisher?: string }> }).translations?.[lang];
      return own?.publisher ? [own.publisher] : [];
    }),
  );

const sourcesList = (path: string) => {
  const list = elementsOf(page(path)).find((e) => attributeOf(e, 'class')?.includes('ipec-page-notes'));
  if (!list) throw new Error(`${path}: no Sources list`);
  return elementsOf(list);
};

describe('English parts of the figures on French and Spanish pages', () => {
  it.each(['fr/child-labour', 'es/forced-labour', 'fr', 'es/about'])(
    'marks the source titles of /%s/ as English, and names the publishers in the page language',
    (path) => {
      const lang = path.slice(0, 2) as 'fr' | 'es';
      const elements = sourcesList(path);
      const cites = elements.filter((e) => e.tagName === 'cite');
      expect(cites.length).toBeGreaterThan(0);
      for (const cite of cites) expect(langOf(cite), plainText(cite)).toBe('en');
      const text = elements
        .filter((e) => e.tagName === 'li')
        .map((e) => plainText(e))
        .join('\n');
      const named = [...publishersIn(lang)].filter((name) => text.includes(`(${name},`));
      expect(named.length).toBeGreaterThan(0);
      const marked = elements.filter((e) => attributeOf(e, 'lang') === 'en').map((e) => plainText(e));
      for (const name of named) expect(marked, name).not.toContain(name);
    },
  );

  it('leaves the English page unmarked', () => {
    const elements = sourcesList('child-labour');
    expect(elements.filter((e) => e.tagName === 'cite').length).toBeGreaterThan(0);
    expect(elements.filter((e) => attributeOf(e, 'lang') !== undefined)).toEqual([]);
  });

  it('names the countries of the French table of programme countries in French', () => {
    const rows = elementsOf(page('fr/data/programme-countries')).filter(
      (e) => e.tagName === 'th' && attributeOf(e, 'scope') === 'row',
    );
    expect(rows.length).toBeGreaterThan(10);
    const southAfrica = rows.find((row) => plainText(row) === countryName({ iso3: 'ZAF', name: 'South Africa' }, 'fr'));
    expect(southAfrica).toBeDefined();
    expect(langOf(southAfrica!)).toBe('fr');
  });
});
