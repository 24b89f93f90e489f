/**
 * Temporary Astro projects for measurements: a bare Starlight site and a copy of this site's setup,
 * each given the same generated MDX pages, listed in the same sidebar group, built with the same
 * Markdown processor (Sätteri, no syntax highlighting) and Expressive Code settings. Both link this
 * checkout's node_modules. The site copy can also be given generated tool entries.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readVocab } from './new-entry.mjs';
import { buildEnv } from './build-env.mjs';

export const ROOT = resolve(import.meta.dirname, '..');
/**
 * Temp projects live in .astro/bench/ inside the checkout: Astro fails to compile Starlight's
 * components through a node_modules symlink from a project under /tmp (it mangles the path).
 * @param {string} prefix start of the folder's name
 * @returns {string} the new folder
 */
function tempProject(prefix) {
  const parent = join(ROOT, '.astro', 'bench');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

const TOPICS = ['child labour', 'forced labour', 'supply chains', 'social dialogue', 'rural economy', 'education'];

/**
 * The MDX text of generated page `i`: headings, paragraphs, a list, a table and links to neighbours.
 * @param {number} i
 * @param {number} count how many pages are generated (the links wrap round)
 * @returns {string}
 */
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

/**
 * The sidebar group listing the generated pages, the same in both projects: one explicit entry per
 * page, by slug (Starlight looks each up in the docs collection, as autogenerate would).
 * @param {number} count
 * @returns {{ label: string, items: { slug: string }[] }}
 */
export function generatedGroup(count) {
  const items = Array.from({ length: count }, (_, i) => ({ slug: `generated/page-${i}` }));
  return { label: 'Generated pages', items };
}

/** Markdown settings this site uses, which the bare project gets too (see astro.config.mjs). */
const SHARED_STARLIGHT_OPTIONS = `expressiveCode: { defaultProps: { wrap: true } }`;
const SHARED_MARKDOWN = `markdown: { processor: satteri(), syntaxHighlight: false }`;

/**
 * Writes `count` generated pages into `docsDir`/generated.
 * @param {string} docsDir
 * @param {number} count
 */
function writePages(docsDir, count) {
  mkdirSync(join(docsDir, 'generated'), { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(docsDir, 'generated', `page-${i}.mdx`), syntheticPage(i, count));
}

/**
 * A bare Starlight project: default config, src/content/docs holding `count` generated pages.
 * @param {number} count
 * @returns {string} the project's folder
 */
export function bareProject(count) {
  const dir = tempProject('bare-starlight-');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // Same dependency list as this site: Vite decides from it which packages to bundle for rendering.
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
      `import { satteri } from '@astrojs/markdown-satteri';\n` +
      // Caches inside the temp project, never in the shared node_modules.
      `export default defineConfig({ cacheDir: './.astro/cache', vite: { cacheDir: './.astro/vite' }, ${SHARED_MARKDOWN},\n` +
      `  integrations: [starlight({ title: 'Bare Starlight', ${SHARED_STARLIGHT_OPTIONS},\n` +
      `    sidebar: [{ label: 'Guide', items: [{ slug: 'guide' }] }, ${JSON.stringify(generatedGroup(count))}] })] });\n`,
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

const SIDEBAR_IMPORT = "import { siteSidebar } from './src/navigation/sidebar.ts';";

/**
 * A sidebar entry as astro.config.mjs gives it to Starlight: a link, a page by slug, an autogenerated or
 * a nested group; only the fields that say which pages it lists.
 * @typedef {{ slug?: string, link?: string, autogenerate?: { directory?: string }, items?: SidebarEntry[] }} SidebarEntry
 */

/**
 * Whether a sidebar entry (or any entry inside it) points at the generated pages.
 * @type {(item: SidebarEntry) => boolean}
 */
const mentionsGenerated = (item) =>
  /(^|\/)generated(\/|$)/.test(String(item.slug ?? item.link ?? item.autogenerate?.directory ?? '')) ||
  (Array.isArray(item.items) && item.items.some(mentionsGenerated));

/**
 * This site's setup (config, src, public, content other than docs pages) plus `count` generated pages,
 * listed in the sidebar group bare Starlight gets. The copied astro.config.mjs has its sidebar import
 * wrapped: whatever src/navigation/sidebar.ts builds, any entry it makes for content/docs/generated is dropped
 * and the shared group appended, so both projects list the generated pages once, the same way.
 * `tools` generated tool entries (see writeTools) can be added to content/tools.
 * @param {number} count generated pages
 * @param {{ tools?: number }} [options]
 * @returns {string} the project's folder
 */
export function siteProject(count, { tools = 0 } = {}) {
  const dir = tempProject('ipec-synthetic-');
  for (const name of ['node_modules', 'src', 'public']) symlinkSync(join(ROOT, name), join(dir, name));
  for (const name of ['package.json', 'tsconfig.json']) cpSync(join(ROOT, name), join(dir, name));
  const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
  if (!config.includes(SIDEBAR_IMPORT))
    throw new Error(`astro.config.mjs no longer has the line ${SIDEBAR_IMPORT}: update siteProject()`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    config.replace(
      SIDEBAR_IMPORT,
      `import { siteSidebar as readSiteSidebar } from './src/navigation/sidebar.ts';\n` +
        `const mentionsGenerated = ${mentionsGenerated.toString()};\n` +
        `const siteSidebar = () => [...readSiteSidebar().filter((item) => !mentionsGenerated(item))${count > 0 ? `, ${JSON.stringify(generatedGroup(count))}` : ''}];`,
    ),
  );
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  writePages(join(dir, 'content/docs'), count);
  if (tools > 0) writeTools(join(dir, 'content/tools'), tools);
  return dir;
}

const WORDS = [
  'assessment',
  'cocoa',
  'cotton',
  'due diligence',
  'education',
  'fisheries',
  'garment',
  'inspection',
  'mining',
  'migration',
  'monitoring',
  'recruitment',
  'remediation',
  'rural',
  'social protection',
  'statistics',
  'survey',
  'training',
  'trafficking',
  'youth',
];
const SHAPES = [
  'Guide to',
  'Toolkit on',
  'Handbook for',
  'Course on',
  'Data on',
  'Brief on',
  'Platform for',
  'Campaign on',
];

/**
 * `count` tool files (gen-tool-<i>.yaml) that pass the real schemas and content guard: values are taken
 * from the vocabularies in src/schemas/vocab.ts (read as the scaffold reads them), spread so every
 * facet value has tools; titles and descriptions vary so text filters and search have work to do.
 * @param {string} toolsDir
 * @param {number} count
 */
export function writeTools(toolsDir, count) {
  const vocab = readVocab(ROOT);
  /** @type {(list: string[], i: number, n?: number) => string[]} */
  const pick = (list, i, n = 1) =>
    Array.from({ length: n }, (_, k) => list[(i + k * 3) % list.length]).filter((v, k, all) => all.indexOf(v) === k);
  for (let i = 0; i < count; i++) {
    const word = WORDS[i % WORDS.length];
    const other = WORDS[(i * 7 + 3) % WORDS.length];
    const title = `${SHAPES[i % SHAPES.length]} ${word} and ${other}, number ${i}`;
    const description =
      `A generated resource on ${word} and ${other} for catalogue benchmarks, entry ${i}. ` +
      `It explains how ${other} relates to ${word} in programme work and who can use it.`;
    const yaml = [
      `title: ${JSON.stringify(title)}`,
      `description: ${JSON.stringify(description)}`,
      `kind: ${vocab.TOOL_KINDS[i % vocab.TOOL_KINDS.length]}`,
      `topics: ${JSON.stringify(pick(vocab.TOPICS, i, 1 + (i % 3 === 0 ? 1 : 0)))}`,
      `pillars: ${JSON.stringify(pick(vocab.PILLARS, i, 1 + (i % 4 === 0 ? 1 : 0)))}`,
      `audiences: ${JSON.stringify(pick(vocab.AUDIENCES, i, 1 + (i % 3)))}`,
      `publisher: International Labour Organization`,
      `year: ${2000 + (i % 25)}`,
      `mentionedIn: [${vocab.SEED_DOCUMENTS[i % vocab.SEED_DOCUMENTS.length]}]`,
      // Every tool is published in three languages, as the guard requires: a descriptive title and a
      // description in each (generated, so their words differ from the English ones as a translation's do).
      'translations:',
      ...['fr', 'es'].flatMap((lang) => [
        `  ${lang}:`,
        `    descriptiveTitle: ${JSON.stringify(`${title} (${lang})`)}`,
        `    description: ${JSON.stringify(`${lang}: ${description}`)}`,
      ]),
    ].join('\n');
    writeFileSync(join(toolsDir, `gen-tool-${i}.yaml`), `${yaml}\n`);
  }
}

/**
 * Builds the project in `dir`; returns wall time, CPU time, peak memory (max RSS, from /usr/bin/time -v when
 * present, else from the child's resource usage) and the exit status.
 * @param {string} dir the project
 * @param {{ outDir?: string, env?: Record<string, string> }} [options] `env` is added to the environment
 * @returns {{ status: number | null, seconds: number, cpuSeconds: number, maxRssMb: number, output: string }}
 */
export function buildProject(dir, { outDir = 'dist', env = {} } = {}) {
  const node = process.execPath;
  const args = [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
  const timed = spawnSync('/usr/bin/time', ['-v', node, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: buildEnv(env),
    maxBuffer: 512 * 1024 * 1024,
  });
  if (timed.error) {
    const started = performance.now();
    const plain = spawnSync(node, args, {
      cwd: dir,
      encoding: 'utf8',
      env: buildEnv(env),
      maxBuffer: 512 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    // Without /usr/bin/time there is no CPU time for the child alone.
    return {
      status: plain.status,
      seconds,
      cpuSeconds: NaN,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      output: plain.stdout + plain.stderr,
    };
  }
  /** @param {string} name a line label in the output of /usr/bin/time -v (a regular expression) */
  const field = (name) => timed.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim();
  const [m, s] = (field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)') ?? '0:0').split(':').slice(-2);
  return {
    status: timed.status,
    seconds: Number(m) * 60 + Number(s),
    // CPU time (user + system) of the build and its children: far less sensitive than wall time to
    // other work on a shared machine.
    cpuSeconds: Number(field('User time \\(seconds\\)') ?? 0) + Number(field('System time \\(seconds\\)') ?? 0),
    maxRssMb: Number(field('Maximum resident set size \\(kbytes\\)') ?? 0) / 1024,
    output: timed.stdout + timed.stderr,
  };
}
