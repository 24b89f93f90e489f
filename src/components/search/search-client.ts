/**
 * The search page's script: runs the search form's query with Pagefind in the browser, counts what
 * each filter would give, renders results in pages of ten and keeps the address (?q=…&type=…) in
 * step so a search can be bookmarked or shared. Plain DOM, no framework.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { describeResults, pagefindFilters, paramsFromState, stateFromParams, type SearchState } from '../../utils/search-query';

const PAGE_SIZE = 10;
/** "/" at the root, "/ipec-plus/" under a sub-path: Pagefind's own URLs and its result URLs carry it. */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

type FilterCounts = Record<string, Record<string, number>>;
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
interface SearchResponse {
  results: { data: () => Promise<ResultData> }[];
  filters: FilterCounts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (term: string | null, options: { filters: object }) => Promise<SearchResponse | null>;
}

const root = document.querySelector<HTMLElement>('search-page');
if (root) void start(root);

async function start(root: HTMLElement) {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('input[name="q"]');
  const facets = $<HTMLElement>('.search-facets');
  const section = $<HTMLElement>('.search-results');
  const status = $<HTMLElement>('.search-status');
  const list = $<HTMLOListElement>('.search-result-list');
  const more = $<HTMLButtonElement>('.search-more');
  const empty = $<HTMLElement>('.search-empty');
  const keys: string[] = JSON.parse(root.dataset.filterKeys ?? '[]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let pagefind: Pagefind;
  let totals: FilterCounts;
  try {
    pagefind = await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`);
    // The same ranking as Starlight's search dialog (astro.config.mjs `pagefind`), so both agree.
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, ranking: pagefindUserConfig.ranking });
    totals = await pagefind.filters();
  } catch (error) {
    console.error('Search index failed to load', error);
    document.getElementById('search-fallback')!.hidden = false;
    return;
  }

  // Values no page carries are hidden; a value named in the address stays, so its zero count explains the result.
  const initial = stateFromParams(new URLSearchParams(location.search), keys);
  input.value = initial.query;
  for (const box of boxes) {
    box.checked = initial.filters[box.name]?.includes(box.value) ?? false;
    box.closest('li')!.hidden = !box.checked && !totals[box.name]?.[box.value];
  }
  for (const fieldset of form.querySelectorAll('fieldset')) {
    fieldset.hidden = [...fieldset.querySelectorAll('li')].every((li) => li.hidden);
  }
  // On a narrow screen the filters start folded unless the address sets some, so results come first.
  (facets as HTMLDetailsElement).open = matchMedia('(min-width: 50rem)').matches || Object.keys(initial.filters).length > 0;
  facets.hidden = false;
  section.hidden = false;

  let run = 0;
  let results: SearchResponse['results'] = [];
  let shown = 0;

  const readForm = (): SearchState => stateFromParams(new URLSearchParams(new FormData(form) as never), keys);

  const showCounts = (counts: FilterCounts) => {
    for (const box of boxes) box.closest('li')!.querySelector('.facet-count')!.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
  };

  const showMore = async (thisRun: number) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (thisRun !== run) return;
    shown += batch.length;
    const items = data.map(renderResult);
    list.append(...items);
    more.hidden = shown >= results.length;
    return items[0];
  };

  const search = async () => {
    const thisRun = ++run;
    const state = readForm();
    const params = paramsFromState(state).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
    const filtered = Object.keys(state.filters).length > 0;
    if (!state.query && !filtered) {
      results = [];
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
    // Within a group the checked values widen the results, so a checked group's counts come from
    // the same search without that group's filter.
    const counts = { ...response.filters };
    for (const key of Object.keys(state.filters)) {
      const others = await pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
      if (others) counts[key] = others.filters[key] ?? {};
    }
    if (thisRun !== run) return;
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await showMore(thisRun);
    if (thisRun !== run) return;
    showCounts(counts);
    empty.hidden = results.length > 0;
    empty.querySelector<HTMLElement>('.search-empty-filters')!.hidden = !filtered;
    status.textContent = describeResults(results.length, state);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener('change', (event) => {
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

/** One result: linked title, its type and topics, the excerpt around the match, up to two matching sections. */
function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-result-facts';
  facts.textContent = [data.meta.type, ...(data.filters.kind ?? []), ...(data.filters.topic ?? [])].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  // Pagefind's excerpt is the page's own text, escaped by Pagefind, with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, facts, excerpt);
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
