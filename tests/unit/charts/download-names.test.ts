/**
 * Download names: every chart state's files are its own, even when another chart shows the same
 * indicator. The charts of content/charts/ are read with a copy of a map and of a breakdown added under
 * other file names, as an editor would add a second chart of an indicator.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chartSchema } from '../../../src/schemas/chart';
import { listFiles, parseYamlFile } from '../../../src/core/content-files';
import { LANGS } from '../../../src/core/locales';
import { EXPORT_SIZES, exportName, type ExportSize } from '../../../src/charts/standalone';
import { readFigures, root } from '../../support/figure-files';

const COPIES: Record<string, string> = {
  'child-labour-map': 'child-labour-map-by-year',
  'forced-labour-by-type': 'forced-labour-types',
};

function yamlEntries(folder: string) {
  return listFiles(join(root, 'content', folder), ['.yaml']).map((path) => {
    const { file, data } = parseYamlFile(root, path);
    return { id: file.replace(/^.*\/|\.yaml$/g, ''), data };
  });
}

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    if (name === 'figures') return readFigures().map((f) => ({ id: f.id, data: f }));
    if (name === 'countries') return yamlEntries('countries');
    if (name === 'charts') {
      const charts = yamlEntries('charts').map((e) => ({ id: e.id, data: chartSchema().parse(e.data) }));
      const copies = charts.flatMap((e) => (COPIES[e.id] ? [{ id: COPIES[e.id]!, data: e.data }] : []));
      return [...charts, ...copies];
    }
    throw new Error(`this test does not provide the "${name}" collection`);
  },
}));

const { loadCharts } = await import('../../../src/charts/registry');
const { downloadFiles, exportFiles } = await import('../../../src/charts/download-files');

describe('download names', () => {
  it('give two charts of the same indicator their own files, each with its own rows', async () => {
    const charts = await loadCharts();
    const files = await downloadFiles();
    const states = charts.flatMap((c) => c.states);
    expect(new Set(states.map((s) => s.download)).size).toBe(states.length);
    // One file set per state and the table of every figure: nothing was written over.
    expect(files.size).toBe(states.length + 1);
    for (const [original, copy] of Object.entries(COPIES)) {
      const [a, b] = [original, copy].map((id) => charts.find((c) => c.id === id)!);
      expect(b!.states.length, copy).toBe(a!.states.length);
      a!.states.forEach((state, i) => {
        const other = b!.states[i]!;
        expect(other.download).not.toBe(state.download);
        expect(files.get(other.download)!.csv).toBe(files.get(state.download)!.csv);
        expect(files.get(other.download)!.json).toContain(`/data/${copy}/`);
        expect(files.get(state.download)!.json).toContain(`/data/${original}/`);
      });
    }
  });

  it('give every exported picture its own name, in every language and size', async () => {
    const charts = await loadCharts();
    const pictures = await exportFiles();
    const sizes = Object.keys(EXPORT_SIZES) as ExportSize[];
    const names = charts.flatMap((c) =>
      c.states.flatMap((s) => LANGS.flatMap((lang) => sizes.map((size) => exportName(s.download, lang, size)))),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(pictures.size).toBe(names.length);
  });
});
