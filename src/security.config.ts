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

/**
 * The only inline scripts a page may carry, besides the scripts Astro bundles and hashes itself: the
 * `<script is:inline>` elements of these components, identified by the hash of their text.
 * - Starlight's, listed one by one (paths inside its dist/ folder) and read from the installed package,
 *   so an upgrade that changes one of them is allowed with it, and a new one fails the build until listed.
 * - The site's own: every .astro component under these folders (code, reviewed as code).
 * Content (MDX, YAML) can never add one: the build fails on any other inline script.
 */
export const INLINE_SCRIPT_COMPONENTS = {
  starlight: [
    'components/ThemeProvider.astro',
    'components/ThemeSelect.astro',
    'components/Search.astro',
    'components/SidebarPersister.astro',
    'user-components/Tabs.astro',
  ],
  siteFolders: ['src/components', 'src/pages'],
} as const;
