import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { withBasePrefix } from './core/base';
import { escapeHtml } from './core/html';

/**
 * Starlight route middleware.
 * - A page titled with the site's own name (the home page) gets that name alone as its <title>, not
 *   "IPEC+ knowledge site | IPEC+ knowledge site".
 * - Starlight writes a splash page's hero title (the page title by default) and tagline with set:html, so
 *   a title holding "<img onerror=…>" would become markup. They come from content, so they are escaped
 *   here and reach the page as text. (The content guard also rejects "<" and ">" in them.)
 * - Hero action links (`hero.actions[].link`) are written root-relative like every other link in
 *   content; they get the base path too.
 */
type Hero = NonNullable<StarlightRouteData['entry']['data']['hero']>;
/** Heroes already made safe: entry data can be shared between renders (astro dev), and escaping twice would show "&amp;". */
const prepared = new WeakSet<Hero>();

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.data.title === route.siteTitle) {
    for (const item of route.head) if (item.tag === 'title') item.content = route.siteTitle;
  }
  const { data } = route.entry;
  if (!data.hero || prepared.has(data.hero)) return;
  const base = import.meta.env.BASE_URL;
  const hero: Hero = {
    ...data.hero,
    title: escapeHtml(data.hero.title ?? data.title),
    tagline: data.hero.tagline === undefined ? undefined : escapeHtml(data.hero.tagline),
    actions: data.hero.actions?.map((action) => ({ ...action, link: withBasePrefix(action.link, base) })),
  };
  prepared.add(hero);
  data.hero = hero;
});
