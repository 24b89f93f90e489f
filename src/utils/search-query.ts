/**
 * The search page's filters and result counts. Pure functions, shared by the page script and the
 * unit tests.
 */
import type { UrlState } from './url-state';

/** The search page's state; read from and written to the address with utils/url-state.ts. */
export type SearchState = UrlState;

/**
 * Pagefind filters: values checked in one group widen the results (any of them), groups narrow
 * them (all groups). `without` leaves one group out, to count what each of its values would give.
 */
export function pagefindFilters(filters: SearchState['filters'], without?: string) {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters)) if (key !== without && values.length) out[key] = { any: values };
  return out;
}

/** "1 result", "12 results", with the query and the number of active filters when there are any. */
export function describeResults(count: number, state: SearchState): string {
  const results = `${count} ${count === 1 ? 'result' : 'results'}`;
  const activeFilters = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  const query = state.query ? ` for “${state.query}”` : '';
  const filtered = activeFilters ? ` with ${activeFilters} ${activeFilters === 1 ? 'filter' : 'filters'}` : '';
  return `${results}${query}${filtered}`;
}

/** Results per filter value, as Pagefind reports them: { type: { Tool: 12 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Which pages carry each filter value: key → value → Pagefind page ids. */
export type FilterMembership = Record<string, Record<string, ReadonlySet<string>>>;

/** Whether a page passes the checked filters (any value within a group, every group), leaving out group `without`. */
export function passesFilters(
  id: string,
  membership: FilterMembership,
  filters: SearchState['filters'],
  without?: string,
): boolean {
  return Object.entries(filters).every(
    ([key, values]) =>
      key === without || values.length === 0 || values.some((value) => membership[key]?.[value]?.has(id)),
  );
}

/**
 * The counts beside each filter value for a list of pages the search page worked out itself (not
 * Pagefind): what checking the value would give, with the same rule as Pagefind's counts on the
 * page (a checked group's own values are counted as if that group were not checked).
 */
export function countFilterValues(
  ids: readonly string[],
  membership: FilterMembership,
  filters: SearchState['filters'],
): FilterCounts {
  const counts: FilterCounts = {};
  for (const [key, values] of Object.entries(membership)) {
    const base = ids.filter((id) => passesFilters(id, membership, filters, key));
    counts[key] = Object.fromEntries(
      Object.entries(values).map(([value, pages]) => [value, base.filter((id) => pages.has(id)).length]),
    );
  }
  return counts;
}

/**
 * Whether a filter value is offered: only when checking it would give results, so no "(0)" option
 * is ever shown; a checked value stays, so it can be unchecked (its zero then explains the result).
 */
export function offersFilterValue(count: number | undefined, checked: boolean): boolean {
  return checked || (count ?? 0) > 0;
}
