import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { COLLECTION_FILES, collectionFiles, readFigureFile } from '../core/content-files';
import { watchFolder } from './yaml-files';

/**
 * Loads `content/figures/*.yaml`. Each file holds one source and the figures taken from it, so a new
 * release of an estimate is one new file; every figure becomes its own entry carrying its source. A file
 * marked `draft: true` is left out.
 */
export function figuresLoader(): Loader {
  return {
    name: 'ipec-figures-loader',
    load: async (context) => {
      const { config, store, parseData } = context;
      const root = fileURLToPath(config.root);
      const reload = async () => {
        store.clear();
        for (const path of collectionFiles(root, 'figures')) {
          // A draft file (`draft: true`) gives no figures: none of them is published.
          const { source, figures } = readFigureFile(root, path);
          const filePath = relative(root, path);
          for (const figure of figures) {
            const id = String(figure.id);
            const parsed = await parseData({ id, data: { ...figure, source }, filePath });
            store.set({ id, data: parsed, filePath });
          }
        }
      };
      await reload();
      watchFolder(context, join(root, 'content', COLLECTION_FILES.figures.folder), reload);
    },
  };
}
