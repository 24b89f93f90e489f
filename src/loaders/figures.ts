import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { listFiles, readFigureFile } from '../utils/content-files';

/**
 * Loads `content/figures/*.yaml`. Each file holds one source and the figures taken from it, so a new
 * release of an estimate is one new file; every figure becomes its own entry carrying its source.
 */
export function figuresLoader(base: string): Loader {
  return {
    name: 'ipec-figures-loader',
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      watcher?.add(dir);
      store.clear();
      for (const path of listFiles(dir, ['.yaml', '.yml'])) {
        const { source, figures } = readFigureFile(root, path);
        const filePath = relative(root, path);
        for (const figure of figures) {
          const id = String(figure.id);
          const parsed = await parseData({ id, data: { ...figure, source }, filePath });
          store.set({ id, data: parsed, filePath });
        }
      }
    },
  };
}
