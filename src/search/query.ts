/**
 * The search page's filters, result counts and the sentences it writes about them. Pure functions,
 * shared by the page script and the unit tests; nothing here imports a dictionary (the page renders
 * the templates the script needs, `searchStrings`, into a data attribute).
 */
import type { Translate } from '../i18n/translate';
import { NUMBER_LOCALES } from '../core/locales';
import { fillPlural, scriptPlural, scriptTemplate, type PluralForms } from '../i18n/script-strings';
import { interpolate } from '../i18n/interpolate';
import type { UrlState } from '../core/url-state';

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

/** The sentences of the search page's script, as templates in the page's language (content/i18n). */
export interface SearchStrings {
  /** The Intl locale numbers are written in. */
  locale: string;
  results: PluralForms;
  filters: PluralForms;
  query: string;
  filtered: string;
  queryFiltered: string;
  checked: PluralForms;
  partialNone: string;
  partialWord: string;
  partialAbsent: PluralForms;
  partialSome: PluralForms;
  kind: string;
  topics: PluralForms;
  region: string;
  missing: string;
  sections: string;
}

/** The search page's script strings for the page's language, for its data-strings attribute. */
export function searchStrings(t: Translate): SearchStrings {
  return {
    locale: NUMBER_LOCALES[t.lang],
    results: scriptPlural(t, 'site.search.status.results'),
    filters: scriptPlural(t, 'site.search.status.filters'),
    query: scriptTemplate(t, 'site.search.status.query'),
    filtered: scriptTemplate(t, 'site.search.status.filtered'),
    queryFiltered: scriptTemplate(t, 'site.search.status.queryFiltered'),
    checked: scriptPlural(t, 'site.search.checked'),
    partialNone: scriptTemplate(t, 'site.search.partial.none'),
    partialWord: scriptTemplate(t, 'site.search.partial.word'),
    partialAbsent: scriptPlural(t, 'site.search.partial.absent'),
    partialSome: scriptPlural(t, 'site.search.partial.some'),
    kind: scriptTemplate(t, 'site.search.result.kind'),
    topics: scriptPlural(t, 'site.search.result.topics'),
    region: scriptTemplate(t, 'site.search.result.region'),
    missing: scriptTemplate(t, 'site.search.result.missing'),
    sections: scriptTemplate(t, 'site.search.result.sections'),
  };
}

/** "1 result", "12 results", with the query and the number of active filters when there are any. */
export function describeResults(count: number, state: SearchState, strings: SearchStrings): string {
  const { locale } = strings;
  const results = fillPlural(strings.results, count, {}, locale);
  const activeFilters = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  const filters = fillPlural(strings.filters, activeFilters, {}, locale);
  if (state.query && activeFilters)
    return interpolate(strings.queryFiltered, { results, query: state.query, filters }, locale);
  if (state.query) return interpolate(strings.query, { results, query: state.query }, locale);
  if (activeFilters) return interpolate(strings.filtered, { results, filters }, locale);
  return results;
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
