/**
 * The environment for an `astro build` that a test or a measuring script starts: this process's, without
 * what a test runner adds to it. Vitest sets Vite's DEV=1, MODE=test, NODE_ENV=test … in process.env, which
 * would make Astro build development pages (Starlight's search dialog then carries a development notice),
 * so a build started from a test would differ from `npm run build`.
 */
const TEST_RUNNER_ADDS = new Set(['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * @param {Record<string, string>} [extra] variables to set on top
 * @returns {NodeJS.ProcessEnv}
 */
export function buildEnv(extra = {}) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !TEST_RUNNER_ADDS.has(key) && !key.startsWith('VITEST')),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
