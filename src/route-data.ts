import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBasePrefix } from './integrations/base-links';

/**
 * Starlight route middleware.
 * - Hero action links in frontmatter (`hero.actions[].link`) are written root-relative like every other
 *   link in content; give them the base path too.
 * - Starlight's "On this page" always starts with an "Overview" entry for the title; on a page with no
 *   headings of its own that is all it would list, so the box is dropped.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.toc && route.toc.items.every((item) => item.children.length === 0) && route.toc.items.length <= 1) {
    route.toc = undefined;
  }
  const hero = route.entry.data.hero;
  if (!hero?.actions) return;
  const base = import.meta.env.BASE_URL;
  hero.actions = hero.actions.map((action) => ({ ...action, link: withBasePrefix(action.link, base) }));
});
