// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseComponentLinks, baseLinks } from './src/markdown/base-links.ts';
import { pageTypography } from './src/markdown/typography.ts';
import { siteUrl } from './src/site.config.ts';
import { normalizeBase } from './src/core/base.ts';
import { siteSidebar } from './src/navigation/sidebar.ts';
import { CSP_DIRECTIVES, inlineScriptHashes } from './src/security.config.ts';
import { builtPagesCheck } from './src/integrations/built-pages.ts';
import { hostingHeaders } from './src/integrations/headers.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { offlineReading } from './src/integrations/offline.ts';
import { SEARCH_RANKING } from './src/search/ranking.ts';
import { STARLIGHT_LOCALES } from './src/core/locales.ts';
import { inEveryLanguage } from './src/i18n/ui-strings.ts';

const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site: siteUrl(process.env.SITE_URL),
  base,
  trailingSlash: 'always',
  // Caches stay inside the checkout (not node_modules), so several checkouts can share one node_modules.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  // Component styles go to cached CSS files, not into every page's <head> (Astro inlines small ones by
  // default: Starlight's card and steps styles then weighed about 1.2 KB gzip on every page).
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Pagefind compiles its search index reader from WebAssembly. Astro hashes the scripts it bundles,
      // not `is:inline` ones: those of Starlight's and the site's components are hashed here.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes(fileURLToPath(new URL('.', import.meta.url))),
      },
      // Starlight sets CSS custom properties in style="" attributes (icon sizes, sidebar depth), and
      // Pagefind's UI sets element styles; attribute styles cannot run code.
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Starlight highlights code with Expressive Code; Astro's Shiki pass would need inline styles (blocked by the CSP).
  markdown: {
    processor: satteri({ mdastPlugins: [baseLinks(base)], hastPlugins: [baseComponentLinks(base), pageTypography()] }),
    syntaxHighlight: false,
  },
  integrations: [
    contentGuard(),
    starlight({
      title: inEveryLanguage('site.title'),
      description: inEveryLanguage('site.description').en,
      favicon: '/favicon.svg',
      // English at the root, French under /fr/, Spanish under /es/ (src/core/locales.ts).
      defaultLocale: 'root',
      locales: STARLIGHT_LOCALES,
      lastUpdated: false,
      disable404Route: true,
      routeMiddleware: [
        './src/route-data.ts',
        './src/route-head.ts',
        './src/route-toc.ts',
        './src/route-pagination.ts',
      ],
      pagination: true,
      customCss: ['./src/styles/site.css'],
      // Long lines in code blocks wrap instead of scrolling sideways: easier on phones, and a scrolling
      // <pre> must be keyboard-focusable (axe: scrollable-region-focusable).
      expressiveCode: { defaultProps: { wrap: true } },
      components: {
        Header: './src/components/overrides/Header.astro',
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Footer: './src/components/overrides/Footer.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        Pagination: './src/components/overrides/Pagination.astro',
      },
      sidebar: siteSidebar(),
      pagefind: { ranking: SEARCH_RANKING },
    }),
    mdx(),
    localized404(),
    builtPagesCheck(),
    // After the pages and the search index (it hashes their final files), before _headers.
    offlineReading(),
    hostingHeaders(),
  ],
});
