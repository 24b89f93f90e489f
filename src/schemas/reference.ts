import type { z } from 'astro/zod';

/**
 * Collections that other entries can point at. Schemas take a `ref` factory so the same schema serves
 * Astro (`reference()` from astro:content) and the content guard, which checks the target exists.
 */
export type CollectionName = 'tools' | 'conventions' | 'priorities' | 'countries' | 'charts' | 'intros' | 'figures';
export type RefFactory = (collection: CollectionName) => z.ZodType;
