import { describe, expect, it } from 'vitest';
import {
  collectNotes,
  KEY_SEPARATOR,
  moveMarkersToClauseEnd,
  notePlaceholder,
  numberNotes,
} from '../../../src/figures/notes';

const body = (...keys: string[]) => keys.map((k, i) => `<p>Fact ${i}${notePlaceholder(k)}</p>`).join('');

describe('numberNotes', () => {
  it('numbers notes in document order, whatever the keys', () => {
    const { html, notes } = numberNotes(body('zeta', 'alpha', 'mid'));
    expect(notes.map((n) => [n.number, n.key])).toEqual([
      [1, 'zeta'],
      [2, 'alpha'],
      [3, 'mid'],
    ]);
    expect([...html.matchAll(/href="#note-(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
  });

  it('gives every use of the same figure one shared note, with a distinct marker id per use', () => {
    const { html, notes } = numberNotes(body('a', 'b', 'a', 'a'));
    expect(notes).toEqual([
      { number: 1, key: 'a', figures: ['a'], refIds: ['note-ref-1', 'note-ref-1-2', 'note-ref-1-3'] },
      { number: 2, key: 'b', figures: ['b'], refIds: ['note-ref-2'] },
    ]);
    const ids = [...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['note-ref-1', 'note-ref-2', 'note-ref-1-2', 'note-ref-1-3']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('turns every placeholder into a link named "Note <n>" and leaves no placeholder behind', () => {
    const { html } = numberNotes(body('x'));
    expect(html).not.toContain('data-ipec-note');
    expect(html).toContain('<a href="#note-1" id="note-ref-1"><span class="sr-only">Note </span>1</a>');
  });

  it('leaves a page without figures unchanged and with no notes', () => {
    const page = '<p>No numbers here.</p>';
    expect(numberNotes(page)).toEqual({ html: page, notes: [] });
  });

  it('keeps keys with characters that need escaping intact', () => {
    const { notes } = numberNotes(body('a"b<c&'));
    expect(notes[0]!.key).toBe('a"b<c&');
  });
});

describe('one note per source and reference year', () => {
  const groupOf = (id: string) => id.replace(/-\d+$/, '');
  it('gives figures of the same group one note, listing each figure once', () => {
    const { notes } = numberNotes(body('report-1', 'other-1', 'report-2', 'report-1'), groupOf);
    expect(notes.map((n) => [n.number, n.key, n.figures, n.refIds.length])).toEqual([
      [1, 'report', ['report-1', 'report-2'], 3],
      [2, 'other', ['other-1'], 1],
    ]);
  });
  it("gives a table one marker per group it cites, each leading to that group's note", () => {
    const table = notePlaceholder(['report-1', 'other-1', 'report-2'].join(KEY_SEPARATOR));
    const { html, notes } = numberNotes(`<p>A${notePlaceholder('other-2')}</p><table></table>${table}`, groupOf);
    expect(notes.map((n) => [n.key, n.figures])).toEqual([
      ['other', ['other-2', 'other-1']],
      ['report', ['report-1', 'report-2']],
    ]);
    expect([...html.matchAll(/id="(note-ref-[\d-]+)"/g)].map((m) => m[1])).toEqual([
      'note-ref-1',
      'note-ref-2',
      'note-ref-1-2',
    ]);
  });
  it('gives a table citing one group the same note as a sentence citing it', () => {
    const page = `<p>A${notePlaceholder('report-1')}</p><table></table>${notePlaceholder(['report-2', 'report-3'].join(KEY_SEPARATOR))}`;
    const { notes } = numberNotes(page, groupOf);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.figures).toEqual(['report-1', 'report-2', 'report-3']);
  });
});

describe('markers at the end of the clause', () => {
  const figure = (value: string, key = 'f') =>
    `<span class="ipec-figure"><strong><data value="1">${value}</data></strong>${notePlaceholder(key)}</span>`;
  const markerBefore = (html: string, text: string) => {
    const at = html.indexOf(text);
    const marker = html.indexOf('<sup data-ipec-note');
    return (
      marker >= 0 &&
      marker < at &&
      html
        .slice(marker, at)
        .replace(/<[^>]*>/g, '')
        .trim() === ''
    );
  };
  it('moves a marker past the noun its number counts, to the punctuation that ends the clause', () => {
    const html = moveMarkersToClauseEnd(`<p>Over ${figure('500')} partner organizations, in 60 countries.</p>`);
    expect(markerBefore(html, ', in 60')).toBe(true);
    expect(html.replace(/<[^>]*>/g, '')).toBe('Over 500 partner organizations, in 60 countries.');
  });
  it('carries a marker past a list to its end, not into the middle of it', () => {
    const html = moveMarkersToClauseEnd(
      `<p>${figure('one in four')} children live in a country struck by conflict, fragility or disaster, including floods.</p>`,
    );
    expect(markerBefore(html, ', including')).toBe(true);
    const fr = moveMarkersToClauseEnd(
      `<p>${figure('un sur quatre')} vit dans un pays touché par un conflit, la fragilité ou une catastrophe, y compris.</p>`,
    );
    expect(markerBefore(fr, ', y compris')).toBe(true);
  });
  it('does not stop at the decimal point or thousands separator of a number', () => {
    const html = moveMarkersToClauseEnd(`<p>${figure('27.6 million')} people and 1,500 more.</p>`);
    expect(markerBefore(html, '.</p>')).toBe(true);
  });
  it('stops at the end of a cell, item or paragraph when the clause has no punctuation', () => {
    const html = moveMarkersToClauseEnd(`<td>${figure('3.5')} per thousand</td><td>next</td>`);
    expect(markerBefore(html, '</td><td>next')).toBe(true);
  });
  it('never moves a marker into a link, and leaves it before the link instead', () => {
    const html = moveMarkersToClauseEnd(
      `<p>${figure('12')} children in <a href="/x">hazardous work, as defined</a></p>`,
    );
    expect(markerBefore(html, '<a href')).toBe(true);
    expect(html).not.toMatch(/<a href="\/x">[^]*data-ipec-note/);
  });
  it('keeps two markers of one clause in reading order at its end', () => {
    const page = `<p>${figure('160 million', 'a')} children and ${figure('63 million', 'b')} girls.</p>`;
    const { html, notes } = numberNotes(page);
    expect(notes.map((n) => n.key)).toEqual(['a', 'b']);
    expect(html.replace(/<span class="sr-only">[^<]*<\/span>/g, '').replace(/<[^>]*>/g, '')).toBe(
      '160 million children and 63 million girls12.',
    );
  });
  it('leaves a marker that already follows the end of a sentence where it is', () => {
    const page = `<p><span>The target was missed: ${figure('138 million')} children in 2024.${notePlaceholder('g')}</span> Next, more.</p>`;
    const html = moveMarkersToClauseEnd(page);
    expect(html).toContain(`.${notePlaceholder('g')}</span> Next`);
  });
  it('treats an escaped character as text, not as the end of a clause', () => {
    const html = moveMarkersToClauseEnd(`<p>${figure('5')} children&#x27;s jobs; more.</p>`);
    expect(markerBefore(html, '; more')).toBe(true);
  });
});

describe('collectNotes', () => {
  it('takes every placeholder out of a fragment and returns its figures once each, first use first', () => {
    const { html, figures } = collectNotes(
      `<table><tr><td>1${notePlaceholder('b')}</td><td>2${notePlaceholder('a')}</td><td>3${notePlaceholder('b')}</td></tr></table>`,
    );
    expect(html).toBe('<table><tr><td>1</td><td>2</td><td>3</td></tr></table>');
    expect(figures).toEqual(['b', 'a']);
  });

  it('gives a table of figures from one source one shared note on the page, citing all its figures', () => {
    const { figures } = collectNotes(`<td>${notePlaceholder('x')}</td><td>${notePlaceholder('y')}</td>`);
    const page = `<p>Text${notePlaceholder('z')}</p><table></table>${notePlaceholder(figures.join(KEY_SEPARATOR))}`;
    const { notes } = numberNotes(page, (id) => (id === 'z' ? 'other' : 'report'));
    expect(notes.map((n) => n.figures)).toEqual([['z'], ['x', 'y']]);
  });
});

describe('marker names in other languages', () => {
  it('names a marker with the word its placeholder carries, escaped', () => {
    const { html, notes } = numberNotes(`<p>Dato${notePlaceholder('a', 'Nota')} y ${notePlaceholder('a', 'N<&')}</p>`);
    expect(notes).toEqual([{ number: 1, key: 'a', figures: ['a'], refIds: ['note-ref-1', 'note-ref-1-2'] }]);
    expect(html).toContain('<span class="sr-only">Nota </span>1</a>');
    expect(html).toContain('<span class="sr-only">N&lt;&amp; </span>1</a>');
  });
  it('takes worded placeholders out of a table like the others', () => {
    expect(collectNotes(`<td>1${notePlaceholder('b', 'Note')}</td>`)).toEqual({ html: '<td>1</td>', figures: ['b'] });
  });
});
