/**
 * The search page's script: runs the search form's query with Pagefind in the browser, shows the
 * filters that would give results (with their counts), renders results in pages of ten and keeps
 * the address (?q=…&type=…) in step so a search can be bookmarked or shared. When no page has every
 * word of the query, it searches for each word and lists the pages with some of them, saying so.
 * Plain DOM, no framework, no dictionary: its sentences are templates the page renders into
 * data-strings, in the page's language, and filter values are shown with the labels of the page's
 * checkboxes.
 *
 * Pagefind keeps one index per language (the pages' <html lang>); every page exists in every language,
 * so the script searches the page's language's index only, with that language's stemming (`createIn`).
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
  type SearchStrings,
} from '../search/query';
import { describePartialMatches, queryWords, rankPartialMatches } from '../search/fallback';
import { SEARCH_RANKING } from '../search/ranking';
import { basePrefix } from '../core/base';
import { readUrlState, urlStateParams } from '../core/url-state';
import { fillPlural } from '../i18n/script-strings';
import { formatNumber, interpolate } from '../i18n/interpolate';

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
type Filters = Record<string, string | { any: string[] }>;
/** One Pagefind instance (pagefind.js `createInstance`, Pagefind 1.6). */
interface PagefindInstance {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options?: { filters: Filters }) => Promise<SearchResponse | null>;
}
interface PagefindModule {
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}
/** A result to list: Pagefind's result and, for a page with only some of the query's words, the words it lacks. */
interface Listed {
  result: PagefindResult;
  missing: string[];
}

/**
 * A Pagefind instance searching the index of `lang`. Pagefind 1.6 picks an instance's index from the
 * page's <html lang> when the instance is created (it ignores a `language` option there), so the
 * attribute is set to `lang` for that one synchronous call and put back at once: nothing is painted or
 * announced in between.
 */
function createIn(module: PagefindModule, lang: string): PagefindInstance {
  const html = document.documentElement;
  const own = html.getAttribute('lang');
  html.setAttribute('lang', lang);
  try {
    return module.createInstance({ basePath: `${BASE}pagefind/`, language: lang });
  } finally {
    if (own === null) html.removeAttribute('lang');
    else html.setAttribute('lang', own);
  }
}

/** The index the page searches, with the counts of its filter values over all pages. */
interface Source {
  pagefind: PagefindInstance;
  totals: FilterCounts;
  membership?: Promise<FilterMembership>;
}

/** What one source gives for a search: the results to list, the filter counts, and the partial-match details. */
interface Found {
  listed: Listed[];
  counts: FilterCounts;
  partial?: { count: number; wordsOnNoPage: string[] };
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
  const list = $<HTMLOListElement>('.search-results .search-result-list');
  const more = $<HTMLButtonElement>('.search-results .search-more');
  const empty = $<HTMLElement>('.search-empty');
  const keys: string[] = JSON.parse(root.dataset.filterKeys ?? '[]');
  const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
  // The checkboxes sit beside the results, outside the <form>, and belong to it through form="…".
  const boxes = [...facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  /** A filter value's label as the page's checkbox shows it (the value itself is the index's English label). */
  const labelOf = (key: string, value: string) =>
    facets.querySelector(`fieldset[data-filter="${key}"] li[data-value="${CSS.escape(value)}"] .facet-label`)
      ?.textContent ?? value;

  let source: Source;
  try {
    const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as PagefindModule;
    const own = createIn(module, root.dataset.lang ?? 'en');
    await own.options({ baseUrl: BASE, excerptLength: 24, ranking: SEARCH_RANKING });
    source = { pagefind: own, totals: await own.filters() };
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
  const filterMembership = () =>
    (source.membership ??= Promise.all(
      Object.entries(source.totals).flatMap(([key, values]) =>
        Object.keys(values).map(async (value) => {
          const response = await source.pagefind.search(null, { filters: { [key]: value } });
          return [key, value, new Set(response?.results.map((r) => r.id) ?? [])] as const;
        }),
      ),
    ).then((entries) => {
      const out: Record<string, Record<string, Set<string>>> = {};
      for (const [key, value, ids] of entries) (out[key] ??= {})[value] = ids;
      return out;
    }));

  let run = 0;

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
      item.querySelector('.facet-count')!.textContent = `(${formatNumber(count ?? 0, strings.locale)})`;
      item.hidden = !offersFilterValue(count, box.checked);
    }
    const groups = [...facets.querySelectorAll('fieldset')];
    for (const fieldset of groups) fieldset.hidden = [...fieldset.querySelectorAll('li')].every((li) => li.hidden);
    facets.hidden = groups.every((fieldset) => fieldset.hidden);
  };

  /** A list of results shown ten at a time, with its "show more" button. */
  const resultList = (target: HTMLOListElement, button: HTMLButtonElement) => {
    let listed: Listed[] = [];
    let shown = 0;
    const showMore = async (thisRun: number) => {
      const batch = listed.slice(shown, shown + PAGE_SIZE);
      const data = await Promise.all(batch.map((item) => item.result.data()));
      if (thisRun !== run) return;
      shown += batch.length;
      const items = data.map((d, i) => renderResult(d, batch[i]!.missing, strings, labelOf));
      target.append(...items);
      button.hidden = shown >= listed.length;
      return items[0];
    };
    button.addEventListener('click', async () => {
      const first = await showMore(run);
      first?.querySelector('a')?.focus();
    });
    return {
      reset: async (items: Listed[], thisRun: number) => {
        listed = items;
        shown = 0;
        target.replaceChildren();
        button.hidden = true;
        if (items.length) await showMore(thisRun);
      },
    };
  };
  const mainList = resultList(list, more);

  /** Pages with some of the words, filtered like any search; the counts come from the filter membership. */
  const partialMatches = async (words: string[], state: SearchState) => {
    const perWord = await Promise.all(words.map((word) => source.pagefind.search(word)));
    const hits = perWord.map((response) => response?.results ?? []);
    const ranked = rankPartialMatches(words, hits);
    // A page with two or more of the words gets its excerpt from a search for just those words,
    // so the excerpt shows all of them, not only the best-scoring one.
    const combinations = [...new Set(ranked.filter((m) => m.found.length > 1).map((m) => m.found.join(' ')))];
    const together = new Map(
      await Promise.all(
        combinations.map(async (term) => [term, (await source.pagefind.search(term))?.results ?? []] as const),
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

  /** The results and counts for a search (null when a newer search has started). */
  const searchIn = async (state: SearchState, thisRun: number): Promise<Found | null> => {
    const term = state.query || null;
    const response = await source.pagefind.search(term, { filters: pagefindFilters(state.filters) });
    if (!response || thisRun !== run) return null;
    const words = queryWords(state.query);
    if (response.unfilteredResultCount === 0 && words.length > 1) {
      // No page has every word, whatever the filters: offer the pages that have some of them.
      const partial = await partialMatches(words, state);
      if (thisRun !== run) return null;
      const listed = partial.matches.map((match) => ({ result: match.best, missing: match.missing }));
      return {
        listed,
        counts: partial.counts,
        partial: { count: listed.length, wordsOnNoPage: partial.wordsOnNoPage },
      };
    }
    // Within a group the checked values widen the results, so a checked group's counts come from
    // the same search without that group's filter.
    const counts = { ...response.filters };
    for (const key of Object.keys(state.filters)) {
      const others = await source.pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
      if (others) counts[key] = others.filters[key] ?? {};
    }
    if (thisRun !== run) return null;
    return { listed: response.results.map((result) => ({ result, missing: [] })), counts };
  };

  const search = async () => {
    const thisRun = ++run;
    const state = readForm();
    const params = urlStateParams(state).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
    const filtered = Object.keys(state.filters).length > 0;
    const checked = Object.values(state.filters).flat().length;
    checkedCount.textContent = checked ? fillPlural(strings.checked, checked, {}, strings.locale) : '';
    if (!state.query && !filtered) {
      await mainList.reset([], thisRun);
      empty.hidden = true;
      status.textContent = '';
      showCounts(source.totals);
      return;
    }
    const own = await searchIn(state, thisRun);
    if (!own || thisRun !== run) return;
    const message = own.partial?.count
      ? describePartialMatches(state.query, own.partial.count, own.partial.wordsOnNoPage, strings)
      : describeResults(own.listed.length, state, strings);
    await mainList.reset(own.listed, thisRun);
    if (thisRun !== run) return;
    showCounts(own.counts);
    empty.hidden = own.listed.length > 0;
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
  await search();
}

/**
 * One result: linked title; its type and labelled facts (kind, topics, region) on their own line,
 * not in the excerpt; the words of the query it lacks, if any; the excerpt around the match; up to
 * two matching sections. Filter values are shown with the page's labels (`labelOf`).
 */
function renderResult(
  data: ResultData,
  missing: string[],
  strings: SearchStrings,
  labelOf: (key: string, value: string) => string,
): HTMLLIElement {
  const { locale } = strings;
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-result-facts';
  const values = (key: string) => (data.filters[key] ?? []).map((value) => labelOf(key, value));
  const labelled = (template: string, list: string[]) =>
    list.length ? interpolate(template, { values: list.join(', ') }, locale) : '';
  const topics = values('topic');
  facts.textContent = [
    data.meta.type ? labelOf('type', data.meta.type) : '',
    labelled(strings.kind, values('kind')),
    topics.length ? fillPlural(strings.topics, topics.length, { values: topics.join(', ') }, locale) : '',
    labelled(strings.region, values('region')),
  ]
    .filter(Boolean)
    .join(' · ');
  item.append(heading, facts);
  if (missing.length) {
    const lacks = document.createElement('p');
    lacks.className = 'search-result-missing';
    lacks.textContent = interpolate(strings.missing, { words: missing.join(', ') }, locale);
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
    sectionList.setAttribute('aria-label', interpolate(strings.sections, { title: link.textContent }, locale));
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
