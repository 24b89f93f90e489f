/**
 * The tools catalogue's filter (form in src/components/tools/ToolFilters.astro). With no filter the
 * page's own list shows; with one, the catalogue is fetched in JSON chunks (/tools/data/<n>.json,
 * all tools by title) one after another, and the matches found so far are shown at once, so the first
 * results arrive after the first chunk whatever the size of the catalogue. The state lives in the
 * address (?topic=…&kind=…&q=…), so a filtered list can be shared and survives a reload.
 */
import {
  EMPTY_FILTER,
  FACETS,
  decodeTool,
  matchesFilter,
  optionCounts,
  parseQuery,
  toQuery,
  type CatalogueTool,
  type Facet,
  type FilterState,
  type ToolRow,
} from '../utils/tool-catalogue';
import { FACET_VOCAB, facetLabel } from '../utils/tool-facets';
import { basePrefix } from '../utils/base';

/** Results shown at first, and added by each "Show more tools". */
const RESULTS_STEP = 50;

const form = document.querySelector<HTMLFormElement>('#tool-filters');
const results = document.querySelector<HTMLElement>('#tool-results');
const staticList = document.querySelector<HTMLElement>('#tool-catalogue');
if (form && results && staticList) startFilter(form, results, staticList);

function startFilter(form: HTMLFormElement, results: HTMLElement, staticList: HTMLElement) {
  const base = basePrefix();
  const chunkUrl = form.dataset.chunkUrl ?? '';
  const chunkCount = Number(form.dataset.chunks ?? 0);
  const total = Number(form.dataset.total ?? 0);
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const text = form.querySelector<HTMLInputElement>('#tool-q')!;
  const details = form.querySelector<HTMLDetailsElement>('details')!;
  const status = results.querySelector<HTMLElement>('#tool-status')!;
  const none = results.querySelector<HTMLElement>('#tool-none')!;
  const list = results.querySelector<HTMLElement>('#tool-result-list')!;
  const more = results.querySelector<HTMLButtonElement>('#tool-more')!;
  const clear = form.querySelector<HTMLButtonElement>('#tool-clear')!;
  const browse = document.querySelector<HTMLElement>('#tool-browse');
  const countOf = (box: HTMLInputElement) =>
    form.querySelector<HTMLElement>(`[data-count-for="${box.name}:${box.value}"]`);
  const allowed = Object.fromEntries(
    FACETS.map((f) => [f, boxes.filter((b) => b.name === f).map((b) => b.value)]),
  ) as Record<Facet, string[]>;
  const number = (n: number) => n.toLocaleString('en');

  /** Chunk fetches, started once each and shared by every filter run. */
  const chunkLoads: Promise<CatalogueTool[]>[] = [];
  const loadChunk = (i: number) =>
    (chunkLoads[i] ??= fetch(`${chunkUrl}${i}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
      return ((await response.json()) as ToolRow[]).map((row) => decodeTool(row, FACET_VOCAB));
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

  function entry(tool: CatalogueTool): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'tool-entry';
    const link = li.appendChild(document.createElement('a'));
    link.className = 'tool-title';
    link.href = `${base}/tools/${tool.id}/`;
    link.textContent = tool.title;
    const desc = li.appendChild(document.createElement('p'));
    desc.className = 'tool-desc';
    desc.textContent = tool.description;
    const facts = li.appendChild(document.createElement('dl'));
    facts.className = 'tool-facts';
    const fact = (term: string, value: string) => {
      const row = facts.appendChild(document.createElement('div'));
      row.appendChild(document.createElement('dt')).textContent = term;
      row.appendChild(document.createElement('dd')).textContent = value;
    };
    fact('Kind', facetLabel('kind', tool.kind));
    fact('Topics', tool.topics.map((t) => facetLabel('topic', t)).join(', '));
    fact('For', tool.audiences.map((a) => facetLabel('audience', a)).join(', '));
    if (tool.year) fact('Year', String(tool.year));
    return li;
  }

  function render(state: FilterState, tools: CatalogueTool[], complete: boolean) {
    const matches = tools.filter((t) => matchesFilter(t, state));
    list.replaceChildren(...matches.slice(0, limit).map(entry));
    more.hidden = matches.length <= limit;
    none.hidden = !complete || matches.length > 0;
    status.textContent = complete
      ? `${number(matches.length)} of ${number(total)} tools match`
      : `${number(matches.length)} tools found so far (searched ${number(tools.length)} of ${number(total)})…`;
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
    history.replaceState(history.state, '', `${location.pathname}${toQuery(state)}${location.hash}`);
    const filtering = !isEmpty(state);
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
      status.textContent =
        'The catalogue could not be loaded. The lists by audience, topic, kind and category below still work.';
      staticList.hidden = false;
    }
  }

  const initial = parseQuery(location.search, allowed);
  for (const box of boxes) box.checked = initial[box.name as Facet].includes(box.value);
  text.value = initial.q;
  // The facets stay folded, so the list is on the first screen, unless the address already selects some.
  details.open = FACETS.some((f) => initial[f].length > 0);
  form.hidden = false;
  // The form's facets do what the folded "browse by" links do, with counts that follow the filters.
  if (browse) browse.hidden = true;
  if (!isEmpty(initial)) void apply(initial);

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
    void apply({ ...EMPTY_FILTER });
    text.focus();
  });
}
