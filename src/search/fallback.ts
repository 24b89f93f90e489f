/**
 * When no page has every word of a query, the search page searches for each word on its own and
 * shows the pages that have some of the words, those with the most words first. Pagefind has no
 * "any of these words" mode (every word must match), so the page runs one search per word and
 * these pure functions merge them.
 */

import { fillPlural } from '../i18n/script-strings';
import { interpolate } from '../i18n/interpolate';
import type { SearchStrings } from './query';

/**
 * The words of a query as the reader typed them, each once (case-insensitive), in order. A "word"
 * with no letter or digit (a lone "+" or "–") is dropped: Pagefind would ignore it anyway.
 */
export function queryWords(query: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of query.split(/\s+/)) {
    const key = word.toLocaleLowerCase('en');
    if (!/[\p{L}\p{N}]/u.test(word) || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/** One page found by a one-word search: Pagefind's result id and score, plus whatever the caller keeps. */
export interface WordHit {
  id: string;
  score: number;
}

/** A page that has some of the query's words. */
export interface PartialMatch<Hit extends WordHit> {
  id: string;
  /** The query's words this page has, in query order. */
  found: string[];
  /** The query's words this page lacks, in query order. */
  missing: string[];
  /** The page's hit in the search for its best-scoring word: its excerpt shows that word. */
  best: Hit;
  /** The sum of the page's scores over the words it has. */
  score: number;
}

/**
 * Merges one search per word (`hitsPerWord[i]` are the pages with `words[i]`) into one list of
 * pages: most words found first, then the higher summed score, then Pagefind's id so the order
 * never depends on the order the searches finished in.
 */
export function rankPartialMatches<Hit extends WordHit>(
  words: readonly string[],
  hitsPerWord: readonly (readonly Hit[])[],
): PartialMatch<Hit>[] {
  const pages = new Map<string, { found: Set<number>; best: Hit; score: number }>();
  hitsPerWord.forEach((hits, wordIndex) => {
    for (const hit of hits) {
      const page = pages.get(hit.id);
      if (!page) {
        pages.set(hit.id, { found: new Set([wordIndex]), best: hit, score: hit.score });
      } else if (!page.found.has(wordIndex)) {
        page.found.add(wordIndex);
        page.score += hit.score;
        if (hit.score > page.best.score) page.best = hit;
      }
    }
  });
  return [...pages.entries()]
    .map(([id, page]) => ({
      id,
      found: words.filter((_, i) => page.found.has(i)),
      missing: words.filter((_, i) => !page.found.has(i)),
      best: page.best,
      score: page.score,
    }))
    .sort((a, b) => b.found.length - a.found.length || b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * What the search page says above partial matches, in the page's language (`strings`, from
 * search-query.ts): that no page has every word, which words are on no page at all, and how many
 * pages have some of them.
 */
export function describePartialMatches(
  query: string,
  count: number,
  wordsOnNoPage: readonly string[],
  strings: SearchStrings,
): string {
  const { locale } = strings;
  const sentences = [interpolate(strings.partialNone, { query }, locale)];
  if (wordsOnNoPage.length) {
    const words = listInWords(
      wordsOnNoPage.map((word) => interpolate(strings.partialWord, { word }, locale)),
      locale,
    );
    sentences.push(fillPlural(strings.partialAbsent, wordsOnNoPage.length, { words }, locale));
  }
  sentences.push(fillPlural(strings.partialSome, count, {}, locale));
  return sentences.join(' ');
}

/** "a", "a and b", "a, b and c" in the locale's words ("a, b et c"). */
function listInWords(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
