/**
 * The French and Spanish editions are complete, on every page of the build: the same pages exist in
 * every language (guides, tools, countries, collections, charts), none shows Starlight's "not translated
 * yet" notice, each declares its language, none shows an English interface string outside the parts
 * marked lang="en", and French text puts a narrow no-break space before « ; : ! ? » (src/i18n/typography.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeOf, elementsOf, parseDocument, type HtmlElementNode, type HtmlNode } from '../../src/core/html-tree';
import { readDictionary } from '../../src/i18n/ui-strings';
import { LANGS, type Lang } from '../../src/core/locales';
import { STAT_AREAS } from '../../src/schemas/vocab';
import { PAGE_BUILDS } from '../support/harness';
import { htmlFiles } from '../support/crawl';

type Translated = Exclude<Lang, 'en'>;
const TRANSLATED = LANGS.filter((lang): lang is Translated => lang !== 'en');

/** Starlight's own strings for a language (the ones the site does not override). */
const starlightStrings = async (lang: Lang) =>
  (
    (await import(`../../node_modules/@astrojs/starlight/dist/translations/${lang}.js`)) as {
      default: Record<string, string>;
    }
  ).default;
const strings = async (lang: Lang) => ({ ...(await starlightStrings(lang)), ...readDictionary(lang) });

/**
 * Pieces of English interface text that must not be seen on a page in `lang`: each interface string
 * (the site's and Starlight's) whose translation differs, cut at its placeholders and markup, keeping
 * pieces of two words or more, or one word of five letters or more (shorter ones, such as "Data",
 * can be words of the other language too).
 */
async function englishInterfacePieces(lang: Translated): Promise<string[]> {
  const english = await strings('en');
  const translated = await strings(lang);
  const pieces = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    if (key.startsWith('expressiveCode.') || key.startsWith('search.devWarning') || key.startsWith('page.draft'))
      continue;
    if (!translated[key] || translated[key] === text) continue;
    // A one-word region name ("Africa") is also part of names that are the same in every language.
    if ((STAT_AREAS as readonly string[]).includes(text) && !text.includes(' ')) continue;
    for (const piece of text.split(/\{\{[^}]*\}\}|<\/?\d>|[:;,.()"“”«»?!]/)) {
      const words = piece.trim();
      if (words.split(/\s+/).length >= 2 || words.length >= 5) pieces.add(words);
    }
  }
  // A piece that is also part of the translation (a name, "IPEC+") is not English only.
  return [...pieces].filter((piece) => !Object.values(translated).some((t) => t.includes(piece)));
}

/** Elements whose text is not the page's prose. */
const NOT_PROSE = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'svg']);

/**
 * What a page says in its own language: each text node and each label read aloud or shown on hover
 * (aria-label, title, alt, placeholder) outside the parts marked with another language, one piece each.
 */
function ownLanguageText(html: string, lang: Lang): string[] {
  const pieces: string[] = [];
  const visit = (node: HtmlNode) => {
    if (node.nodeName === '#text') {
      pieces.push((node as { value: string }).value);
      return;
    }
    if (!('childNodes' in node)) return;
    if ('tagName' in node) {
      const element = node as HtmlElementNode;
      const own = attributeOf(element, 'lang');
      if (NOT_PROSE.has(element.tagName) || (own && own !== lang)) return;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = attributeOf(element, name);
        if (value) pieces.push(value);
      }
    }
    for (const child of node.childNodes) visit(child);
  };
  const document = parseDocument(html);
  const body = elementsOf(document).find((e) => e.tagName === 'body');
  if (body) visit(body);
  return pieces;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(Object.entries(PAGE_BUILDS))('French and Spanish on the %s build', (_name, { dir }) => {
  const pages = htmlFiles(dir).filter((file) => file.endsWith('index.html'));
  const inLang = (lang: Lang) =>
    pages
      .filter((file) =>
        lang === 'en' ? !TRANSLATED.some((l) => file.startsWith(`${l}/`)) : file.startsWith(`${lang}/`),
      )
      .map((file) => (lang === 'en' ? file : file.slice(lang.length + 1)))
      .sort();

  it.each(TRANSLATED)('has every English page in %s, and no page English lacks', (lang) => {
    const english = inLang('en');
    expect(english.length).toBeGreaterThan(100);
    expect(inLang(lang)).toEqual(english);
  });

  describe.each(TRANSLATED)('every %s page', (lang) => {
    const files = pages.filter((file) => file.startsWith(`${lang}/`));

    it('declares its language and shows no untranslated notice and no English interface text', async () => {
      const notice = (await strings(lang))['i18n.untranslatedContent']!;
      const pieces = await englishInterfacePieces(lang);
      expect(pieces.length).toBeGreaterThan(20);
      const pattern = new RegExp(`(?<![\\p{L}])(${pieces.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
      const report: string[] = [];
      for (const file of files) {
        const html = readFileSync(join(dir, file), 'utf8');
        const declared = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
        if (declared !== lang) report.push(`${file}: <html lang="${declared}">`);
        const text = ownLanguageText(html, lang).join('\n');
        if (text.includes(notice)) report.push(`${file}: shows "${notice}"`);
        const found = pattern.exec(text);
        if (found) report.push(`${file}: English interface text "${found[1]}"`);
      }
      expect(report.join('\n')).toBe('');
    });
  });

  it('sets a narrow no-break space before « ; : ! ? » and inside guillemets on every French page', () => {
    const files = pages.filter((file) => file.startsWith('fr/'));
    const lang = 'fr';
    // A mark after a letter, a digit or a closing bracket, or after an ordinary or no-break space.
    const fault = /(?:[\p{L}\p{N})\]»][;:!?]|[ \u00A0][;:!?»]|«[ \u00A0])(?=\s|$|[)\]»"”’.,])/u;
    const report: string[] = [];
    for (const file of files) {
      for (const piece of ownLanguageText(readFileSync(join(dir, file), 'utf8'), lang)) {
        const found = fault.exec(piece);
        if (found) report.push(`${file}: "…${piece.slice(Math.max(0, found.index - 30), found.index + 10)}…"`);
      }
    }
    expect(report.slice(0, 40).join('\n')).toBe('');
  });
});
