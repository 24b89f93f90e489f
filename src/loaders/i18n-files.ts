import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTION_FILES, collectionFiles, idFromPath } from '../core/content-files';
import { watchFolder } from './yaml-files';
import { forgetDictionaries, readDictionary } from '../i18n/ui-strings';
import { langOf } from '../core/locales';

/**
 * Loads the interface strings (content/i18n/<lang>.json) for Starlight. Starlight keys each file by its
 * path relative to src/content/i18n/ when an entry has a `filePath`; this site keeps them in the
 * top-level content/i18n/, so with Astro's glob loader Starlight would key them "content/i18n/fr" and
 * never use them (the search dialog stayed in English on French pages). Entries here have no
 * `filePath`, so Starlight keys them by id: the language.
 */
export function i18nFilesLoader(): Loader {
  return {
    name: 'ipec-i18n-files',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const reload = async () => {
        context.store.clear();
        // The components' translators (src/i18n/ui-strings.ts) read the files again too.
        forgetDictionaries();
        for (const path of collectionFiles(root, 'i18n')) {
          const id = idFromPath(path);
          // The content guard has already checked the JSON syntax, the file names and the keys of every language.
          const data = readDictionary(langOf(id), root);
          context.store.set({ id, data: await context.parseData({ id, data }), digest: context.generateDigest(data) });
        }
      };
      await reload();
      watchFolder(context, join(root, 'content', COLLECTION_FILES.i18n.folder), reload);
    },
  };
}
