import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INLINE_SCRIPT_COMPONENTS } from '../security.config.ts';
import { listFilesDeep } from '../utils/content-files.ts';
import { cspHash, inlineScriptBodies, securePage } from '../utils/csp-inline.ts';

/** Hashes of the inline scripts in the allow-listed components (src/security.config.ts). */
export function allowedInlineScriptHashes(root: string): Set<string> {
  const starlightDist = dirname(createRequire(join(root, 'package.json')).resolve('@astrojs/starlight/components'));
  const files = [
    ...INLINE_SCRIPT_COMPONENTS.starlight.map((path) => join(starlightDist, path)),
    ...INLINE_SCRIPT_COMPONENTS.siteFolders.flatMap((folder) => listFilesDeep(join(root, folder), ['.astro'])),
  ];
  return new Set(files.flatMap((file) => inlineScriptBodies(readFileSync(file, 'utf8')).map(cspHash)));
}

/**
 * After the build, checks every page and completes its CSP <meta> (src/utils/csp-inline.ts): allowed
 * inline scripts get their hashes, the policy moves to the top of <head>, and any other inline script,
 * event handler attribute or javascript:/data: link fails the build, as does anything wallProblems
 * finds (a script from elsewhere, a <meta http-equiv> refresh, a <style>, markup in Pagefind filters).
 */
export function cspInlineHashes(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'ipec-csp-inline-hashes',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const allowed = allowedInlineScriptHashes(root);
        const problems: string[] = [];
        for (const file of listFilesDeep(outDir, ['.html'])) {
          const html = await readFile(file, 'utf8');
          const secured = securePage(html, allowed, base);
          const page = relative(outDir, file);
          problems.push(...secured.problems.map((problem) => `${page}: ${problem}`));
          if (secured.html !== html) await writeFile(file, secured.html);
        }
        if (problems.length === 0) return;
        const list = problems.map((p) => `  - ${p}`).join('\n');
        logger.error(`${problems.length} unsafe element(s) in built pages:\n${list}`);
        // The list is in the log above; a short error keeps Astro from appending hints meant for code.
        throw new Error(`Security check failed: ${problems.length} unsafe element(s) in built pages, listed above.`);
      },
    },
  };
}
