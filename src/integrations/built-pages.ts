import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPageProblems } from '../guard/built.ts';
import { listFilesDeep } from '../core/content-files.ts';

/**
 * After the build, checks every page (builtPageProblems in src/guard/built.ts) and fails the build,
 * listing them, on anything that could act in a reader's browser: an inline script the page's policy
 * does not allow, an event handler attribute, a javascript:/data: link, a script from elsewhere, a
 * <meta http-equiv> refresh, a <style>, markup in Pagefind filters. It only reads the pages.
 */
export function builtPagesCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'ipec-built-pages-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const problems: string[] = [];
        for (const file of listFilesDeep(outDir, ['.html'])) {
          const page = relative(outDir, file);
          problems.push(...builtPageProblems(await readFile(file, 'utf8'), base).map((p) => `${page}: ${p}`));
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
