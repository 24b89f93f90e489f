import { describe, expect, it } from 'vitest';
import { collectNotes, figuresOfKey, KEY_SEPARATOR, notePlaceholder, numberNotes } from '../../../src/utils/notes';

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
      { number: 1, key: 'a', refIds: ['note-ref-1', 'note-ref-1-2', 'note-ref-1-3'] },
      { number: 2, key: 'b', refIds: ['note-ref-2'] },
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

describe('collectNotes', () => {
  it('takes every placeholder out of a fragment and returns its figures once each, first use first', () => {
    const { html, figures } = collectNotes(
      `<table><tr><td>1${notePlaceholder('b')}</td><td>2${notePlaceholder('a')}</td><td>3${notePlaceholder('b')}</td></tr></table>`,
    );
    expect(html).toBe('<table><tr><td>1</td><td>2</td><td>3</td></tr></table>');
    expect(figures).toEqual(['b', 'a']);
  });

  it('gives a table one shared note on the page, citing all its figures', () => {
    const { figures } = collectNotes(`<td>${notePlaceholder('x')}</td><td>${notePlaceholder('y')}</td>`);
    const page = `<p>Text${notePlaceholder('z')}</p><table></table>${notePlaceholder(figures.join(KEY_SEPARATOR))}`;
    const { notes } = numberNotes(page);
    expect(notes.map((n) => figuresOfKey(n.key))).toEqual([['z'], ['x', 'y']]);
  });
});

describe('marker names in other languages', () => {
  it('names a marker with the word its placeholder carries, escaped', () => {
    const { html, notes } = numberNotes(`<p>Dato${notePlaceholder('a', 'Nota')} y ${notePlaceholder('a', 'N<&')}</p>`);
    expect(notes).toEqual([{ number: 1, key: 'a', refIds: ['note-ref-1', 'note-ref-1-2'] }]);
    expect(html).toContain('<span class="sr-only">Nota </span>1</a>');
    expect(html).toContain('<span class="sr-only">N&lt;&amp; </span>1</a>');
  });
  it('takes worded placeholders out of a table like the others', () => {
    expect(collectNotes(`<td>1${notePlaceholder('b', 'Note')}</td>`)).toEqual({ html: '<td>1</td>', figures: ['b'] });
  });
});
