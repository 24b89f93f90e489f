/**
 * Numbered notes for the figures on a page. A component that shows a figure writes a placeholder,
 * `<sup data-ipec-note="<figure id>"></sup>`, where its note marker goes; once the whole page body is
 * rendered, `numberNotes` moves each placeholder to the end of its clause (so a marker never separates
 * a number from the noun it counts), numbers them in document order (one note per source and reference
 * year, shared by every figure and every use that cites it) and turns each into a marker linking to its
 * entry in the page's "Sources" list. Working on the finished HTML rather than counting as components
 * render keeps the numbers in reading order whatever order Astro renders components in, and needs no
 * JavaScript.
 */
import { decodeHtmlEntities } from '../core/html-tree';
import { escapeHtml } from '../core/html';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The word of a marker's accessible name ("Note 3") when the placeholder does not give it. */
const DEFAULT_MARKER_WORD = 'Note';

/**
 * The placeholder a component writes; `key` is the figure id the note cites. `word` is the marker's
 * accessible name in the page's language ("Nota" → "Nota 3"), carried to `numberNotes` in the
 * placeholder because the component knows the page's language and the numbering does not.
 */
export const notePlaceholder = (key: string, word?: string) =>
  `<sup data-ipec-note="${escapeHtml(key)}"${word === undefined ? '' : ` data-ipec-note-word="${escapeHtml(word)}"`}></sup>`;

const PLACEHOLDER = /<sup data-ipec-note="([^"]*)"(?: data-ipec-note-word="([^"]*)")?[^>]*><\/sup>/g;

export interface Note {
  /** 1, 2, 3… in the order the notes are first cited on the page. */
  number: number;
  /** What the note cites: the group (source and reference year) of its figures, see `numberNotes`. */
  key: string;
  /** The figures the note covers, first cited first, each once. */
  figures: string[];
  /** Ids of the markers that cite it, in document order: "note-ref-3", then "note-ref-3-2"… */
  refIds: string[];
}

export const noteId = (n: number) => `note-${n}`;
const refId = (n: number, use: number) => (use === 1 ? `note-ref-${n}` : `note-ref-${n}-${use}`);

/**
 * The note a figure is cited in: its source (title and year of publication) and its reference year, so
 * that a page citing three figures of one report for one year has one note, not three.
 */
export const noteGroup = (figure: { source: { title: string; published: number }; referenceYear: number }) =>
  `${figure.source.title} (${figure.source.published}), ${figure.referenceYear}`;

/** Separates the figure ids of a note that covers several figures (a table's one source line). */
export const KEY_SEPARATOR = ' ';

/** The figure ids a note cites: one, or several for a table's source line. */
const figuresOfKey = (key: string) => key.split(KEY_SEPARATOR).filter(Boolean);

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
function markerHtml(n: number, use: number, word: string = DEFAULT_MARKER_WORD): string {
  return `<sup class="ipec-note-ref"><a href="#${noteId(n)}" id="${refId(n, use)}"><span class="sr-only">${escapeText(word)} </span>${n}</a></sup>`;
}

/**
 * Numbers every placeholder in `html` in document order; returns the HTML with markers and the notes.
 * `groupOf` names the note a figure belongs to (by default its own id): figures that share a source and a
 * reference year share one note. A placeholder for several figures (a table's) gets one marker for each
 * of their groups, so every note cites one source and one reference year.
 */
export function numberNotes(
  html: string,
  groupOf: (figureId: string) => string = (id) => id,
): { html: string; notes: Note[] } {
  const byKey = new Map<string, Note>();
  const markerFor = (key: string, ids: string[], word: string | undefined) => {
    let note = byKey.get(key);
    if (!note) {
      note = { number: byKey.size + 1, key, figures: [], refIds: [] };
      byKey.set(key, note);
    }
    for (const id of ids) if (!note.figures.includes(id)) note.figures.push(id);
    const use = note.refIds.length + 1;
    note.refIds.push(refId(note.number, use));
    return markerHtml(note.number, use, word);
  };
  const out = moveMarkersToClauseEnd(html).replace(
    PLACEHOLDER,
    (_match, rawKey: string, rawWord: string | undefined) => {
      const word = rawWord === undefined ? undefined : decodeHtmlEntities(rawWord);
      const groups = new Map<string, string[]>();
      for (const id of figuresOfKey(decodeHtmlEntities(rawKey))) {
        const key = groupOf(id);
        groups.set(key, [...(groups.get(key) ?? []), id]);
      }
      return [...groups].map(([key, ids]) => markerFor(key, ids, word)).join('');
    },
  );
  return { html: out, notes: [...byKey.values()] };
}

/** Tags a marker never moves past: the end of a paragraph, list item, cell, heading or block. */
const BLOCK_TAG =
  /^<\/?(?:p|li|td|th|tr|caption|h[1-6]|ul|ol|dl|dt|dd|div|table|thead|tbody|blockquote|section|aside|figure|figcaption|details|summary|br|hr)\b/i;
/** Punctuation that ends a clause; "." and "," only when not inside a number ("27.6", "1,000"). */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\u2014']);

/** Conjunctions that close a list ("conflict, fragility or disaster") in English, French and Spanish (not « y compris »). */
const LIST_END = /(?:^|\s)(?:and|or|et|ou|y(?!\s+compris)|o|e|u|ni)\s/i;

/**
 * True when the comma at `at` separates the items of a list ("struck by conflict, fragility or disaster"),
 * so the clause goes on to the list's end: the words up to the next punctuation hold its last conjunction.
 */
function continuesList(html: string, at: number): boolean {
  const next = html
    .slice(at + 1, at + 400)
    .replace(/<[^>]*>/g, '')
    .split(/[,.;:!?()\u2014]/)[0]!;
  return LIST_END.test(` ${next} `);
}

/**
 * Where the marker placed at `from` belongs: before the first clause-ending punctuation, block boundary
 * or other marker after it, and never inside a link it would otherwise enter (a link in a link is
 * invalid HTML), then before any spaces.
 */
function clauseEnd(html: string, from: number): number {
  let i = from;
  let linkStart = -1;
  let linkDepth = 0;
  const stopAt = (at: number) => {
    let end = linkDepth > 0 ? linkStart : at;
    while (end > from && /\s/.test(html[end - 1]!)) end -= 1;
    return end;
  };
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const close = html.indexOf('>', i);
      if (close < 0) return stopAt(i);
      const tag = html.slice(i, close + 1);
      if (BLOCK_TAG.test(tag) || tag.startsWith('<sup data-ipec-note')) return stopAt(i);
      if (/^<a\b/i.test(tag)) {
        if (linkDepth === 0) linkStart = i;
        linkDepth += 1;
      } else if (/^<\/a\b/i.test(tag) && linkDepth > 0) linkDepth -= 1;
      i = close + 1;
      continue;
    }
    if (ch === '&') {
      // An entity (&amp;, &#x27;) is one character of text; its ";" ends nothing.
      const semi = html.indexOf(';', i);
      if (semi > i && semi - i <= 10) {
        i = semi + 1;
        continue;
      }
    }
    if (CLAUSE_END.has(ch)) {
      const inNumber = (ch === '.' || ch === ',') && /\d/.test(html[i + 1] ?? '');
      if (!inNumber && !(ch === ',' && continuesList(html, i))) return stopAt(i);
    }
    i += 1;
  }
  return stopAt(i);
}

/** True when the text before a marker, ignoring tags and spaces, ends with clause-ending punctuation. */
function endsClause(before: string): boolean {
  const text = before.replace(/<[^>]*>/g, '').trimEnd();
  return /[.;:!?)]$/.test(text) || (text.endsWith(',') && !/\d,$/.test(text));
}

/**
 * Moves each note placeholder from right after its number to the end of the clause, so that "over 500
 * partner organizations[1]" is read and copied as a sentence. Works from the last placeholder back, so a
 * marker that meets another already moved to the same clause end stays before it, in reading order.
 */
export function moveMarkersToClauseEnd(html: string): string {
  const found = [...html.matchAll(PLACEHOLDER)].map((m) => ({ at: m.index, text: m[0] }));
  let out = html;
  for (const { at, text } of found.reverse()) {
    // A marker that already follows the end of a clause ("… in 2024.", a component's own sentence) stays.
    if (endsClause(out.slice(Math.max(0, at - 400), at))) continue;
    const rest = out.slice(0, at) + out.slice(at + text.length);
    const to = clauseEnd(rest, at);
    out = rest.slice(0, to) + text + rest.slice(to);
  }
  return out;
}
