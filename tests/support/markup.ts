import { Html } from '../../src/core/html';

/** What a chart renderer returned, with its markup (Html) as the text it writes: for matching in tests. */
export function asMarkup<T extends object>(drawn: T): { [K in keyof T]: T[K] extends Html ? string : T[K] } {
  return Object.fromEntries(
    Object.entries(drawn).map(([key, value]) => [key, value instanceof Html ? String(value) : value]),
  ) as { [K in keyof T]: T[K] extends Html ? string : T[K] };
}
