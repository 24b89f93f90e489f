import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { NavEntry } from './navigation/breadcrumb';
import { withinSection } from './navigation/section-pagination';

/**
 * Starlight route middleware: Previous and Next stay within the page's sidebar section
 * (src/navigation/section-pagination.ts), so the last page of a section does not lead into another.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.pagination = withinSection(route.sidebar as NavEntry[], route.pagination);
});
