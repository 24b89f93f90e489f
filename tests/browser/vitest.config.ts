import { defineConfig } from 'vitest/config';

// Browser tests drive one Chromium at a time against the built sites in dist/ and dist-sub/.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
