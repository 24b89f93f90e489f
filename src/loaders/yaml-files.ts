import type { Loader, LoaderContext } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  COLLECTION_FILES,
  collectionFiles,
  idFromPath,
  isDraft,
  parseYamlFile,
  type ContentCollection,
} from '../core/content-files';

/**
 * Loads a collection of one YAML file per entry (the file name is the id) with the same file list and
 * the same YAML parser as the content guard, so what the guard checked is exactly what is published
 * (Astro's own glob loader reads YAML with another parser, which turns unquoted dates into Date objects).
 * Drafts are skipped here, the one place every page, list and count reads entries from.
 */
export function yamlFilesLoader(collection: Exclude<ContentCollection, 'docs' | 'i18n' | 'figures'>): Loader {
  return {
    name: `ipec-yaml-${collection}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const reload = async () => {
        context.store.clear();
        for (const path of collectionFiles(root, collection)) {
          const { file, data, syntaxError } = parseYamlFile(root, path);
          // The content guard stops the build on these first; this covers files edited during `astro dev`.
          if (syntaxError) throw new Error(`${file}: ${syntaxError}`);
          // A draft (`draft: true`) is left out of the site entirely: no page, no list, no count, no search entry.
          if (isDraft(data)) continue;
          const id = idFromPath(path);
          const parsed = await context.parseData({ id, data: data as Record<string, unknown>, filePath: file });
          context.store.set({
            id,
            data: parsed,
            filePath: file,
            digest: context.generateDigest(data as Record<string, unknown>),
          });
        }
      };
      await reload();
      watchFolder(context, join(root, 'content', COLLECTION_FILES[collection].folder), reload);
    },
  };
}

/** In `astro dev`, reloads a collection when a file in its folder changes. */
export function watchFolder({ watcher }: LoaderContext, dir: string, reload: () => Promise<void>): void {
  if (!watcher) return;
  watcher.add(dir);
  const onChange = (path: string) => {
    if (path.startsWith(dir)) void reload();
  };
  watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
}
