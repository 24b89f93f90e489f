import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addInlineHashes } from '../utils/csp-inline.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** After the build, completes each page's CSP <meta> with the hashes of its `is:inline` scripts and styles. */
export function cspInlineHashes(): AstroIntegration {
  return {
    name: 'ipec-csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const updated = addInlineHashes(html);
          if (updated !== html) await writeFile(file, updated);
        }
      },
    },
  };
}
