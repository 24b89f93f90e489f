/**
 * The search page's script: runs the search form's query with Pagefind in the browser, shows the
 * filters that would give results (with their counts), renders results in pages of ten and keeps
 * the address (?q=…&type=…) in step so a search can be bookmarked or shared. When no page has every
 * word of the query, it searches for each word and lists the pages with some of them, saying so.
 * Plain DOM, no framework.
 */
import {
  countFilterValues,
  describeResults,
  offersFilterValue,
  pagefindFilters,
  passesFilters,
  type FilterCounts,
  type FilterMembership,
  type SearchState,
} from '../utils/search-query';
import { describePartialMatches, queryWords, rankPartialMatches } from '../utils/search-fallback';
import { SEARCH_RANKING } from '../utils/search-ranking';
import { basePrefix } from '../utils/base';
import { readUrlState, urlStateParams } from '../utils/url-state';

const PAGE_SIZE = 10;
/** "/" at the root, "/ipec-plus/" under a sub-path: Pagefind's own URLs and its result URLs carry it. */
const BASE = `${basePrefix()}/`;
/** Where the filters move beside the results (the same width as the page's CSS). */
const SIDE_COLUMN = '(min-width: 64rem)';

interface SubResult {
  title: string;
  url: string;
  locations: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface SearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: { filters: object }) => Promise<SearchResponse | null>;
}
/** A result to list: Pagefind's result and, for a page with only some of the query's words, the words it lacks. */
interface Listed {
  result: PagefindResult;
  missing: string[];
}

const root = document.querySelector<HTMLElement>('search-page');
if (root) void start(root);

async function start(root: HTMLElement) {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('input[name="q"]');
  const facets = $<HTMLDetailsElement>('.search-facets');
  const checkedCount = $<HTMLElement>('.search-facets-active');
  const section = $<HTMLElement>('.search-results');
  const status = $<HTMLElement>('.search-status');
  const list = $<HTMLOListElement>('.search-result-list');
  const more = $<HTMLButtonElement>('.search-more');
  const empty = $<HTMLElement>('.search-empty');
  const keys: string[] = JSON.parse(root.dataset.filterKeys ?? '[]');
  // The checkboxes sit beside the results, outside the <form>, and belong to it through form="…".
  const boxes = [...facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let pagefind: Pagefind;
  let totals: FilterCounts;
  try {
    pagefind = await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, ranking: SEARCH_RANKING });
    totals = await pagefind.filters();
  } catch (error) {
    console.error('Search index failed to load', error);
    document.getElementById('search-fallback')!.hidden = false;
    return;
  }

  const initial = readUrlState(new URLSearchParams(location.search), keys);
  input.value = initial.query;
  for (const box of boxes) box.checked = initial.filters[box.name]?.includes(box.value) ?? false;
  // Beside the results the filters start open; above them (phones) folded, so the results come
  // first, with the number of checked filters in the heading.
  facets.open = matchMedia(SIDE_COLUMN).matches;
  section.hidden = false;

  /** Which pages carry each filter value, asked of Pagefind once, the first time a query needs partial matches. */
  let membership: Promise<FilterMembership> | undefined;
  const filterMembership = () =>
    (membership ??= Promise.all(
      Object.entries(totals).flatMap(([key, values]) =>
        Object.keys(values).map(async (value) => {
          const response = await pagefind.search(null, { filters: { [key]: value } });
          return [key, value, new Set(response?.results.map((r) => r.id) ?? [])] as const;
        }),
      ),
    ).then((entries) => {
      const out: Record<string, Record<string, Set<string>>> = {};
      for (const [key, value, ids] of entries) (out[key] ??= {})[value] = ids;
      return out;
    }));

  let run = 0;
  let listed: Listed[] = [];
  let shown = 0;

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
    return readUrlState(params, keys);
  };

  /** Counts beside the filters; a value that would give nothing is hidden unless checked, and so is a group left empty. */
  const showCounts = (counts: FilterCounts) => {
    for (const box of boxes) {
      const count = counts[box.name]?.[box.value];
      const item = box.closest('li')!;
      item.querySelector('.facet-count')!.textContent = `(${count ?? 0})`;
      item.hidden = !offersFilterValue(count, box.checked);
    }
    const groups = [...facets.querySelectorAll('fieldset')];
    for (const fieldset of groups) fieldset.hidden = [...fieldset.querySelectorAll('li')].every((li) => li.hidden);
    facets.hidden = groups.every((fieldset) => fieldset.hidden);
  };

  const showMore = async (thisRun: number) => {
    const batch = listed.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((item) => item.result.data()));
    if (thisRun !== run) return;
    shown += batch.length;
    const items = data.map((d, i) => renderResult(d, batch[i]!.missing));
    list.append(...items);
    more.hidden = shown >= listed.length;
    return items[0];
  };

  /** Pages with some of the words, filtered like any search; the counts come from `filterMembership`. */
  const partialMatches = async (words: string[], state: SearchState) => {
    const perWord = await Promise.all(words.map((word) => pagefind.search(word)));
    const hits = perWord.map((response) => response?.results ?? []);
    const ranked = rankPartialMatches(words, hits);
    // A page with two or more of the words gets its excerpt from a search for just those words,
    // so the excerpt shows all of them, not only the best-scoring one.
    const combinations = [...new Set(ranked.filter((m) => m.found.length > 1).map((m) => m.found.join(' ')))];
    const together = new Map(
      await Promise.all(
        combinations.map(async (term) => [term, (await pagefind.search(term))?.results ?? []] as const),
      ),
    );
    const withExcerpt = ranked.map((match) => ({
      ...match,
      best: together.get(match.found.join(' '))?.find((hit) => hit.id === match.id) ?? match.best,
    }));
    const pages = await filterMembership();
    return {
      matches: withExcerpt.filter((match) => passesFilters(match.id, pages, state.filters)),
      counts: countFilterValues(
        ranked.map((match) => match.id),
        pages,
        state.filters,
      ),
      wordsOnNoPage: words.filter((_, i) => hits[i]!.length === 0),
    };
  };

  const search = async () => {
    const thisRun = ++run;
    const state = readForm();
    const params = urlStateParams(state).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
    const filtered = Object.keys(state.filters).length > 0;
    const checked = Object.values(state.filters).flat().length;
    checkedCount.textContent = checked ? `(${checked} checked)` : '';
    if (!state.query && !filtered) {
      listed = [];
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      status.textContent = '';
      showCounts(totals);
      return;
    }
    const term = state.query || null;
    const response = await pagefind.search(term, { filters: pagefindFilters(state.filters) });
    if (!response || thisRun !== run) return;
    let counts: FilterCounts;
    let message: string;
    const words = queryWords(state.query);
    if (response.unfilteredResultCount === 0 && words.length > 1) {
      // No page has every word, whatever the filters: offer the pages that have some of them.
      const partial = await partialMatches(words, state);
      if (thisRun !== run) return;
      listed = partial.matches.map((match) => ({ result: match.best, missing: match.missing }));
      counts = partial.counts;
      message = listed.length
        ? describePartialMatches(state.query, listed.length, partial.wordsOnNoPage)
        : describeResults(0, state);
    } else {
      // Within a group the checked values widen the results, so a checked group's counts come from
      // the same search without that group's filter.
      counts = { ...response.filters };
      for (const key of Object.keys(state.filters)) {
        const others = await pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
        if (others) counts[key] = others.filters[key] ?? {};
      }
      if (thisRun !== run) return;
      listed = response.results.map((result) => ({ result, missing: [] }));
      message = describeResults(listed.length, state);
    }
    shown = 0;
    list.replaceChildren();
    await showMore(thisRun);
    if (thisRun !== run) return;
    showCounts(counts);
    empty.hidden = listed.length > 0;
    empty.querySelector<HTMLElement>('.search-empty-filters')!.hidden = !filtered;
    status.textContent = message;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  facets.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  more.addEventListener('click', async () => {
    const first = await showMore(run);
    first?.querySelector('a')?.focus();
  });
  await search();
}

/**
 * One result: linked title; its type and labelled facts (kind, topics, region) on their own line,
 * not in the excerpt; the words of the query it lacks, if any; the excerpt around the match; up to
 * two matching sections.
 */
function renderResult(data: ResultData, missing: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-result-facts';
  const labelled = (label: string, values: string[] | undefined) =>
    values?.length ? `${label}: ${values.join(', ')}` : '';
  facts.textContent = [
    data.meta.type,
    labelled('Kind', data.filters.kind),
    labelled(data.filters.topic?.length === 1 ? 'Topic' : 'Topics', data.filters.topic),
    labelled('Region', data.filters.region),
  ]
    .filter(Boolean)
    .join(' · ');
  item.append(heading, facts);
  if (missing.length) {
    const lacks = document.createElement('p');
    lacks.className = 'search-result-missing';
    lacks.textContent = `Missing: ${missing.join(', ')}`;
    item.append(lacks);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  // Pagefind's excerpt is the page's own text, escaped by Pagefind, with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  item.append(excerpt);
  const sections = data.sub_results
    .filter((sub) => sub.url !== data.url && !sub.url.endsWith('#_top'))
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, 2);
  if (sections.length) {
    const sectionList = document.createElement('ul');
    sectionList.className = 'search-result-sections';
    sectionList.setAttribute('aria-label', `Matching sections of ${link.textContent}`);
    for (const sub of sections) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      li.append(a);
      sectionList.append(li);
    }
    item.append(sectionList);
  }
  return item;
}
