/**
 * The service worker, bundled with its Workbox modules into <base>sw.js by src/integrations/offline.ts,
 * which also writes in the build's manifest: for each language, the files "Save this site for offline
 * use" keeps (src/offline/files.ts), each with the hash of its content (Workbox's getManifest).
 *
 * - Saved languages: a Workbox precache per language, filled when the reader asks (a "save" message) and
 *   brought up to date by each new build's worker before it takes over; it answers first.
 * - Pages a reader visits: stale-while-revalidate (the cached copy at once, refreshed in the background);
 *   hashed assets (/_astro/): cache-first. Both caches belong to one build and go when the next activates.
 * - A new build's worker waits until the page asks it to take over (the reader's "Reload" in the notice).
 * Nothing is downloaded for readers who never save: only what they visit is kept.
 */
import { PrecacheController, type PrecacheEntry } from 'workbox-precaching';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';
import { LANGS, type Lang } from '../core/locales';
import { RUNTIME_CACHE_PREFIX, savedCacheName, type OfflineReport, type OfflineRequest } from '../offline/names';

/** Written in by the build: each language's offline files, and an id that changes with any of them. */
declare const __OFFLINE_MANIFEST__: Record<Lang, PrecacheEntry[]>;
declare const __OFFLINE_BUILD__: string;
declare const __OFFLINE_BASE__: string;

/** The parts of the service worker's global scope used here (TypeScript's DOM types have no worker scope). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageFromPage extends ExtendableEvent {
  data: OfflineRequest;
  source: { postMessage(message: OfflineReport): void } | null;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageFromPage) => void): void;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options: { includeUncontrolled: boolean }): Promise<{ postMessage(message: OfflineReport): void }[]>;
  };
}
const worker = self as unknown as WorkerScope;

const runtimeCache = `${RUNTIME_CACHE_PREFIX}${__OFFLINE_BUILD__}`;
const pages = new StaleWhileRevalidate({ cacheName: runtimeCache });
const assets = new CacheFirst({ cacheName: runtimeCache });

/** Tells every open page of the site how a save is going. */
async function report(message: OfflineReport) {
  for (const client of await worker.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

/** Files stored so far by each save the reader started (updates by a new build report nothing). */
const saving = new Map<Lang, number>();

/** Counts each file of a save as it is stored (or found already stored), for the page's progress bar. */
function progressPlugin(lang: Lang, total: number): WorkboxPlugin {
  return {
    handlerDidComplete: async () => {
      const stored = saving.get(lang);
      if (stored === undefined) return;
      saving.set(lang, stored + 1);
      if (stored + 1 === total || (stored + 1) % 10 === 0)
        await report({ type: 'progress', lang, done: stored + 1, total });
    },
  };
}

const precaches = Object.fromEntries(
  LANGS.map((lang) => {
    const entries = __OFFLINE_MANIFEST__[lang];
    const precache = new PrecacheController({
      cacheName: savedCacheName(lang),
      plugins: [progressPlugin(lang, entries.length)],
    });
    precache.addToCacheList(entries);
    return [lang, precache];
  }),
) as Record<Lang, PrecacheController>;

/** Languages the reader saved (their cache exists; `caches.open` would create it, `has` does not). */
async function savedLanguages(): Promise<Lang[]> {
  const found = await Promise.all(LANGS.map((lang) => caches.has(savedCacheName(lang))));
  return LANGS.filter((_, i) => found[i]);
}

/**
 * Workbox fills a precache only from an install event. A save starts from a message instead: the same
 * step runs with an event that has the install event's type and the message event's lifetime.
 */
const asInstall = (event: ExtendableEvent): ExtendableEvent =>
  ({ type: 'install', waitUntil: (promise: Promise<unknown>) => event.waitUntil(promise) }) as ExtendableEvent;

async function save(lang: Lang, event: ExtendableEvent) {
  if (saving.has(lang)) return;
  saving.set(lang, 0);
  try {
    await precaches[lang].install(asInstall(event));
    await report({ type: 'saved', lang });
  } catch {
    await report({ type: 'save-failed', lang });
  } finally {
    saving.delete(lang);
  }
}

/** A saved copy of the address (its query ignored: Pagefind adds one to defeat HTTP caches). */
async function fromSaved(url: URL): Promise<Response | undefined> {
  const address = url.origin + url.pathname;
  for (const lang of await savedLanguages()) {
    const response = await precaches[lang].matchPrecache(address);
    if (response) return response;
  }
  return undefined;
}

worker.addEventListener('install', (event) => {
  // A new build brings the languages the reader saved up to date before it takes over.
  event.waitUntil(savedLanguages().then((langs) => Promise.all(langs.map((lang) => precaches[lang].install(event)))));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = (await caches.keys()).filter(
        (name) => name.startsWith(RUNTIME_CACHE_PREFIX) && name !== runtimeCache,
      );
      await Promise.all(stale.map((name) => caches.delete(name)));
      for (const lang of await savedLanguages()) await precaches[lang].activate(event);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(__OFFLINE_BASE__)) return;
  // Pagefind asks for its entry file with a new query each time: caching those would only pile up copies.
  const isSearchIndex = url.pathname.startsWith(`${__OFFLINE_BASE__}pagefind/`);
  event.respondWith(
    (async () => {
      const saved = await fromSaved(url);
      if (saved) return saved;
      if (isSearchIndex) return fetch(request);
      const strategy = url.pathname.startsWith(`${__OFFLINE_BASE__}_astro/`) ? assets : pages;
      return strategy.handle({ event, request });
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'save' && LANGS.includes(message.lang)) event.waitUntil(save(message.lang, event));
  else if (message.type === 'status')
    event.waitUntil(savedLanguages().then((saved) => event.source?.postMessage({ type: 'status', saved })));
  else if (message.type === 'skip-waiting') event.waitUntil(worker.skipWaiting());
});
