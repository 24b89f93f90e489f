/** The addresses the guard checks content links against, in every language. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { internalLinkProblem, siteRoutes } from '../../../src/navigation/site-routes';

function project(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'ipec-routes-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  mkdirSync(join(root, 'public'), { recursive: true });
  return root;
}

describe('site routes', () => {
  const root = project([
    'src/pages/[...locale]/conventions/[id].astro',
    'src/pages/[...locale]/tools/index.astro',
    'src/pages/tools/[id].astro',
  ]);
  const routes = siteRoutes(root, ['', 'about/history', 'fr/about/history'], {
    conventions: new Set(['c138']),
    tools: new Set(['scream']),
  });

  it('has every docs page and every page of [...locale] in each language', () => {
    for (const link of [
      '/about/history/',
      '/fr/about/history/',
      '/es/about/history/',
      '/es/',
      '/fr/conventions/c138/',
      '/es/tools/',
    ]) {
      expect(internalLinkProblem(link, routes), link).toBeUndefined();
    }
  });

  it('has single tool pages in English only, and no language the site does not have', () => {
    expect(internalLinkProblem('/tools/scream/', routes)).toBeUndefined();
    expect(internalLinkProblem('/fr/tools/scream/', routes)).toMatch('leads to no page');
    expect(internalLinkProblem('/de/about/history/', routes)).toMatch('leads to no page');
    expect(internalLinkProblem('/fr/conventions/c999/', routes)).toMatch('leads to no page');
  });
});
