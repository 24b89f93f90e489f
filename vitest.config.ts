/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Lines of these folders that the unit tests must run (npm test passes --coverage). */
const COVERED = { lines: 90 };

// Unit tests run through Astro's Vite config so `astro:content` and the container API work. Tests against
// the built sites have their own config: tests/built.vitest.config.ts.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['src/utils/**', 'src/schemas/**', 'src/charts/**'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        'src/utils/**': COVERED,
        'src/schemas/**': COVERED,
        'src/charts/**': COVERED,
      },
    },
  },
});
