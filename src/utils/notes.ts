/**
 * Numbered notes for the figures on a page. A component that shows a figure writes a placeholder,
 * `<sup data-ipec-note="<figure id>"></sup>`, where its note marker goes; once the whole page body is
 * rendered, `numberNotes` numbers the placeholders in document order (one note per figure, shared by
 * every use of it on the page) and turns each into a marker linking to its entry in the page's
 * "Sources" list. Numbering the finished HTML rather than counting as components render keeps the
 * numbers in reading order whatever order Astro renders components in, and needs no JavaScript.
 */
import { decodeHtmlEntities, escapeAttribute } from './html';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The word of a marker's accessible name ("Note 3") when the placeholder does not give it. */
const DEFAULT_MARKER_WORD = 'Note';

/**
 * The placeholder a component writes; `key` is the figure id the note cites. `word` is the marker's
 * accessible name in the page's language ("Nota" → "Nota 3"), carried to `numberNotes` in the
 * placeholder because the component knows the page's language and the numbering does not.
 */
export const notePlaceholder = (key: string, word?: string) =>
  `<sup data-ipec-note="${escapeAttribute(key)}"${word === undefined ? '' : ` data-ipec-note-word="${escapeAttribute(word)}"`}></sup>`;

const PLACEHOLDER = /<sup data-ipec-note="([^"]*)"(?: data-ipec-note-word="([^"]*)")?[^>]*><\/sup>/g;

export interface Note {
  /** 1, 2, 3… in the order the notes are first cited on the page. */
  number: number;
  /** The figure id the note cites. */
  key: string;
  /** Ids of the markers that cite it, in document order: "note-ref-3", then "note-ref-3-2"… */
  refIds: string[];
}

export const noteId = (n: number) => `note-${n}`;
export const refId = (n: number, use: number) => (use === 1 ? `note-ref-${n}` : `note-ref-${n}-${use}`);

/** Separates the figure ids of a note that covers several figures (a table's one source line). */
export const KEY_SEPARATOR = ' ';

/** The figure ids a note cites: one, or several for a table's source line. */
export const figuresOfKey = (key: string) => key.split(KEY_SEPARATOR).filter(Boolean);

/**
 * Takes the placeholders out of a rendered fragment (a table), so that it can carry one note for all of
 * them; returns the fragment and the figure ids its placeholders cited, first use first, each once.
 */
export function collectNotes(html: string): { html: string; figures: string[] } {
  const figures = new Set<string>();
  const out = html.replace(PLACEHOLDER, (_match, rawKey: string) => {
    for (const id of figuresOfKey(decodeHtmlEntities(rawKey))) figures.add(id);
    return '';
  });
  return { html: out, figures: [...figures] };
}

/** The marker a placeholder becomes: a superscript link whose accessible name is "Note <n>" (`word` <n>). */
export function markerHtml(n: number, use: number, word: string = DEFAULT_MARKER_WORD): string {
  return `<sup class="ipec-note-ref"><a href="#${noteId(n)}" id="${refId(n, use)}"><span class="sr-only">${escapeText(word)} </span>${n}</a></sup>`;
}

/** Numbers every placeholder in `html` in document order; returns the HTML with markers and the notes. */
export function numberNotes(html: string): { html: string; notes: Note[] } {
  const byKey = new Map<string, Note>();
  const out = html.replace(PLACEHOLDER, (_match, rawKey: string, rawWord: string | undefined) => {
    const key = decodeHtmlEntities(rawKey);
    let note = byKey.get(key);
    if (!note) {
      note = { number: byKey.size + 1, key, refIds: [] };
      byKey.set(key, note);
    }
    const use = note.refIds.length + 1;
    note.refIds.push(refId(note.number, use));
    return markerHtml(note.number, use, rawWord === undefined ? undefined : decodeHtmlEntities(rawWord));
  });
  return { html: out, notes: [...byKey.values()] };
}
