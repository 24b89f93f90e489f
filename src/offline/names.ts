/**
 * Names and messages shared by the page script (src/client/offline.ts), the service worker and its build
 * step: kept apart from src/offline/files.ts so that the script on every page carries nothing else.
 */
import type { Lang } from '../core/locales';
import { formatNumber } from '../i18n/interpolate';

/** The service worker's file, at the base path (its scope is the base). */
export const SERVICE_WORKER_FILE = 'sw.js';
/** Sizes of each language's offline set ({ en: { bytes, files }, … }), written next to it. */
export const OFFLINE_SIZES_FILE = 'offline.json';

/** The cache that holds a saved language's files: stable across builds (updated entry by entry). */
export const savedCacheName = (lang: Lang): string => `ipec-offline-${lang}`;
/** Caches of pages and assets a reader visited, one set per build (dropped when a new build activates). */
export const RUNTIME_CACHE_PREFIX = 'ipec-visited-';

/** "12.3 MB" from bytes, in a language's number format. */
export function formatMegabytes(bytes: number, locale: string): string {
  return `${formatNumber(bytes / 1_000_000, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** Messages between the page script and the service worker. */
export type OfflineRequest = { type: 'save'; lang: Lang } | { type: 'status' } | { type: 'skip-waiting' };
export type OfflineReport =
  | { type: 'status'; saved: Lang[] }
  | { type: 'progress'; lang: Lang; done: number; total: number }
  | { type: 'saved'; lang: Lang }
  | { type: 'save-failed'; lang: Lang };
