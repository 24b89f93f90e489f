/**
 * Temporary Astro projects for measurements: a bare Starlight site (default config only) and a copy of
 * this site's setup, each given the same generated MDX pages. Both link this checkout's node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
/**
 * Temp projects live in .astro/bench/ inside the checkout: Astro fails to compile Starlight's
 * components through a node_modules symlink from a project under /tmp (it mangles the path).
 */
function tempProject(prefix) {
  const parent = join(ROOT, '.astro', 'bench');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

const TOPICS = ['child labour', 'forced labour', 'supply chains', 'social dialogue', 'rural economy', 'education'];

/** The MDX text of generated page `i`: headings, paragraphs, a list, a table and links to neighbours. */
export function syntheticPage(i, count) {
  const topic = TOPICS[i % TOPICS.length];
  const next = (i + 1) % count;
  return `---
title: Synthetic page ${i} on ${topic}
description: Generated page ${i} for build benchmarks.
---

## Overview of ${topic}

Page ${i} of ${count} describes ${topic} with enough prose to resemble a guidance page. It links to
[the next generated page](/generated/page-${next}/) and back to [the first one](/generated/page-0/).

## Steps

- Identify the actors involved in ${topic}.
- Agree on the measures with the social partners.
- Review what was done and report on it.

| Step | Who |
| ---- | --- |
| Identify | Government |
| Agree | Social partners |

### Further reading

Each section has a heading so the table of contents and the search index have work to do.
`;
}

function writePages(docsDir, count) {
  mkdirSync(join(docsDir, 'generated'), { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(docsDir, 'generated', `page-${i}.mdx`), syntheticPage(i, count));
}

/** A bare Starlight project: default config, src/content/docs holding `count` generated pages. */
export function bareProject(count) {
  const dir = tempProject('bare-starlight-');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // Same dependency list as this site: Vite decides from it which packages to bundle for rendering.
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
            // Caches inside the temp project, never in the shared node_modules.
      `export default defineConfig({ cacheDir: './.astro/cache', vite: { cacheDir: './.astro/vite' },\n` +
      `  integrations: [starlight({ title: 'Bare Starlight' })] });\n`,
  );
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.mdx'), `---\ntitle: Bare Starlight\n---\n\nA bare Starlight site.\n`);
  writeFileSync(join(dir, 'src/content/docs/guide.mdx'), syntheticPage(0, 1).replace(/\[[^\]]+\]\([^)]+\)/g, 'link'));
  writePages(join(dir, 'src/content/docs'), count);
  return dir;
}

/** This site's setup (config, src, public, content other than docs pages) plus `count` generated pages. */
export function siteProject(count) {
  const dir = tempProject('ipec-synthetic-');
  for (const name of ['node_modules', 'src', 'public']) symlinkSync(join(ROOT, name), join(dir, name));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(dir, name));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  writePages(join(dir, 'content/docs'), count);
  return dir;
}

/**
 * Builds the project in `dir`; returns wall time, peak memory (max RSS, from /usr/bin/time -v when
 * present, else from the child's resource usage) and the exit status.
 */
export function buildProject(dir, { outDir = 'dist', env = {} } = {}) {
  const node = process.execPath;
  // Under a test runner NODE_ENV is "test", which changes what Astro and Starlight build: drop it.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  const args = [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
  const timed = spawnSync('/usr/bin/time', ['-v', node, ...args], { cwd: dir, encoding: 'utf8', env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 512 * 1024 * 1024 });
  if (timed.error) {
    const started = performance.now();
    const plain = spawnSync(node, args, { cwd: dir, encoding: 'utf8', env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 512 * 1024 * 1024 });
    const seconds = (performance.now() - started) / 1000;
    return { status: plain.status, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, output: plain.stdout + plain.stderr };
  }
  const field = (name) => timed.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim();
  const [m, s] = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0:0').split(':').slice(-2);
  return {
    status: timed.status,
    seconds: Number(m) * 60 + Number(s),
    maxRssMb: Number(field('Maximum resident set size \\(kbytes\\)') ?? 0) / 1024,
    output: timed.stdout + timed.stderr,
  };
}
