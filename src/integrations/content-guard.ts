import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../guard';
import { formatProblem } from '../core/content-problem';

const isVitestProcess = () => /(^|[\\/])vitest([\\/]|\.mjs$|$)/.test(process.argv[1] ?? '');

/**
 * Stops the build, before Astro reads any content, when a content file breaks a rule; names each draft
 * entry (`draft: true`), which the loaders leave out of the site, and each page or entry whose
 * translation is pending.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'ipec-content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // Vitest loads this config only to compile components for unit tests, which check the guard
        // directly: a new file from `npm run new` that is still being filled in must not stop them.
        if (isVitestProcess()) return;
        const root = fileURLToPath(config.root);
        const { problems, drafts, pendingTranslations } = checkContent(root);
        // One plain line per draft and per pending translation, so what is left out or left in English
        // on purpose is seen; not a warning.
        for (const file of drafts) logger.info(`draft, not published: ${file}`);
        for (const { file, langs, reason } of pendingTranslations)
          logger.info(`translation pending (${langs.join(', ')}): ${file}: ${reason}`);
        if (problems.length === 0) return;
        const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
        logger.error(`${problems.length} problem(s) in content files:\n${list}`);
        // The list is in the log above; a short error keeps Astro from appending hints meant for code
        // (it suggests browser APIs whenever an error mentions "document" or "window").
        throw new Error(`Content check failed: ${problems.length} problem(s) in content files, listed above.`);
      },
    },
  };
}
