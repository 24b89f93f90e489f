import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBasePrefix } from './integrations/base-links';

/**
 * Starlight route middleware: hero action links in frontmatter (`hero.actions[].link`) are written
 * root-relative like every other link in content; give them the base path too.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const hero = context.locals.starlightRoute.entry.data.hero;
  if (!hero?.actions) return;
  const base = import.meta.env.BASE_URL;
  hero.actions = hero.actions.map((action) => ({ ...action, link: withBasePrefix(action.link, base) }));
});
