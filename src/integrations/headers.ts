import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../utils/headers-file.ts';
import { listAllFiles } from '../utils/content-files.ts';
import { DEFAULT_SITE_URL } from '../site.config.ts';

/**
 * Warns when a build has no SITE_URL (its canonical links, og:url, sitemap and robots.txt would name
 * localhost), and writes `_headers` (Netlify and Cloudflare Pages syntax) into the build output once the build and the
 * Pagefind index are done, with every path carrying the configured base. GitHub Pages ignores the file.
 */
export function hostingHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'ipec-hosting-headers',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !process.env.SITE_URL?.trim()) {
          logger.warn(
            `SITE_URL is not set, so canonical links, og:url, the sitemap and robots.txt name ${DEFAULT_SITE_URL}. ` +
              'Set SITE_URL to the address the site is served from (e.g. SITE_URL=https://www.example.org) for a build you deploy.',
          );
        }
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        await writeFile(join(root, '_headers'), headersFile(listAllFiles(root), base));
      },
    },
  };
}
