import type { z } from 'astro/zod';

/**
 * Collections that other entries can point at. Schemas take a `ref` factory so the same schema serves
 * Astro (`reference()` from astro:content) and the content guard, which checks the target exists.
 */
export type CollectionName =
  'tools' | 'conventions' | 'priorities' | 'countries' | 'charts' | 'intros' | 'targets' | 'figures';

/** A parsed reference: Astro's `reference()` gives `{ id, collection }`; the guard keeps the plain id. */
export type Ref = string | { id: string };
export type RefFactory = (collection: CollectionName) => z.ZodType<Ref>;

/** The id a reference points at, whichever factory parsed it. */
export const refId = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.id);
