import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { toolSchema } from './schemas/tool';
import { conventionSchema } from './schemas/convention';
import { prioritySchema } from './schemas/priority';
import { countrySchema } from './schemas/country';
import { figureEntrySchema } from './schemas/figure';
import { chartSchema } from './schemas/chart';
import { pageExtension } from './schemas/page';
import { figuresLoader } from './loaders/figures';
import type { RefFactory } from './schemas/reference';

// Every collection lives in the top-level content/ folder. The content guard
// (src/integrations/content-guard.ts) has already checked these files when the build gets here.
const ref: RefFactory = (collection) => reference(collection);
const yamlIn = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `./content/${folder}` });

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({ extend: pageExtension }),
  }),
  i18n: defineCollection({ loader: glob({ pattern: '*.json', base: './content/i18n' }), schema: i18nSchema() }),
  tools: defineCollection({ loader: yamlIn('tools'), schema: toolSchema(ref) }),
  conventions: defineCollection({ loader: yamlIn('conventions'), schema: conventionSchema(ref) }),
  priorities: defineCollection({ loader: yamlIn('priorities'), schema: prioritySchema(ref) }),
  countries: defineCollection({ loader: yamlIn('countries'), schema: countrySchema() }),
  figures: defineCollection({ loader: figuresLoader('content/figures'), schema: figureEntrySchema(ref) }),
  charts: defineCollection({ loader: yamlIn('charts'), schema: chartSchema() }),
};
