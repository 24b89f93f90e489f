/**
 * The tools catalogue's filter (form in src/components/tools/ToolFilters.astro). With no filter the
 * page's own list shows; with one, the catalogue is fetched in JSON chunks (/tools/data/<n>.json,
 * all tools by title) one after another, and the matches found so far are shown at once, so the first
 * results arrive after the first chunk whatever the size of the catalogue. The state lives in the
 * address (?topic=…&kind=…&q=…&sort=…), so a filtered list can be shared and survives a reload.
 * Words are found by meaning as well as spelling (utils/tool-catalogue.ts, textScore): in the title,
 * description, topics, audiences and kind, with the facet labels of the page's language, and the
 * matches are sorted by relevance, title or year. The facets are open on a wide screen, where they
 * stand beside the list, and folded on narrower ones, where they would push the list off the first screen.
 * No dictionary and no vocabulary is bundled: the facet vocabulary (to decode the chunks), the labels,
 * the sentences and the markup of an entry come from the page, in its language.
 */
import {
  EMPTY_FILTER,
  FACETS,
  decodeTool,
  matchesFilter,
  optionCounts,
  parseQuery,
  sortTools,
  SORTS,
  type Sort,
  toQuery,
  type CatalogueTool,
  type Facet,
  type FilterState,
  type FacetVocab,
  type ToolRow,
} from '../catalogue/catalogue';
import { isLang, DEFAULT_LANG } from '../core/locales';
import { fillPlural, type PluralForms } from '../i18n/script-strings';
import { formatNumber } from '../i18n/interpolate';

/** Results shown at first, and added by each "Show more tools". */
const RESULTS_STEP = 50;

const form = document.querySelector<HTMLFormElement>('#tool-filters');
const results = document.querySelector<HTMLElement>('#tool-results');
const staticList = document.querySelector<HTMLElement>('#tool-catalogue');
if (form && results && staticList) startFilter(form, results, staticList);

function startFilter(form: HTMLFormElement, results: HTMLElement, staticList: HTMLElement) {
  const chunkUrl = form.dataset.chunkUrl ?? '';
  const toolUrl = form.dataset.toolUrl ?? '';
  const lang = isLang(form.dataset.lang) ? form.dataset.lang : DEFAULT_LANG;
  const chunkCount = Number(form.dataset.chunks ?? 0);
  const total = Number(form.dataset.total ?? 0);
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const text = form.querySelector<HTMLInputElement>('#tool-q')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('#tool-sort')!;
  const details = form.querySelector<HTMLDetailsElement>('details')!;
  const status = results.querySelector<HTMLElement>('#tool-status')!;
  const none = results.querySelector<HTMLElement>('#tool-none')!;
  const list = results.querySelector<HTMLElement>('#tool-result-list')!;
  const more = results.querySelector<HTMLButtonElement>('#tool-more')!;
  const clear = form.querySelector<HTMLButtonElement>('#tool-clear')!;
  const browse = document.querySelector<HTMLElement>('#tool-browse');
  const template = results.querySelector<HTMLTemplateElement>('#tool-entry-template')!;
  const vocab = JSON.parse(form.dataset.vocab ?? '{}') as FacetVocab;
  const locale = form.dataset.locale ?? 'en-GB';
  const matchesText = JSON.parse(status.dataset.matches ?? '{}') as PluralForms;
  const progressText = JSON.parse(status.dataset.progress ?? '{}') as PluralForms;
  const countOf = (box: HTMLInputElement) =>
    form.querySelector<HTMLElement>(`[data-count-for="${box.name}:${box.value}"]`);
  const allowed = Object.fromEntries(
    FACETS.map((f) => [f, boxes.filter((b) => b.name === f).map((b) => b.value)]),
  ) as Record<Facet, string[]>;
  const number = (n: number) => formatNumber(n, locale);
  /** A facet value's label as the form shows it (every value a tool has is on the form). */
  const labels = new Map(
    boxes.map((b) => [
      `${b.name}:${b.value}`,
      b.parentElement?.querySelector('.tool-option-label')?.textContent ?? b.value,
    ]),
  );
  const label = (facet: Facet, value: string) => labels.get(`${facet}:${value}`) ?? value;
  /** The tool, findable by its facet labels in the page's language too. */
  const withKeywords = (tool: CatalogueTool): CatalogueTool => ({
    ...tool,
    keywords: [
      ...tool.topics.map((v) => label('topic', v)),
      ...tool.audiences.map((v) => label('audience', v)),
      label('kind', tool.kind),
    ].join(' '),
  });
  const readSort = (value: string | null): Sort =>
    (SORTS as readonly string[]).includes(value ?? '') ? (value as Sort) : 'relevance';

  /** Chunk fetches, started once each and shared by every filter run. */
  const chunkLoads: Promise<CatalogueTool[]>[] = [];
  const loadChunk = (i: number) =>
    (chunkLoads[i] ??= fetch(`${chunkUrl}${i}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
      return ((await response.json()) as ToolRow[]).map((row) => withKeywords(decodeTool(row, vocab, lang)));
    }));

  let run = 0;
  let limit = RESULTS_STEP;

  const read = (): FilterState => ({
    ...(Object.fromEntries(
      FACETS.map((f) => [f, boxes.filter((b) => b.name === f && b.checked).map((b) => b.value)]),
    ) as Record<Facet, string[]>),
    q: text.value,
  });
  const isEmpty = (state: FilterState) => FACETS.every((f) => state[f].length === 0) && !state.q.trim();
  /** The query string with the order, when it is not the default (relevance, or by title without words). */
  const address = (state: FilterState, sort: Sort) => {
    const query = toQuery(state);
    if (sort === 'relevance') return query;
    return `${query}${query ? '&' : '?'}sort=${sort}`;
  };

  function entry(tool: CatalogueTool): HTMLLIElement {
    const li = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    const link = li.querySelector<HTMLAnchorElement>('.tool-title')!;
    link.href = `${toolUrl}${tool.id}/`;
    link.textContent = tool.title;
    const description = li.querySelector<HTMLElement>('.tool-desc')!;
    description.textContent = tool.description;
    // Text not translated is English, and said so, as on the page's own list (ToolEntry.astro).
    if (tool.titleLang !== lang) link.lang = tool.titleLang;
    if (tool.descriptionLang !== lang) description.lang = tool.descriptionLang;
    const original = li.querySelector<HTMLElement>('.tool-original')!;
    if (tool.originalTitle) original.querySelector('cite')!.textContent = tool.originalTitle;
    else original.remove();
    const fact = (name: string, value: string | undefined) => {
      const row = li.querySelector<HTMLElement>(`[data-fact="${name}"]`)!;
      row.removeAttribute('data-fact');
      if (value === undefined) row.remove();
      else row.querySelector('dd')!.textContent = value;
    };
    fact('kind', label('kind', tool.kind));
    fact('topics', tool.topics.map((v) => label('topic', v)).join(', '));
    fact('audiences', tool.audiences.map((v) => label('audience', v)).join(', '));
    fact('year', tool.year ? String(tool.year) : undefined);
    return li;
  }

  function render(state: FilterState, tools: CatalogueTool[], complete: boolean) {
    const matches = sortTools(
      tools.filter((t) => matchesFilter(t, state)),
      readSort(sortSelect.value),
      state.q,
    );
    list.replaceChildren(...matches.slice(0, limit).map(entry));
    more.hidden = matches.length <= limit;
    none.hidden = !complete || matches.length > 0;
    status.textContent = complete
      ? fillPlural(matchesText, matches.length, { total }, locale)
      : fillPlural(progressText, matches.length, { searched: tools.length, total }, locale);
    for (const facet of FACETS) {
      const counts = optionCounts(tools, state, facet);
      for (const box of boxes.filter((b) => b.name === facet)) {
        const count = countOf(box);
        if (count) count.textContent = `(${number(counts.get(box.value) ?? 0)}${complete ? '' : '+'})`;
      }
    }
  }

  async function apply(state: FilterState, { resetLimit = true } = {}) {
    const current = ++run;
    if (resetLimit) limit = RESULTS_STEP;
    const sort = readSort(sortSelect.value);
    history.replaceState(history.state, '', `${location.pathname}${address(state, sort)}${location.hash}`);
    // The page's own list is by title: another order needs the whole catalogue, as a filter does.
    const filtering = !isEmpty(state) || sort === 'year';
    staticList.hidden = filtering;
    results.hidden = !filtering;
    clear.hidden = !filtering;
    if (!filtering) {
      for (const box of boxes) {
        const count = countOf(box);
        if (count) count.textContent = `(${number(Number(count.dataset.count))})`;
      }
      return;
    }
    const tools: CatalogueTool[] = [];
    try {
      for (let i = 0; i < chunkCount; i++) {
        tools.push(...(await loadChunk(i)));
        if (current !== run) return;
        render(state, tools, i === chunkCount - 1);
      }
      if (chunkCount === 0) render(state, tools, true);
    } catch {
      if (current !== run) return;
      status.textContent = status.dataset.failed ?? '';
      staticList.hidden = false;
    }
  }

  const initial = parseQuery(location.search, allowed);
  for (const box of boxes) box.checked = initial[box.name as Facet].includes(box.value);
  text.value = initial.q;
  sortSelect.value = readSort(new URLSearchParams(location.search).get('sort'));
  // Open on a wide screen (beside the list); folded on a narrower one, so the list is on the first
  // screen, unless the address already selects some.
  details.open = matchMedia('(min-width: 72rem)').matches || FACETS.some((f) => initial[f].length > 0);
  form.hidden = false;
  // The form's facets do what the folded "browse by" links do, with counts that follow the filters.
  if (browse) browse.hidden = true;
  if (!isEmpty(initial) || sortSelect.value === 'year') void apply(initial);

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('change', () => void apply(read()));
  text.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void apply(read()), 150);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', () => {
    limit += RESULTS_STEP;
    void apply(read(), { resetLimit: false });
  });
  clear.addEventListener('click', () => {
    form.reset();
    sortSelect.value = 'relevance';
    void apply({ ...EMPTY_FILTER });
    text.focus();
  });
}
