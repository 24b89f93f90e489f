/**
 * `npm run build` (scripts/build.mjs) never leaves a half-written output folder: it builds into a
 * temporary folder and moves it into place only on success. Shown with a stand-in for astro that
 * writes part of a site and then fails, or succeeds (no real build needed).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** A project holding scripts/build.mjs and a fake astro that writes index.html, then exits with `status`. */
function projectWithAstro(status: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipec-build-script-'));
  cpSync(join(root, 'scripts/build.mjs'), join(dir, 'scripts/build.mjs'));
  mkdirSync(join(dir, 'node_modules/astro/bin'), { recursive: true });
  writeFileSync(
    join(dir, 'node_modules/astro/bin/astro.mjs'),
    `import { mkdirSync, writeFileSync } from 'node:fs';
const out = process.argv[process.argv.indexOf('--outDir') + 1];
mkdirSync(out, { recursive: true });
writeFileSync(out + '/index.html', 'telemetry ' + process.env.ASTRO_TELEMETRY_DISABLED);
process.exit(${status});
`,
  );
  return dir;
}

const build = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(dir, 'scripts/build.mjs'), ...args], { cwd: dir, encoding: 'utf8' });

describe('npm run build', () => {
  it('moves a successful build into place, with telemetry off', () => {
    const dir = projectWithAstro(0);
    expect(build(dir).status).toBe(0);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('telemetry 1');
    expect(existsSync(join(dir, 'dist.partial'))).toBe(false);
  });

  it('leaves no output folder, half-written or stale, when the build fails', () => {
    const dir = projectWithAstro(1);
    mkdirSync(join(dir, 'dist-sub'));
    writeFileSync(join(dir, 'dist-sub/index.html'), 'an earlier build');
    const result = build(dir, '--outDir', 'dist-sub');
    expect(result.status).toBe(1);
    expect(existsSync(join(dir, 'dist-sub'))).toBe(false);
    expect(existsSync(join(dir, 'dist-sub.partial'))).toBe(false);
    expect(result.stderr).toContain('Build failed: nothing was written');
  });
});
