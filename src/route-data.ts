import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBasePrefix } from './integrations/base-links';

/**
 * Starlight route middleware.
 * - Hero action links in frontmatter (`hero.actions[].link`) are written root-relative like every other
 *   link in content; give them the base path too.
 * - A page titled with the site's own name (the home page) gets that name alone as its <title>, not
 *   "IPEC+ knowledge site | IPEC+ knowledge site".
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.data.title === route.siteTitle) {
    for (const item of route.head) if (item.tag === 'title') item.content = route.siteTitle;
  }
  const hero = route.entry.data.hero;
  if (!hero?.actions) return;
  const base = import.meta.env.BASE_URL;
  hero.actions = hero.actions.map((action) => ({ ...action, link: withBasePrefix(action.link, base) }));
});
