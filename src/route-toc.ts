import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Starlight route middleware: Starlight's "On this page" always starts with an "Overview" entry for the
 * page title, so on a page with no headings of its own it would list only that. Such pages get no box.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const onlyOverview =
    route.toc && route.toc.items.length <= 1 && route.toc.items.every((item) => item.children.length === 0);
  if (onlyOverview) route.toc = undefined;
});
