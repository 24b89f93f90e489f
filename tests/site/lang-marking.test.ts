/**
 * English text on French and Spanish collection pages is marked lang="en" (WCAG 3.1.2, language of
 * parts), and only there: an instrument's title that has no French version (R190, R205) or no Spanish
 * one (R203), in its page title and in the conventions table; the source of a ratification count; a
 * country's name; the branch name the French footer keeps in English. English pages carry no such mark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/harness';

/** The page title's opening tag and text. */
const pageTitle = (html: string) => /<h1 id="_top"([^>]*)>([^<]*)<\/h1>/.exec(html);

describe.each(Object.entries(BUILDS))('language of parts on the %s build', (_name, { dir }) => {
  const page = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

  it('marks an untranslated instrument title as English in the page title, on that language only', () => {
    const fr = pageTitle(page('fr/conventions/r190'));
    expect(fr?.[2]).toContain('Worst Forms of Child Labour Recommendation');
    expect(fr?.[1]).toContain('lang="en"');
    // R190 has a Spanish title, R203 has not.
    expect(pageTitle(page('es/conventions/r190'))?.[1]).not.toContain('lang=');
    expect(pageTitle(page('es/conventions/r203'))?.[1]).toContain('lang="en"');
    expect(pageTitle(page('fr/conventions/r203'))?.[1]).not.toContain('lang=');
    expect(pageTitle(page('conventions/r190'))?.[1]).not.toContain('lang=');
  });

  it('marks untranslated titles in the conventions table, and no translated one', () => {
    const fr = page('fr/conventions');
    expect(fr).toMatch(/<a href="[^"]*\/fr\/conventions\/r205\/" lang="en"[^>]*>Employment and Decent Work/);
    expect(fr).toMatch(/<a href="[^"]*\/fr\/conventions\/c138\/"(?! lang)[^>]*>Convention \(n° 138\)/);
    expect(page('conventions')).not.toMatch(/ lang="en"[^>]*>Worst Forms/);
  });

  it('marks the English source of a ratification count and a country name shown in English', () => {
    const source = (html: string) => /<small class="ratification-source[^"]*"[^>]*>([\s\S]*?)<\/small>/.exec(html)?.[1];
    expect(source(page('fr/conventions/c182'))).toMatch(/ lang="en"/);
    expect(source(page('conventions/c182'))).toBeDefined();
    expect(source(page('conventions/c182'))).not.toMatch(/ lang=/);
    expect(pageTitle(page('fr/countries/nga'))?.[1]).toContain('lang="en"');
    expect(pageTitle(page('countries/nga'))?.[1]).not.toContain('lang=');
  });

  it('marks the name the French footer keeps in English', () => {
    expect(page('fr/conventions')).toMatch(
      /<span lang="en"[^>]*>Fundamental Principles and Rights at Work Branch<\/span>/,
    );
    expect(page('conventions')).toContain('run by the Fundamental Principles and Rights at Work Branch (FUNDAMENTALS)');
  });
});
