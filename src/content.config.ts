import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { toolSchema } from './schemas/tool';
import { conventionSchema } from './schemas/convention';
import { prioritySchema } from './schemas/priority';
import { countrySchema } from './schemas/country';
import { figureEntrySchema } from './schemas/figure';
import { chartSchema } from './schemas/chart';
import { introSchema } from './schemas/intro';
import { targetSchema } from './schemas/target';
import { pageExtension } from './schemas/page';
import { figuresLoader } from './loaders/figures';
import { yamlFilesLoader } from './loaders/yaml-files';
import { i18nFilesLoader } from './loaders/i18n-files';
import { collectionGlob } from './core/content-files';
import type { RefFactory } from './schemas/reference';

// Every collection lives in the top-level content/ folder; which files each one loads is defined once,
// in COLLECTION_FILES (src/core/content-files.ts), for these loaders and for the content guard
// (src/guard/, run by src/integrations/content-guard.ts), which has already checked these files when the build gets here.
const ref: RefFactory = (collection) => reference(collection);

export const collections = {
  docs: defineCollection({
    loader: glob(collectionGlob('docs')),
    schema: docsSchema({ extend: pageExtension }),
  }),
  i18n: defineCollection({ loader: i18nFilesLoader(), schema: i18nSchema() }),
  tools: defineCollection({ loader: yamlFilesLoader('tools'), schema: toolSchema(ref) }),
  conventions: defineCollection({ loader: yamlFilesLoader('conventions'), schema: conventionSchema(ref) }),
  priorities: defineCollection({ loader: yamlFilesLoader('priorities'), schema: prioritySchema(ref) }),
  countries: defineCollection({ loader: yamlFilesLoader('countries'), schema: countrySchema() }),
  figures: defineCollection({ loader: figuresLoader(), schema: figureEntrySchema(ref) }),
  charts: defineCollection({ loader: yamlFilesLoader('charts'), schema: chartSchema() }),
  intros: defineCollection({ loader: yamlFilesLoader('intros'), schema: introSchema() }),
  targets: defineCollection({ loader: yamlFilesLoader('targets'), schema: targetSchema(ref) }),
};
