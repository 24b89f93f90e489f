/**
 * Second line of defence: content that tries to run script is built with the content guard and the
 * schemas' "no < or >" rules switched off (as if a rule had a gap), and the pages must still run none of it. The fixture
 * (tests/fixtures/hostile/) puts "</title><script>…" and event handlers in a tool's title and
 * description, and in an MDX page's title, description and hero tagline; it also holds a page saved
 * with a UTF-8 byte-order mark, which must build. One build of a small temporary project.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, useBrowserAndSite } from '../support/harness';
import { buildWithout } from '../support/fixture-site';

let project = '';

beforeAll(async () => {
  // Inside the project (git-ignored .astro/), so node_modules resolves as it does for the real build.
  mkdirSync(join(ROOT, '.astro'), { recursive: true });
  project = mkdtempSync(join(ROOT, '.astro', 'hostile-site-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  cpSync(join(ROOT, 'tests/fixtures/content/valid/content'), join(project, 'content'), { recursive: true });
  // Interface strings, chart definitions and index-page intros are part of every site, not of the content under test.
  for (const folder of ['i18n', 'charts', 'intros'])
    cpSync(join(ROOT, 'content', folder), join(project, 'content', folder), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/hostile/content'), join(project, 'content'), { recursive: true });
  // The schemas reject "<" and ">" in titles and taglines; switch that rule off in this copy only.
  let rulesOff = 0;
  for (const name of readdirSync(join(project, 'src/schemas'))) {
    const file = join(project, 'src/schemas', name);
    const text = readFileSync(file, 'utf8');
    const relaxed = text.replaceAll('!/[<>]/.test(value)', 'true');
    rulesOff += text.split('!/[<>]/.test(value)').length - 1;
    writeFileSync(file, relaxed);
  }
  if (rulesOff < 2) throw new Error('the schemas\' "no < or >" rules were not found: update this test with them');
  const build = buildWithout(project, ['ipec-content-guard']);
  if (build.status !== 0) throw new Error(`the hostile fixture did not build:\n${build.output}`);
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

// Registered after the build above, so it serves the fixture once it is built.
const ctx = useBrowserAndSite(() => ({ dir: join(project, 'dist'), base: '/' }));

interface Visit {
  page: Page;
  dialogs: string[];
  offSite: string[];
  violations: string[];
}

async function visit(path: string): Promise<Visit> {
  const { browser, site } = ctx;
  const page = await browser.newPage();
  const visited: Visit = { page, dialogs: [], offSite: [], violations: [] };
  page.on('dialog', (dialog) => {
    visited.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.origin)) return route.continue();
    visited.offSite.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) visited.violations.push(message.text());
  });
  // No waiting for a meta refresh to fire: the test checks that the page has none.
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return visited;
}

describe.each([
  { path: 'tools/sample-tool/', what: 'a tool with script in its title and description' },
  { path: 'splash/', what: 'an MDX splash page with script in its title, description and hero tagline' },
])('$what', ({ path }) => {
  it('runs none of it, navigates nowhere, and keeps one CSP, in <head>', async () => {
    const { page, dialogs, offSite } = await visit(path);
    try {
      expect(page.url()).toBe(`${ctx.site.url}${path}`);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(offSite).toEqual([]);
      const head = await page.evaluate(() => ({
        policiesInHead: document.head.querySelectorAll('meta[http-equiv="content-security-policy" i]').length,
        policiesInBody: document.body.querySelectorAll('meta[http-equiv="content-security-policy" i]').length,
        refreshes: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
        title: document.title,
      }));
      expect(head.policiesInHead).toBe(1);
      expect(head.policiesInBody).toBe(0);
      expect(head.refreshes).toBe(0);
      // The payload is shown as the text it is.
      expect(head.title).toMatch(/^x<\/title><script>window\.__pwned=/);
    } finally {
      await page.close();
    }
  });
});

it('builds a page saved with a UTF-8 byte-order mark', async () => {
  const { page } = await visit('bom/');
  try {
    expect(await page.locator('h1').textContent()).toBe('Saved with a byte-order mark');
  } finally {
    await page.close();
  }
});
