/** The content fixtures: a valid site, and bad cases that each break one rule. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEnv } from '../../scripts/build-env.mjs';

export const fixtures = resolve(import.meta.dirname, '../fixtures/content');

export function badCases(): string[] {
  return readdirSync(join(fixtures, 'bad')).sort();
}

/** A temporary folder holding `content/`: the valid site with the cases' files laid over it. */
export function siteWith(...caseNames: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipec-guard-'));
  cpSync(join(fixtures, 'valid'), dir, { recursive: true });
  for (const caseName of caseNames)
    cpSync(join(fixtures, 'bad', caseName, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/**
 * Builds the project in `dir` (a fixture site linking this project's code) at the root with the named
 * integrations switched off (the content guard, to see what another wall catches on its own), through a
 * config file written beside astro.config.mjs. Returns the exit status and the build's output.
 */
export function buildWithout(dir: string, integrations: readonly string[]): { status: number | null; output: string } {
  writeFileSync(
    join(dir, 'without-guard.config.mjs'),
    "import config from './astro.config.mjs';\n" +
      `const off = ${JSON.stringify(integrations)};\n` +
      'export default { ...config, integrations: config.integrations.filter((i) => !off.includes(i.name)) };\n',
  );
  const result = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'without-guard.config.mjs'],
    { cwd: dir, env: buildEnv({ SITE_URL: 'https://ipec-plus.example', BASE_PATH: '' }), encoding: 'utf8' },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}
