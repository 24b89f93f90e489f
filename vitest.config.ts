/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Lines of these folders that the unit tests must run (npm test passes --coverage). */
const COVERED = { lines: 90 };
const PURE_FOLDERS = ['core', 'i18n', 'figures', 'catalogue', 'search', 'navigation', 'schemas', 'charts'].map(
  (folder) => `src/${folder}/**`,
);

// Unit tests run through Astro's Vite config so `astro:content` and the container API work. Tests against
// the built sites have their own config: tests/built.vitest.config.ts.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: PURE_FOLDERS,
      // What reads collections or files for the charts runs in the builds, not in unit tests.
      exclude: ['src/charts/registry.ts', 'src/charts/download-files.ts', 'src/charts/world-atlas.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: Object.fromEntries(PURE_FOLDERS.map((folder) => [folder, COVERED])),
    },
  },
});
