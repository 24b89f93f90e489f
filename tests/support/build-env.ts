/**
 * The environment for an `astro build` a test starts: this process's, without what Vitest adds to it
 * (Vite's DEV=1, MODE=test, NODE_ENV=test …), which would make Astro build development pages (Starlight's
 * search dialog then carries a development notice), plus the given variables.
 */
const VITEST_ADDS = new Set(['TEST', 'NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_ADDS.has(key) && !key.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
