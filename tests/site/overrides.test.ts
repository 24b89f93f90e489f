/**
 * The overrides of Starlight's components, checked on the pages Starlight actually rendered (not on a
 * copy of its markup), so an upgrade that changes what they patch fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/harness.ts';
import { attributeOf, elementsOf, parseDocument, textOf } from '../../src/core/html-tree.ts';
import { LANGS, DEFAULT_LANG } from '../../src/core/locales.ts';

describe('the search button (LabelInName)', () => {
  for (const lang of LANGS) {
    it(`names the shortcut it shows, with its visible parts spaced (${lang})`, () => {
      const file = join(BUILDS.root.dir, lang === DEFAULT_LANG ? '' : lang, 'index.html');
      const page = parseDocument(readFileSync(file, 'utf8'));
      const button = elementsOf(page).find(
        (e) => e.tagName === 'button' && attributeOf(e, 'data-open-modal') !== undefined,
      );
      expect(button, 'Starlight renders its search button with data-open-modal').toBeDefined();
      const visible = textOf(button!).replace(/\s+/g, ' ').trim();
      expect(visible).toMatch(/\S+ Ctrl K$/);
      // WCAG 2.5.3 Label in Name: the accessible name holds the visible text.
      expect(attributeOf(button!, 'aria-label')).toBe(visible);
    });
  }
});
