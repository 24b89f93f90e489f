import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { LANGS, type Lang } from '../core/locales';
import { offlineLanguagesOf, offlineUrl } from '../offline/files';
import { OFFLINE_SIZES_FILE, SERVICE_WORKER_FILE } from '../offline/names';

/** One language's offline set: the precache entries and what they weigh (bytes as stored, uncompressed). */
export interface OfflineSet {
  entries: { url: string; revision: string | null }[];
  bytes: number;
}

/** Files named by their content hash: their address changes with them, so they need no revision. */
const HASHED_FILES = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/)/;

/**
 * Each language's offline set in a built site, from Workbox's precache manifest (an MD5 revision of each
 * file's content; none for hashed file names).
 */
export async function offlineSets(outDir: string, base: string): Promise<Record<Lang, OfflineSet>> {
  const sizes = new Map<string, number>();
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, OFFLINE_SIZES_FILE],
    dontCacheBustURLsMatching: HASHED_FILES,
    // The largest page (the full catalogue) is under 1 MB; nothing saved should come near this.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    manifestTransforms: [
      (entries) => {
        for (const entry of entries) sizes.set(entry.url, entry.size);
        return { manifest: entries.filter((entry) => offlineLanguagesOf(entry.url).length > 0), warnings: [] };
      },
    ],
  });
  if (warnings.length) throw new Error(`offline manifest: ${warnings.join('; ')}`);
  const sets = Object.fromEntries(LANGS.map((lang): [Lang, OfflineSet] => [lang, { entries: [], bytes: 0 }])) as Record<
    Lang,
    OfflineSet
  >;
  for (const { url: file, revision } of manifestEntries) {
    for (const lang of offlineLanguagesOf(file)) {
      sets[lang].entries.push({ url: offlineUrl(file, base), revision: revision ?? null });
      sets[lang].bytes += sizes.get(file) ?? 0;
    }
  }
  return sets;
}

/**
 * Writes the service worker (src/client/service-worker.ts with its Workbox modules, bundled, and this
 * build's offline sets written in) and offline.json (each language's size, which the save control
 * shows before it starts) into a built site.
 */
export async function writeServiceWorker(
  outDir: string,
  base: string,
  root: string,
): Promise<Record<Lang, OfflineSet>> {
  const sets = await offlineSets(outDir, base);
  const manifest = Object.fromEntries(LANGS.map((lang) => [lang, sets[lang].entries]));
  const buildId = createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
  await build({
    entryPoints: [join(root, 'src/client/service-worker.ts')],
    outfile: join(outDir, SERVICE_WORKER_FILE),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      // Workbox's modules log in development builds only.
      'process.env.NODE_ENV': '"production"',
      __OFFLINE_MANIFEST__: JSON.stringify(manifest),
      __OFFLINE_BUILD__: JSON.stringify(buildId),
      __OFFLINE_BASE__: JSON.stringify(base.endsWith('/') ? base : `${base}/`),
    },
  });
  const summary = Object.fromEntries(
    LANGS.map((lang) => [lang, { bytes: sets[lang].bytes, files: sets[lang].entries.length }]),
  );
  await writeFile(join(outDir, OFFLINE_SIZES_FILE), `${JSON.stringify(summary)}\n`);
  return sets;
}

/**
 * After the build (pages, Pagefind's index and the security pass all done: list it after them), writes
 * the service worker that lets readers save the site for offline use, and logs each language's size.
 */
export function offlineReading(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'ipec-offline-reading',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const sets = await writeServiceWorker(fileURLToPath(dir), base, root);
        const sizes = LANGS.map(
          (lang) => `${lang} ${(sets[lang].bytes / 1_000_000).toFixed(1)} MB (${sets[lang].entries.length} files)`,
        );
        logger.info(`service worker written; offline sets: ${sizes.join(', ')}`);
      },
    },
  };
}
