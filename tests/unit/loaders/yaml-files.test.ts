/**
 * The loaders are the one place every page, list, count, search entry and sitemap line reads entries
 * from: a draft (`draft: true`) must not come out of them, and an entry without the line must.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { yamlFilesLoader } from '../../../src/loaders/yaml-files';
import { figuresLoader } from '../../../src/loaders/figures';
import { siteWith } from '../../support/fixture-site';

/** Runs a loader over a folder and returns the ids it stored, with a context that has only what loaders use. */
async function loadedIds(dir: string, loader: ReturnType<typeof yamlFilesLoader>): Promise<string[]> {
  const stored = new Map<string, unknown>();
  const context = {
    config: { root: pathToFileURL(`${dir}/`) },
    store: {
      clear: () => stored.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => (stored.set(id, data), true),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'digest',
    watcher: undefined,
  };
  await loader.load(context as unknown as LoaderContext);
  return [...stored.keys()].sort();
}

const unfinished = 'draft: true\ntitle: An unfinished tool\ndescription: ""\nkind: ""\ntopics: []\n';

describe('loaders leave drafts out', () => {
  it('tools: a draft is not loaded; removing its draft line loads it', async () => {
    const dir = siteWith();
    writeFileSync(join(dir, 'content/tools/unfinished.yaml'), unfinished);
    expect(await loadedIds(dir, yamlFilesLoader('tools'))).toEqual(['sample-tool']);
    writeFileSync(join(dir, 'content/tools/unfinished.yaml'), unfinished.replace('draft: true\n', ''));
    expect(await loadedIds(dir, yamlFilesLoader('tools'))).toEqual(['sample-tool', 'unfinished']);
    writeFileSync(
      join(dir, 'content/tools/unfinished.yaml'),
      `draft: false\n${unfinished.replace('draft: true\n', '')}`,
    );
    expect(await loadedIds(dir, yamlFilesLoader('tools'))).toEqual(['sample-tool', 'unfinished']);
  });

  it('countries: a draft country is not loaded', async () => {
    const dir = siteWith();
    writeFileSync(join(dir, 'content/countries/gha.yaml'), 'draft: true\nname: Ghana\niso3: GHA\nregion: Africa\n');
    expect(await loadedIds(dir, yamlFilesLoader('countries'))).toEqual(['civ', 'npl']);
  });

  it('figures: none of the figures of a draft file is loaded, even one without a value', async () => {
    const dir = siteWith();
    const all = await loadedIds(dir, figuresLoader());
    expect(all).toContain('fl-world');
    writeFileSync(
      join(dir, 'content/figures/unfinished.yaml'),
      'draft: true\nsource:\n  title: A new source\nfigures:\n  - id: new-figure\n    value:\n',
    );
    expect(await loadedIds(dir, figuresLoader())).toEqual(all);
  });
});
