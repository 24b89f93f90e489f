/**
 * The post-build wall on its own: a page holding what the content guard refuses (a <meta> refresh, a
 * <style>, a covering style attribute, markup in Pagefind filter and metadata values, a script from
 * outside /_astro/) is built with the guard switched off, and the build must still fail, naming each.
 * One build of a small temporary project (tests/fixtures/hostile-wall/ over the valid fixture site, with
 * the real interface strings, chart definitions and intros).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithout } from '../support/fixture-site';

const root = resolve(import.meta.dirname, '../..');
let dir = '';
let build: { status: number | null; output: string };

beforeAll(() => {
  // Inside the project (git-ignored .astro/), with a copy of the code: Astro compiles components by their
  // real path, so the code cannot be a link to this checkout.
  mkdirSync(join(root, '.astro'), { recursive: true });
  dir = mkdtempSync(join(root, '.astro', 'wall-site-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(root, 'tests/fixtures/content/valid/content'), join(dir, 'content'), { recursive: true });
  for (const folder of ['i18n', 'charts', 'intros'])
    cpSync(join(root, 'content', folder), join(dir, 'content', folder), { recursive: true });
  cpSync(join(root, 'tests/fixtures/hostile-wall/content'), join(dir, 'content'), { recursive: true });
  build = buildWithout(dir, ['ipec-content-guard']);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the post-build wall, with the content guard switched off', () => {
  it('fails the build', () => {
    expect(build.output).not.toContain('Content check failed');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Security check failed');
  });

  it("names only the two hostile pages (and the handbook that reprints them): the site's own pages pass the wall", () => {
    const pages = [...build.output.matchAll(/^ {2}- ([^:\s]+\.html): /gm)].map((m) => m[1]);
    expect(pages.length).toBeGreaterThan(0);
    // Starlight builds each page in every language (the English text, with a notice, until translated); the
    // printable handbook holds every guidance page, the hostile ones among them.
    const hostile = ['handbook/index.html', 'wall-markdown/index.html', 'wall/index.html'];
    expect([...new Set(pages)].sort()).toEqual(
      ['', 'es/', 'fr/'].flatMap((lang) => hostile.map((p) => lang + p)).sort(),
    );
  });

  it.each([
    ['wall/index.html', '<meta http-equiv="refresh">: only the Content-Security-Policy and content type'],
    ['wall/index.html', '<style> "body { display: none }": the site\'s styles are CSS files'],
    ['wall/index.html', 'style="position: fixed; inset: 0" on <p>: not a style the site\'s components write'],
    ['wall/index.html', 'data-pagefind-filter="topic:<img src=x onerror=alert(1)>" on <span>'],
    ['wall/index.html', '<script src="/evil.js">: scripts load only from /_astro/ and /pagefind/'],
    ['wall-markdown/index.html', '<meta http-equiv="set-cookie">'],
    ['wall-markdown/index.html', 'data-pagefind-meta="title" on <div>'],
  ])('names %s: %s', (page, message) => {
    const lines = build.output.split('\n').filter((line) => line.includes(`${page}: `));
    expect(
      lines.some((line) => line.includes(message)),
      `${message} in:\n${lines.join('\n')}`,
    ).toBe(true);
  });
});
