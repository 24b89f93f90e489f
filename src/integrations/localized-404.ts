import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANG, LANGS } from '../core/locales.ts';

/** Where each language's 404 page is written ("fr/404/index.html") and where hosts look for it ("fr/404.html"). */
export function localized404Moves(langs: readonly string[] = LANGS): { from: string; to: string }[] {
  return langs
    .filter((lang) => lang !== DEFAULT_LANG)
    .map((lang) => ({ from: join(lang, '404', 'index.html'), to: join(lang, '404.html') }));
}

/**
 * Puts the French and Spanish not-found pages where static hosts look for them: /fr/404.html and
 * /es/404.html. With build.format 'directory' Astro writes only the root /404 as 404.html; /fr/404
 * becomes fr/404/index.html, which a host would serve as a normal page at /fr/404/. The pages link
 * with absolute addresses, so moving the file changes nothing in them. Runs before the integrations
 * that read the written files (inline script hashes, _headers).
 */
export function localized404(): AstroIntegration {
  return {
    name: 'ipec-localized-404',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const { from, to } of localized404Moves()) {
          if (!existsSync(join(root, from))) {
            logger.warn(`${from} was not built, so there is no ${to}`);
            continue;
          }
          await rename(join(root, from), join(root, to));
          await rmdir(join(root, from, '..'));
        }
      },
    },
  };
}
