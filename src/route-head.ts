import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { basePrefix } from './core/base';
import { escapeHtml } from './core/html';
import { uiStrings } from './i18n/ui-strings';

type HeadEntry = StarlightRouteData['head'][number];

/** Elements whose content is code, not text: never escaped (none comes from content). */
const CODE_ELEMENTS = new Set(['script', 'style']);

/**
 * Starlight route middleware for the page <head>, which Starlight's Head component writes from
 * `starlightRoute.head`:
 * - Starlight writes each entry's content with set:html, so a title holding "</title><script>" would end
 *   the <title> and run. Titles and descriptions come from content files, so every entry's text is
 *   escaped here (a new entry: entries of frontmatter `head` are shared between renders in `astro dev`).
 *   The content guard also rejects "<" and ">" in titles; this is the second line of defence.
 * - The 404 page is served at whatever address was mistyped: a canonical, alternate or og:url naming
 *   "/404/" would point at an address that does not exist, and search engines must not index it.
 * - Every page gets the site-wide social image, as an absolute URL built from `site` and the base path.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const path = context.url.pathname;
  const isNotFound = path.replace(/\/$/, '').endsWith('/404') || path.endsWith('/404.html');
  const entries: HeadEntry[] = route.head
    .filter(
      ({ attrs }) =>
        !(isNotFound && (attrs?.rel === 'canonical' || attrs?.rel === 'alternate' || attrs?.property === 'og:url')),
    )
    .map((entry) =>
      entry.content && !CODE_ELEMENTS.has(entry.tag) ? { ...entry, content: escapeHtml(entry.content) } : entry,
    );
  if (isNotFound) entries.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  if (context.site) {
    const image = new URL(`${basePrefix()}/og-image.png`, context.site).href;
    const alt = uiStrings(context.currentLocale)('site.head.imageAlt', { title: route.siteTitle });
    entries.push(
      { tag: 'meta', attrs: { property: 'og:image', content: image } },
      { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
      { tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
      { tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
      { tag: 'meta', attrs: { name: 'twitter:image', content: image } },
      { tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
    );
  }
  route.head = entries;
});
