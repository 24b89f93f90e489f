/**
 * Starlight reads the site's interface strings (content/i18n/<lang>.json): its search dialog on a
 * French or Spanish page gets that language's Pagefind strings from them. With Astro's glob loader,
 * Starlight keyed the files by path ("content/i18n/fr") and never used them: the dialog said "Search
 * this site" on French pages, and no other test saw it.
 */
import { readFileSync } from 'node:fs';
import { readDictionary } from '../../src/i18n/ui-strings';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTags } from '../../src/core/html-tree';
import { PAGE_BUILDS, ROOT } from '../support/harness';
import { LANGS } from '../../src/core/locales';

/** The strings Starlight hands to Pagefind's search dialog on a built page. */
function dialogStrings(html: string): Record<string, string> {
  const tag = startTags(html).find((t) => t.name === 'site-search');
  const json = tag?.attributes.get('data-translations');
  expect(json, 'the page has Starlight’s search element with its strings').toBeDefined();
  return JSON.parse(json!) as Record<string, string>;
}

describe.each(Object.entries(PAGE_BUILDS))('Starlight’s strings on the %s build', (_name, { dir }) => {
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    it(`gives the search dialog the ${lang} strings of content/i18n/${lang}.json`, () => {
      // As the site reads them: with the language's typography (src/i18n/typography.ts).
      const strings = readDictionary(lang, ROOT);
      const pagefind = Object.entries(strings).filter(([key]) => key.startsWith('pagefind.'));
      expect(pagefind.length).toBeGreaterThan(0);
      const shown = dialogStrings(readFileSync(join(dir, lang, 'index.html'), 'utf8'));
      for (const [key, text] of pagefind) expect(shown[key.slice('pagefind.'.length)], key).toBe(text);
    });
  }
});
