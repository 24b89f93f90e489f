import { z } from 'astro/zod';
import { PILLARS } from './vocab';
import { draft, oneOf, text, title } from './messages';
import { withTranslations } from './translations';
import { refId, type Ref, type RefFactory } from './reference';
import { figuresCited, hasStrayBraces } from '../figures/text';

/**
 * Texts write their numbers as `{figure-id}` placeholders; the `figures` list names those figures so
 * each is checked to exist. Every placeholder must be in the list and every listed figure in the text,
 * so no number is left out of its sentence or shown without one.
 */
function checkFigureTexts(texts: { path: (string | number)[]; text: string }[], figures: Ref[], ctx: z.RefinementCtx) {
  const listed = new Set(figures.map(refId));
  const cited = new Set<string>();
  for (const { path, text: t } of texts) {
    if (hasStrayBraces(t)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: 'write a number as {figure-id}: braces around a figure id of lower-case words joined by hyphens',
      });
    }
    for (const id of figuresCited(t)) {
      cited.add(id);
      if (!listed.has(id))
        ctx.addIssue({ code: 'custom', path, message: `the text cites {${id}}; add "${id}" to figures` });
    }
  }
  for (const id of listed) {
    if (!cited.has(id))
      ctx.addIssue({
        code: 'custom',
        path: ['figures'],
        message: `figure "${id}" is listed but not cited; write {${id}} in the sentence it belongs to`,
      });
  }
}

const achievementSchema = (ref: RefFactory) =>
  withTranslations(
    {
      pillar: oneOf(PILLARS, 'pillar'),
      title: title('title'),
      /** What was achieved, numbers as {figure-id}. Name each country so its page shows its sentences. */
      text: text('text'),
      countries: z.array(ref('countries')).default([]),
      tools: z.array(ref('tools')).default([]),
      /** Ids of the figures the text cites as {figure-id}. */
      figures: z.array(ref('figures')).default([]),
    },
    ['title', 'text'],
  ).superRefine((a, ctx) => checkFigureTexts([{ path: ['text'], text: a.text }], a.figures, ctx));

/**
 * One of the three IPEC+ thematic priorities. One YAML file each in `content/priorities/`.
 */
export const prioritySchema = (ref: RefFactory) =>
  withTranslations(
    {
      title: title('title'),
      order: z.number().int().min(1).max(9),
      summary: text('summary'),
      /** Paragraphs on the challenge; numbers as {figure-id}. */
      challenge: z.array(text('challenge')).min(1, { error: 'challenge must list at least one paragraph' }),
      /** Ids of the figures the challenge paragraphs cite as {figure-id}. */
      figures: z.array(ref('figures')).default([]),
      /** ILO programmes and frameworks this priority works with. */
      context: z.array(text('context')).default([]),
      /** What IPEC+ does under each theory-of-change category. */
      approach: z.strictObject(
        Object.fromEntries(PILLARS.map((p) => [p, text(`approach.${p}`)])) as Record<
          (typeof PILLARS)[number],
          ReturnType<typeof text>
        >,
      ),
      achievements: z.array(achievementSchema(ref)).default([]),
      /** `draft: true`: still being filled in, not published (see messages.ts). */
      draft: draft(),
    },
    ['title', 'summary', 'challenge', 'context', 'approach'],
  ).superRefine((p, ctx) =>
    checkFigureTexts(
      p.challenge.map((t, i) => ({ path: ['challenge', i], text: t })),
      p.figures,
      ctx,
    ),
  );

/** A priority entry's data as the build and the guard see it. */
export type PriorityData = z.output<ReturnType<typeof prioritySchema>>;
