/** The rules the built-site checks of sources apply, shown failing on made-up pages. */
import { describe, expect, it } from 'vitest';
import { conflictingHeadlines, markersMidPhrase, noteTexts, shownFigures, wordCount } from '../support/reader-checks';

const marker = (n: number) =>
  `<sup class="ipec-note-ref"><a href="#note-${n}" id="note-ref-${n}"><span class="sr-only">Note </span>${n}</a></sup>`;
const page = (body: string) => `<html><body><main>${body}</main></body></html>`;

describe('markers in the middle of a phrase', () => {
  it('finds a marker between a number and its noun', () => {
    expect(markersMidPhrase(page(`<p>Over 500${marker(1)} partner organizations.</p>`))).toHaveLength(1);
  });
  it('accepts a marker before punctuation, after a sentence or at the end of a block', () => {
    const body = `<p>Over 500 partner organizations${marker(1)}, in 60 countries.</p><p>It ended in 2024.${marker(2)} Next.</p><td>3.5 per thousand${marker(3)}</td>`;
    expect(markersMidPhrase(page(body))).toEqual([]);
  });
});

describe('notes', () => {
  it('reads a note without its back-links, and counts its words', () => {
    const html = `<section class="ipec-page-notes"><ol><li id="note-1"><cite>A report</cite> (ILO, 2022); reference year 2021. <a href="#note-ref-1" class="ipec-note-back">Back to text</a></li></ol></section>`;
    expect(noteTexts(html)).toEqual(['A report (ILO, 2022); reference year 2021.']);
    expect(wordCount(noteTexts(html)[0]!)).toBe(7);
  });
});

describe('one figure, one headline', () => {
  const figure = (id: string, value: string) =>
    `<span class="ipec-figure" data-figure="${id}"><strong><data value="${value}">x</data></strong></span>`;
  it('reads the figures a page shows, leaving out its notes', () => {
    const html = page(`<p>${figure('a', '1')}</p><section class="ipec-page-notes">${figure('b', '2')}</section>`);
    expect(shownFigures(html)).toEqual([['a', '1']]);
  });
  it('fails when two pages headline one estimate with different values', () => {
    const rounding = (id: string) => (id === 'fl-headline' ? 'fl-report' : undefined);
    const pages = [
      { page: 'index.html', shown: [['fl-report', '27600000']] as [string, string][] },
      { page: 'forced-labour/index.html', shown: [['fl-headline', '28000000']] as [string, string][] },
    ];
    expect(conflictingHeadlines(pages, rounding)).toEqual([
      'fl-report: 27600000 on index.html (fl-report) and 28000000 on forced-labour/index.html (fl-headline)',
    ]);
    expect(conflictingHeadlines([pages[0]!, { ...pages[0]!, page: 'fr/index.html' }], rounding)).toEqual([]);
  });
});
