#!/usr/bin/env node
/**
 * `npm run build [-- --outDir dist-sub]`: `astro build` into a temporary folder beside the output
 * folder, moved into place only when the whole build (pages, search index, security checks, _headers)
 * has succeeded. A failed build leaves no output folder at all, so a half-written one can never be
 * mistaken for a complete site and deployed. Telemetry is off (no network lookup at build time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = resolve(root, outIndex === -1 ? 'dist' : (args[outIndex + 1] ?? 'dist'));
const partial = `${outDir}.partial`;
const passOn = outIndex === -1 ? args : args.filter((_, i) => i !== outIndex && i !== outIndex + 1);

rmSync(partial, { recursive: true, force: true });
const result = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', partial, ...passOn],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);

if (result.status !== 0) {
  rmSync(partial, { recursive: true, force: true });
  const hadOutput = existsSync(outDir);
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\nBuild failed: nothing was written${hadOutput ? `, and the previous ${outDir} was removed (it no longer matches the sources)` : ''}.`,
  );
  process.exit(result.status ?? 1);
}
rmSync(outDir, { recursive: true, force: true });
renameSync(partial, outDir);
