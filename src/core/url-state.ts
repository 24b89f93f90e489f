/**
 * The state of a filtered list in its address, shared by the search page and the tools catalogue so
 * that both read and write links the same way: `?q=cocoa&type=Tool&topic=Forced+labour`. The text is
 * `q`; each filter is a key repeated once per checked value. Empty parts are left out so shared links
 * stay short.
 */
export interface UrlState {
  query: string;
  /** Checked values per filter key, e.g. { type: ['Tool'] }. */
  filters: Record<string, string[]>;
}

/**
 * Reads a state from URL parameters, keeping only the filter keys given. With `allowed` for a key,
 * only those values are kept, in that order (an address edited by hand cannot select a value the
 * page does not offer).
 */
export function readUrlState(
  params: URLSearchParams,
  keys: readonly string[],
  allowed: Partial<Record<string, readonly string[]>> = {},
): UrlState {
  const filters: Record<string, string[]> = {};
  for (const key of keys) {
    const given = [...new Set(params.getAll(key).filter(Boolean))];
    const known = allowed[key];
    const values = known ? known.filter((value) => given.includes(value)) : given;
    if (values.length) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The URL parameters for a state, filters in the order of their keys in `state.filters`. */
export function urlStateParams(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  return params;
}

/** The query string for a state: "?q=…&type=…", or "" when nothing is searched or filtered. */
export function urlStateQuery(state: UrlState): string {
  const params = urlStateParams(state).toString();
  return params ? `?${params}` : '';
}
