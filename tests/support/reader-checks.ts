/**
 * What a reader of a built page sees of its sources, as pure functions of the page's HTML, so that the
 * site tests (tests/site/reader-sources.test.ts) and their own unit tests use the same rules:
 * the notes' words, where each note marker sits in its sentence, and which value each figure shows.
 */
import { decodeHtmlEntities } from '../../src/core/html-tree';

/** Tags that end a block of text: a marker's sentence never runs across them. */
const BLOCK =
  /<\/?(?:p|li|td|th|tr|caption|h[1-6]|ul|ol|dl|dt|dd|div|table|blockquote|section|aside|figure|figcaption|details|summary|br|hr|main|header|footer|nav)\b[^>]*>/gi;
const MARKER = /<sup class="ipec-note-ref">[\s\S]*?<\/sup>/g;
const SPACE = /\s+/g;
/** Stands for a marker in a block's text: a character no page writes. */
const MARK = '\u{E000}';
const text = (html: string) => decodeHtmlEntities(html.replace(/<[^>]*>/g, '')).replace(SPACE, ' ');

/** The page's main content: what is inside <main>, without scripts and styles. */
export function mainContent(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
  return main.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '');
}

/** The text of each entry of the page's "Sources" list, without its "Back to text" links. */
export function noteTexts(html: string): string[] {
  const list = /<section class="ipec-page-notes[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...list.matchAll(/<li id="note-\d+"[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    text(m[1]!.replace(/<a [^>]*class="ipec-note-back[^"]*"[\s\S]*?<\/a>/g, '')).trim(),
  );
}

export const wordCount = (s: string) => s.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Punctuation that ends a clause or closes a phrase (or opens an aside, "(2024 brochure)"); a marker next to
 * it sits at the end of the phrase.
 */
const CLOSING = /^[.,;:!?()\]»”"’'—–]/;
const ENDING = /[.,;:!?)\]»”"’'—–]$/;

/**
 * Markers that interrupt a phrase: neither after the end of a clause nor before punctuation or the end of
 * their block, as in "over 500[1] partner organizations". Returns the marker's surroundings, to show.
 */
export function markersMidPhrase(html: string): string[] {
  const blocks = mainContent(html)
    .replace(/<section class="ipec-page-notes[\s\S]*?<\/section>/, '')
    .replace(MARKER, MARK)
    .split(BLOCK)
    .map(text);
  const problems: string[] = [];
  for (const block of blocks) {
    const parts = block.split(new RegExp(`${MARK}+`, 'u'));
    for (let i = 0; i < parts.length - 1; i++) {
      const before = parts[i]!.trimEnd();
      const after = parts[i + 1]!;
      const atEnd = i + 1 === parts.length - 1 && after.trim() === '';
      if (atEnd || ENDING.test(before) || CLOSING.test(after.trimStart())) continue;
      problems.push(`…${before.slice(-40)}[n]${after.slice(0, 30)}…`);
    }
  }
  return problems;
}

/** Each figure the page shows outside its notes, with the value it shows: [figure id, value]. */
export function shownFigures(html: string): [string, string][] {
  const body = mainContent(html).replace(/<section class="ipec-page-notes[\s\S]*?<\/section>/, '');
  return [...body.matchAll(/\bdata-figure="([^"]+)"[^>]*>[\s\S]*?<data value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]);
}

/**
 * Figures headlined with different values on different pages. A figure that `rounds` another (the same
 * estimate, rounded by a secondary document) counts as that figure: a page that headlines the rounding
 * headlines a second value for one fact.
 */
export function conflictingHeadlines(
  pages: { page: string; shown: [string, string][] }[],
  roundingOf: (id: string) => string | undefined,
): string[] {
  const seen = new Map<string, Map<string, string>>();
  for (const { page, shown } of pages) {
    for (const [id, value] of shown) {
      const fact = roundingOf(id) ?? id;
      const values = seen.get(fact) ?? new Map<string, string>();
      if (!values.has(value)) values.set(value, `${page} (${id})`);
      seen.set(fact, values);
    }
  }
  return [...seen]
    .filter(([, values]) => values.size > 1)
    .map(([fact, values]) => `${fact}: ${[...values].map(([v, where]) => `${v} on ${where}`).join(' and ')}`);
}
