import { defineConfig } from 'vitest/config';

// Tests against the built sites in dist/ and dist-sub/: checks of the files (tests/site/) and checks in
// Chromium (tests/browser/). Two files at a time on the 2-core machine the suite is sized for: a browser test
// spends much of its time waiting on the page it drives, so a second file fills the gaps (on this machine
// the built tests took 460 s instead of about 600 s one at a time); the retrying assertions and
// timeouts below allow for the shared CPU.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Retrying assertions (expect.poll) wait for what a page does, up to this long on a busy machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
