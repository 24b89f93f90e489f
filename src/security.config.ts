import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cspHash, inlineScriptBodies } from './guard/built.ts';
import { listFilesDeep } from './core/content-files.ts';

/**
 * Content-Security-Policy directives beyond script-src and style-src (Astro computes those, with a
 * hash for every script and style it bundles, and writes them into a <meta> tag on each page). The site
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

/** Folders of the site whose components may hold `<script is:inline>` (code, reviewed as code). */
const SITE_COMPONENT_FOLDERS = ['src/components', 'src/pages'];

/**
 * The hashes of the only inline scripts a page may carry besides those Astro bundles, for
 * security.csp's scriptDirective.hashes: the `<script is:inline>` elements of Starlight's components
 * (theme, search shortcut, sidebar state, tabs), read from the installed package so an upgrade brings
 * its own, and of the site's components. Astro does not hash `is:inline` scripts itself. Content (MDX,
 * YAML) can never add one: the post-build check (src/guard/built.ts) fails on any script the policy
 * does not allow.
 */
export function inlineScriptHashes(root: string): `sha256-${string}`[] {
  // The folder of Starlight's public `components` entry holds all its components.
  const starlight = dirname(createRequire(join(root, 'package.json')).resolve('@astrojs/starlight/components'));
  const files = [starlight, ...SITE_COMPONENT_FOLDERS.map((folder) => join(root, folder))].flatMap((folder) =>
    listFilesDeep(folder, ['.astro']),
  );
  const hashes = files.flatMap((file) => inlineScriptBodies(readFileSync(file, 'utf8')).map(cspHash));
  return [...new Set(hashes)].sort();
}
