import { z } from 'astro/zod';
import { httpUrl, isoDate, oneOf, text, title, year } from './messages';
import type { RefFactory } from './reference';

/**
 * An ILO convention, protocol or recommendation. One YAML file per instrument in `content/conventions/`,
 * named by its code in lower case (`c138.yaml`). Ratification counts are figures, not fields here,
 * so each count keeps its own date and source.
 */
export const conventionSchema = (ref: RefFactory) =>
  z.strictObject({
    code: z.string().regex(/^(C|P|R)\d{1,3}$/, {
      error: 'code must be C, P or R followed by the instrument number, e.g. "C138", "P29", "R190"',
    }),
    title: title('title'),
    shortTitle: title('shortTitle'),
    instrument: oneOf(['convention', 'protocol', 'recommendation'], 'instrument'),
    adopted: year('adopted'),
    /** Full adoption date, only when a checked source gives it. */
    adoptedOn: isoDate('adoptedOn').optional(),
    entryIntoForce: isoDate('entryIntoForce').optional(),
    /** Fundamental conventions under the 1998 Declaration (as amended in 2022). */
    fundamental: z.boolean().default(false),
    group: oneOf(['child-labour', 'forced-labour', 'other-fprw'], 'group'),
    subject: text('subject'),
    /** Key provisions in plain words. */
    provisions: z.array(text('provisions')).min(1, { error: 'provisions must list at least one provision' }),
    /** The instrument this one supplements (recommendations, protocols). */
    supplements: ref('conventions').optional(),
    normlex: httpUrl('normlex'),
    sourceNote: text('sourceNote').optional(),
  });
