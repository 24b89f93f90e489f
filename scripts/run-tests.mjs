#!/usr/bin/env node
/**
 * `npm test`: every test the project has, in order.
 *   0. static checks, each at zero errors: types (astro check for src/ and tests/, tsc for scripts/)
 *      lint (ESLint with typescript-eslint and eslint-plugin-astro, and knip for unused files, exports and
 *      dependencies) and format (Prettier with its Astro plugin);
 *      astro check runs beside the others
 *   1. unit tests (tests/unit/, vitest, mirroring src/ and scripts/): schemas, content guard, data, chart
 *      functions, components, content invariants; with coverage, which must reach 90 % of the lines of
 *      each pure feature folder of src/ (listed in vitest.config.ts)
 *   2. two builds of the site (npm run build, with SITE_URL set): at the root (dist/) and under
 *      /ipec-plus/ (dist-sub/); any build warning other than the upstream MODULE_LEVEL_DIRECTIVE one fails
 *   3. tests against the builds (tests/built.vitest.config.ts), in one vitest run: what pages show and do
 *      on the root build, the sub-path build where its base matters (tests/site/sub-path.test.ts):
 *      - tests/site/, the built files without a browser: crawl (links, anchors, assets, base path),
 *        valid HTML on every page (html-validate), page-weight (budgets, no JS beyond Starlight's on
 *        text pages), site URL, seed coverage, the two builds holding the same files once the base is
 *        out (which also shows the build reproducible: no third build), bad content stopping a real build
 *      - tests/browser/, in Debian's Chromium through playwright-core: a11y (@axe-core/playwright, light
 *        and dark), keyboard, no-external-requests (and CSP violations), search, catalogue, charts…
 * Chromium is installed with apt-get when missing and we run as root; otherwise we stop with the
 * command to run. Nothing is skipped silently.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unexpectedWarnings } from './build-warnings.mjs';

const root = resolve(import.meta.dirname, '..');
// Both builds get a SITE_URL, as a deployed build must (without one the build warns, and warnings fail
// here); the .example domain is reserved, so nothing can ever be fetched from it. Browser tests read it
// too (crawl checks the site's own absolute URLs; site-url checks no output names localhost).
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  SITE_URL: process.env.SITE_URL || 'https://ipec-plus.example',
};
const node = process.execPath;
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0 };

/**
 * Runs a Node script of the project with the test environment, printing its label first.
 * @param {string} label what is run, as printed
 * @param {string[]} args the script and its arguments
 * @param {Record<string, string>} [extraEnv] added to the environment
 * @param {{ capture?: boolean }} [options] `capture`: collect the output (and print it when done)
 * @returns {import('node:child_process').SpawnSyncReturns<string>}
 */
function run(label, args, extraEnv = {}, { capture = false } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(node, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (capture) process.stdout.write(result.stdout + result.stderr);
  return result;
}

/**
 * Runs a Node script of the project like `run`, without waiting: its output is collected and printed,
 * under its label, once it ends, so checks that run side by side do not interleave their lines.
 * @param {string} label what is run, as printed
 * @param {string[]} args the script and its arguments
 * @returns {Promise<{ status: number | null, output: string }>}
 */
function runAside(label, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(node, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      console.log(`\n▶ ${label}`);
      process.stdout.write(output);
      resolvePromise({ status, output });
    });
  });
}

/**
 * Prints the failure and the totals so far, and ends the run.
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`\n✗ ${message}`);
  console.log(`\ntests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
  process.exit(1);
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  if (process.getuid?.() !== 0) {
    fail(
      `Chromium is missing at ${chromium}: install it with "sudo apt-get install -y chromium" (or set CHROME_PATH), then run npm test again.`,
    );
  }
  console.log("▶ Chromium is missing: installing Debian's chromium with apt-get");
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const r = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) fail(`apt-get ${args.join(' ')} failed`);
  }
  if (!existsSync(chromium)) fail(`apt-get finished but ${chromium} is still missing`);
}

/**
 * A vitest run whose counts are added to the totals; a failure (or no test at all) stops the run.
 * @param {string} label
 * @param {string[]} configArgs arguments after `vitest run`
 */
function vitest(label, configArgs) {
  const report = join(mkdtempSync(join(tmpdir(), 'ipec-tests-')), 'report.json');
  const result = run(label, [
    'node_modules/vitest/vitest.mjs',
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    if (json.numTotalTests === 0) fail(`${label}: no tests ran`);
  }
  if (result.status !== 0) fail(`${label} failed`);
}

/**
 * A build of the site into `outDir`; a failure or an unexpected warning stops the run.
 * @param {string} label
 * @param {string} outDir
 * @param {Record<string, string>} extraEnv e.g. BASE_PATH
 */
function build(label, outDir, extraEnv) {
  const result = run(label, ['scripts/build.mjs', '--outDir', outDir], extraEnv, { capture: true });
  if (result.status !== 0) fail(`${label} failed`);
  const warnings = unexpectedWarnings(result.stdout + result.stderr);
  if (warnings.length) fail(`${label} printed warnings:\n${warnings.join('\n')}`);
}

/**
 * The static checks, each at zero errors: its own output says what is wrong.
 * @type {[string, string[]][]}
 */
const STATIC_CHECKS = [
  [
    'Type-check: src/ and tests/ (astro check)',
    ['node_modules/astro/bin/astro.mjs', 'check', '--minimumFailingSeverity', 'warning'],
  ],
  ['Type-check: scripts/ (tsc -p scripts)', ['node_modules/typescript/bin/tsc', '-p', 'scripts']],
  [
    'Lint (ESLint)',
    ['node_modules/eslint/bin/eslint.js', '--config', 'scripts/eslint.config.mjs', '--max-warnings', '0', '.'],
  ],
  [
    'Unused files, exports and dependencies (knip, config in knip.json)',
    ['node_modules/knip/bin/knip.js', '--no-progress'],
  ],
  [
    'Format (Prettier, config in package.json; content/ is checked by the content guard instead)',
    ['node_modules/prettier/bin/prettier.cjs', '--check', '.'],
  ],
];

/**
 * @param {[string, string[]][]} checks
 * @returns {Promise<{ status: number | null, output: string }[]>}
 */
async function oneAfterAnother(checks) {
  const results = [];
  for (const [label, args] of checks) results.push(await runAside(label, args));
  return results;
}

// astro check runs beside the other checks (the machine has two cores, and it keeps one busy for most of
// the time they take together); each check's output is printed whole when it ends.
const [typeCheck, ...otherChecks] = STATIC_CHECKS;
const [typed, others] = await Promise.all([runAside(...typeCheck), oneAfterAnother(otherChecks)]);
[typed, ...others].forEach(({ status }, i) => {
  if (status !== 0) {
    totals.failed += 1;
    fail(`${STATIC_CHECKS[i][0]} failed`);
  }
  totals.passed += 1;
});
ensureChromium();
vitest('Unit tests, with coverage', ['--coverage']);
build('Build at the root (dist/)', 'dist', { BASE_PATH: '' });
build('Build under /ipec-plus/ (dist-sub/)', 'dist-sub', { BASE_PATH: '/ipec-plus/' });
vitest('Built-site and browser tests', ['--config', 'tests/built.vitest.config.ts']);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
