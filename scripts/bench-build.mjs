#!/usr/bin/env node
/**
 * Build benchmark: wall time and peak memory (max RSS) of `astro build` for the real site, and for
 * synthetic sites of generated MDX pages built both with this site's setup and with a bare Starlight
 * site given the same pages. Prints a table; machine noise makes it informative, not a test.
 *   node scripts/bench-build.mjs              sizes 200, 1000, 2000
 *   node scripts/bench-build.mjs --sizes 200  a quick run
 *   node scripts/bench-build.mjs --no-real    skip the real site
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, bareProject, buildProject, siteProject } from './bare-starlight.mjs';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '200,1000,2000' }, 'no-real': { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map((s) => Number.parseInt(s.trim(), 10)).filter((n) => n > 0);

const countHtml = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;

function measure(label, dir, { cleanup }) {
  const outDir = join(dir, 'bench-dist');
  process.stdout.write(`building ${label}… `);
  const result = buildProject(dir, { outDir });
  if (result.status !== 0) {
    console.log('failed');
    console.error(result.output.slice(-3000));
    process.exit(1);
  }
  const pages = countHtml(outDir);
  console.log(`${result.seconds.toFixed(1)} s`);
  rmSync(outDir, { recursive: true, force: true });
  if (cleanup) rmSync(dir, { recursive: true, force: true });
  return { label, pages, seconds: result.seconds, maxRssMb: result.maxRssMb };
}

const rows = [];
if (!values['no-real']) rows.push(measure('real site', ROOT, { cleanup: false }));
for (const size of sizes) {
  rows.push(measure(`IPEC+ setup + ${size} pages`, siteProject(size), { cleanup: true }));
  rows.push(measure(`bare Starlight + ${size} pages`, bareProject(size), { cleanup: true }));
}

console.log('\nsite                              pages   build s   peak MB   ms/page');
for (const r of rows) {
  console.log(
    `${r.label.padEnd(32)}${String(r.pages).padStart(7)}${r.seconds.toFixed(1).padStart(10)}${r.maxRssMb.toFixed(0).padStart(10)}${((r.seconds * 1000) / r.pages).toFixed(1).padStart(10)}`,
  );
}
console.log(`\nNode ${process.version}; peak MB is the build process's maximum resident set size.`);
