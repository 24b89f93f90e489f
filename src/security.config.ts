/**
 * Content-Security-Policy directives beyond script-src and style-src (Astro computes those, with a
 * hash for every inline script and style, and writes them into a <meta> tag on each page). The site
 * loads nothing from other origins, so everything is 'self'. frame-ancestors cannot be set from a
 * <meta> tag: hosts that honour _headers get it (and X-Frame-Options) from src/integrations/headers.ts.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
