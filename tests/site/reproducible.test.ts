/**
 * Reproducibility gate: a fresh build of the checkout is byte-identical to the sub-path build that
 * `npm test` made before these tests (dist-sub/, built with the same BASE_PATH and SITE_URL), so one more
 * build proves it instead of two. Differing paths are listed (a timestamp in a sitemap, an unordered
 * index, a random id would show up here).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS, ROOT } from '../support/harness.ts';
import { buildProject } from '../../scripts/bare-starlight.mjs';

/** Path → sha256 of every file under `dir`. */
export function fileHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

export function differingPaths(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('reproducible build', () => {
  it('reports a path whose content differs (the comparison can fail)', () => {
    const a = new Map([
      ['index.html', 'aa'],
      ['robots.txt', 'bb'],
    ]);
    const b = new Map([
      ['index.html', 'aa'],
      ['robots.txt', 'cc'],
      ['extra.js', 'dd'],
    ]);
    expect(differingPaths(a, b)).toEqual(['extra.js', 'robots.txt']);
  });

  it('gives the same files in a fresh build as in the earlier build of the same commit', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'ipec-repro-'));
    outDirs.push(outDir);
    const result = buildProject(ROOT, { outDir, env: { BASE_PATH: BUILDS.sub.base } });
    if (result.status !== 0) throw new Error(`build failed:\n${result.output.slice(-2000)}`);
    const fresh = fileHashes(outDir);
    expect(fresh.size).toBeGreaterThan(10);
    expect(differingPaths(fileHashes(BUILDS.sub.dir), fresh)).toEqual([]);
  }, 600_000);
});
