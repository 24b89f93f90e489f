/**
 * English text on French and Spanish collection pages is marked lang="en" (WCAG 3.1.2, language of
 * parts), and only there: an instrument's title that has no version in the page's language (read from
 * content/conventions), in its page title and in the conventions table; the source of a ratification
 * count; a country's name; the words a translated footer keeps in English. English pages carry no
 * such mark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PAGE_BUILDS, ROOT } from '../support/harness';
import { readDictionary } from '../../src/i18n/ui-strings';
import { richParts } from '../../src/i18n/translate';
import { LANGS } from '../../src/core/locales';

/** Each instrument's English title and the languages it has a title in. */
const instruments = readdirSync(join(ROOT, 'content/conventions'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => {
    const data = parse(readFileSync(join(ROOT, 'content/conventions', file), 'utf8'));
    return {
      id: file.replace(/\.yaml$/, ''),
      title: data.title as string,
      translated: (lang: string) => Boolean(data.translations?.[lang]?.title),
      draft: data.draft === true,
    };
  })
  .filter((i) => !i.draft);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page title's opening tag and text. */
const pageTitle = (html: string) => /<h1 id="_top"([^>]*)>([^<]*)<\/h1>/.exec(html);

describe.each(Object.entries(PAGE_BUILDS))('language of parts on the %s build', (_name, { dir }) => {
  const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

  it('marks an untranslated instrument title as English in the page title and the table, on that language only', () => {
    for (const lang of ['fr', 'es']) {
      const table = page(`${lang}/conventions`);
      for (const instrument of instruments) {
        const heading = pageTitle(page(`${lang}/conventions/${instrument.id}`));
        const link = new RegExp(`<a href="[^"]*/${lang}/conventions/${instrument.id}/"( lang="en")?[^>]*>`).exec(table);
        const where = `${lang} ${instrument.id}`;
        expect(link, where).not.toBeNull();
        if (instrument.translated(lang)) {
          expect(heading?.[1], where).not.toContain('lang=');
          expect(link?.[1], where).toBeUndefined();
        } else {
          expect(heading?.[2], where).toContain(instrument.title.replace(/&/g, '&amp;'));
          expect(heading?.[1], where).toContain('lang="en"');
          expect(link?.[1], where).toBe(' lang="en"');
        }
      }
    }
    // Both kinds occur, so both branches above were taken.
    expect(instruments.some((i) => i.translated('fr')) && instruments.some((i) => !i.translated('fr'))).toBe(true);
    for (const instrument of instruments)
      expect(pageTitle(page(`conventions/${instrument.id}`))?.[1]).not.toContain('lang=');
    expect(page('conventions')).not.toMatch(new RegExp(` lang="en"[^>]*>${escaped(instruments[0]!.title)}`));
  });

  it('names the publisher of a ratification count and a country in the page language, unmarked', () => {
    const source = (html: string) => /<small class="ratification-source[^"]*"[^>]*>([\s\S]*?)<\/small>/.exec(html)?.[1];
    // Every figures source names its publisher in French and Spanish (the guard requires it).
    for (const lang of ['', 'fr/', 'es/']) {
      expect(source(page(`${lang}conventions/c182`))).toBeDefined();
      expect(source(page(`${lang}conventions/c182`))).not.toMatch(/ lang=/);
    }
    expect(source(page('fr/conventions/c182'))).toContain('OIT');
    // Country names come from CLDR in French and Spanish (src/i18n/country-names.ts): nothing to mark.
    for (const lang of ['', 'fr/', 'es/']) expect(pageTitle(page(`${lang}countries/civ`))?.[1]).not.toContain('lang=');
    expect(pageTitle(page('fr/countries/egy'))?.[2]).toBe('Égypte');
  });

  it('marks the words a translated footer keeps in English (its <1>…</1>), and nothing in the English footer', () => {
    // The footer's identity paragraph: from the footer's box to its terms line.
    const footer = (html: string) => /class="ipec-site-footer[ "][\s\S]*?ipec-site-footer-terms/.exec(html)?.[0];
    const kept = LANGS.filter((lang) => lang !== 'en').flatMap((lang) =>
      richParts(readDictionary(lang, ROOT)['site.footer.identity']!)
        .filter((part) => part.index === 1)
        .map((part) => ({ lang, text: part.text })),
    );
    // At least one translation keeps a name in English, so the check below runs.
    expect(kept.length).toBeGreaterThan(0);
    for (const { lang, text } of kept)
      expect(footer(page(`${lang}/conventions`)), lang).toMatch(
        new RegExp(`<span lang="en"[^>]*>${escaped(text.replace(/&/g, '&amp;'))}</span>`),
      );
    expect(footer(page('conventions'))).toBeDefined();
    expect(footer(page('conventions'))).not.toMatch(/ lang=/);
  });
});
