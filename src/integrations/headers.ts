import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from './headers-file.ts';
import { listAllFiles } from '../core/content-files.ts';

/**
 * Says in one line when a build has no SITE_URL (it then writes no absolute address: no canonical
 * link, og:url or sitemap, and citations give paths), and writes `_headers` (Netlify and Cloudflare Pages syntax) into the build output once the build and the
 * Pagefind index are done, with every path carrying the configured base. GitHub Pages ignores the file.
 */
export function hostingHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'ipec-hosting-headers',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !process.env.SITE_URL?.trim()) {
          logger.info(
            'SITE_URL is not set: no canonical links, og:url or sitemap, and citations give paths. ' +
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
