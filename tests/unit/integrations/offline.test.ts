import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { offlineSets } from '../../../src/integrations/offline';

const site = mkdtempSync(join(tmpdir(), 'ipec-offline-sets-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const files: Record<string, string> = {
  'index.html': '<h1>Home</h1>',
  'about/index.html': '<h1>About</h1>',
  'fr/about/index.html': '<h1>À propos</h1>',
  'tools/some-tool/index.html': '<h1>A tool</h1>',
  'fr/tools/some-tool/index.html': '<h1>Un outil</h1>',
  'fr/tools/data/0.json': '[]',
  '_astro/page.AbCd1234.js': 'console.log(1)',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/fragment/fr_abc.pf_fragment': 'x',
  'data/child-labour-2020.csv': 'a,b',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}

describe('offlineSets', () => {
  it("lists each language's files at their addresses under the base, with their size", async () => {
    const sets = await offlineSets(site, '/ipec-plus/');
    const urls = (lang: 'en' | 'fr' | 'es') => sets[lang].entries.map((e) => e.url).sort();
    expect(urls('fr')).toEqual([
      '/ipec-plus/_astro/page.AbCd1234.js',
      '/ipec-plus/fr/about/',
      '/ipec-plus/fr/tools/data/0.json',
      '/ipec-plus/fr/tools/some-tool/',
      '/ipec-plus/pagefind/fragment/fr_abc.pf_fragment',
      '/ipec-plus/pagefind/pagefind.js',
    ]);
    expect(urls('en')).toContain('/ipec-plus/');
    expect(urls('en')).toContain('/ipec-plus/tools/some-tool/');
    expect(urls('en')).not.toContain('/ipec-plus/fr/tools/some-tool/');
    expect(urls('en')).not.toContain('/ipec-plus/data/child-labour-2020.csv');
    const frenchFiles = [
      '_astro/page.AbCd1234.js',
      'fr/about/index.html',
      'fr/tools/data/0.json',
      'fr/tools/some-tool/index.html',
      'pagefind/fragment/fr_abc.pf_fragment',
      'pagefind/pagefind.js',
    ];
    expect(sets.fr.bytes).toBe(frenchFiles.reduce((sum, file) => sum + Buffer.byteLength(files[file]!), 0));
  });

  it('gives unhashed files a revision from their content, and hashed file names none', async () => {
    const { en } = await offlineSets(site, '/');
    const revision = (url: string) => en.entries.find((e) => e.url === url)?.revision;
    expect(revision('/_astro/page.AbCd1234.js')).toBeNull();
    expect(revision('/about/')).toMatch(/^[0-9a-f]{32}$/);
    expect(revision('/about/')).not.toBe(revision('/'));
  });
});
