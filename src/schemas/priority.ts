import { z } from 'astro/zod';
import { PILLARS } from './vocab';
import { oneOf, text, title } from './messages';
import type { RefFactory } from './reference';

const achievementSchema = (ref: RefFactory) =>
  z.strictObject({
    pillar: oneOf(PILLARS, 'pillar'),
    title: title('title'),
    text: text('text'),
    countries: z.array(ref('countries')).default([]),
    tools: z.array(ref('tools')).default([]),
    /** Ids of the figures behind the achievement's numbers; the text itself never types them. */
    figures: z.array(ref('figures')).default([]),
  });

/**
 * One of the three IPEC+ thematic priorities. One YAML file each in `content/priorities/`.
 */
export const prioritySchema = (ref: RefFactory) =>
  z.strictObject({
    title: title('title'),
    order: z.number().int().min(1).max(9),
    summary: text('summary'),
    challenge: z.array(text('challenge')).min(1, { error: 'challenge must list at least one paragraph' }),
    /** Ids of the figures that measure the challenge, shown with it on the page. */
    figures: z.array(ref('figures')).default([]),
    /** ILO programmes and frameworks this priority works with. */
    context: z.array(text('context')).default([]),
    /** What IPEC+ does under each theory-of-change category. */
    approach: z.strictObject(
      Object.fromEntries(PILLARS.map((p) => [p, text(`approach.${p}`)])) as Record<
        (typeof PILLARS)[number],
        z.ZodType<string>
      >,
    ),
    achievements: z.array(achievementSchema(ref)).default([]),
  });
