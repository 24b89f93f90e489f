import { defineConfig } from 'vitest/config';

// Tests against the built sites in dist/ and dist-sub/: checks of the files (tests/site/) and checks in
// Chromium (tests/browser/). One file at a time: builds and Chromium each want the whole machine.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Retrying assertions (expect.poll) wait for what a page does, up to this long on a busy machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
