#!/usr/bin/env node
/**
 * The W3C Nu HTML Checker (the checker behind validator.w3.org, npm package vnu-jar) over every page of
 * the built sites, outside `npm test`: it needs Java (`apt-get install default-jre-headless`). `npm test`
 * runs html-validate instead (tests/site/html-validity.test.ts), which needs none.
 *   npm run build && npm run validate:nu            # dist/
 *   npm run validate:nu -- dist dist-sub            # any built folders
 * Prints the errors per message and page; Starlight's own known error (aria-hidden on the inline scripts
 * of its SidebarPersister, deliberate: withastro/starlight#2633) is counted on its own line. Exits 1 when
 * any other error is found.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const VNU = 'vnu-jar@26.9.27';
const STARLIGHT_KNOWN = 'The “aria-hidden” attribute must not be specified on the “script” element.';
const root = resolve(import.meta.dirname, '..');
const dirs = (process.argv.length > 2 ? process.argv.slice(2) : ['dist']).map((dir) => resolve(root, dir));

for (const dir of dirs) {
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(`${dir} has no index.html: run "npm run build" first.`);
    process.exit(1);
  }
}
if (spawnSync('java', ['-version']).error) {
  console.error('Java is missing: install it with "apt-get install -y default-jre-headless".');
  process.exit(1);
}
// Installed once into a folder of its own (never this project's node_modules), at the pinned version.
const prefix = join(tmpdir(), 'ipec-vnu');
const jar = join(prefix, 'node_modules/vnu-jar/build/dist/vnu.jar');
if (!existsSync(jar)) {
  const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', VNU], {
    encoding: 'utf8',
  });
  if (install.status !== 0 || !existsSync(jar)) {
    console.error(`Could not install ${VNU}:\n${install.stderr}`);
    process.exit(1);
  }
}
const run = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', ...dirs], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
/** @type {{ messages: { type: string, url: string, message: string }[] }} */
const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}');
const errors = report.messages.filter((m) => m.type === 'error');
const known = errors.filter((m) => m.message === STARLIGHT_KNOWN);
const ours = errors.filter((m) => m.message !== STARLIGHT_KNOWN);
/** @type {Map<string, Set<string>>} */
const byMessage = new Map();
for (const m of ours) byMessage.set(m.message, (byMessage.get(m.message) ?? new Set()).add(m.url));
for (const [message, pages] of byMessage) {
  console.log(
    `${message}\n  on ${pages.size} page(s): ${[...pages].slice(0, 5).join(', ')}${pages.size > 5 ? ', …' : ''}`,
  );
}
const pagesWithKnown = new Set(known.map((m) => m.url)).size;
console.log(
  `\n${VNU} over ${dirs.join(', ')}: ${ours.length} error(s) on ${new Set(ours.map((m) => m.url)).size} page(s); ` +
    `Starlight's own aria-hidden on <script>: ${known.length} on ${pagesWithKnown} page(s).`,
);
process.exit(ours.length ? 1 : 0);
