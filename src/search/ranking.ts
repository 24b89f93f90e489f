/**
 * How Pagefind ranks results, in one place for both searches: Starlight's search dialog (passed as
 * its `pagefind.ranking` option in astro.config.mjs) and the /search/ page (passed to
 * `pagefind.options()`), so a query puts the same page first in both. The values are Starlight's
 * own defaults, written out because the search page cannot read Starlight's configuration: a weak
 * page-length factor and term-frequency weight, so a short tool entry that names a topic does not
 * outrank the long guidance page about it. See https://pagefind.app/docs/ranking/.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
} as const;
