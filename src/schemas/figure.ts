import { z } from 'astro/zod';
import { withTranslations } from './translations';
import { checkRecord } from './check';
import { STAT_AREAS, VERIFICATION } from './vocab';
import { draft, httpUrl, missingOr, oneOf, slug, text, year } from './messages';
import type { RefFactory } from './reference';

/**
 * `percent` is a share of a population (0–100); `share-percent` a share of a whole (a shareGroup);
 * `percent-change` a relative change, which may exceed 100 or be negative; `percentage-points` the
 * difference between two percentages; `one-in` a proportion the source words as "one in N" (the value is
 * N), written out in words ("one in four") as the source does.
 * @public Exported for scripts/new-entry.mjs, which lists these units in the files it writes.
 */
export const UNITS = [
  'people',
  'percent',
  'share-percent',
  'percent-change',
  'percentage-points',
  'per-thousand',
  'one-in',
  'usd',
  'eur',
  'count',
] as const;
export type Unit = (typeof UNITS)[number];

/** Where a set of figures comes from. Written once per file, shared by every figure in it. */
export const sourceSchema = withTranslations(
  {
    title: text('source.title'),
    publisher: text('source.publisher'),
    url: httpUrl('source.url').optional(),
    /** How `url` was verified: the stored copy of the publisher's page it was seen on. */
    urlCheck: checkRecord('source.urlCheck').optional(),
    /** When the source has no address a reader can open, a sentence saying so and why (required without `url`). */
    noPublicAddress: text('source.noPublicAddress').optional(),
    /**
     * True when the source only reports the figure (an encyclopaedia copy, a news report) rather than
     * publishing it; pages then call it a secondary source.
     */
    secondary: z.boolean().default(false),
    /** Year the source was published. */
    published: year('source.published'),
    /**
     * A page that quotes the source, where the value was checked there rather than in the source. Kept
     * for the data downloads (checked_via); pages cite the source itself, never this page.
     */
    checkedVia: z
      .strictObject({ title: text('source.checkedVia.title'), url: httpUrl('source.checkedVia.url') })
      .optional(),
  },
  ['noPublicAddress', 'publisher'],
).superRefine(requireAddressOrNote);

/** A reader must be able to open a figure's source, or be told plainly why they cannot. */
function requireAddressOrNote(source: { url?: string; noPublicAddress?: string }, ctx: z.RefinementCtx) {
  if (!source.url && !source.noPublicAddress) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message:
        'a figure source needs an address a reader can open (url) or, when there is none, noPublicAddress: a sentence saying why (e.g. "The brochure is not published online")',
    });
  }
}

/**
 * One statistic. Its id is used by `<Figure id="…" />` on pages.
 * `value` is the number exactly as the source gives it: never rounded or derived by hand.
 */
const figureFields = (ref: RefFactory) =>
  withTranslations(
    {
      id: slug,
      /** Machine name of what is measured; figures that share it form a series. */
      indicator: slug,
      /** What the number counts, in words, e.g. "Children in child labour". */
      label: text('label'),
      area: oneOf(STAT_AREAS, 'area'),
      country: ref('countries').optional(),
      convention: ref('conventions').optional(),
      value: z.number({ error: missingOr('value must be a number, written without units or thousands separators') }),
      unit: oneOf(UNITS, 'unit'),
      /**
       * Decimal places as published ("6.0" → 1). Set by the figures loader from how the value is written
       * in the file, so 6.0% stays 6.0% on the page; write it only to override that.
       */
      decimals: z.number().int().min(0).max(6).optional(),
      /** Prefix shown before the value when the source qualifies it ("over", "about", "nearly"). */
      qualifier: oneOf(['over', 'about', 'nearly', 'at least', 'up to'], 'qualifier').optional(),
      referenceYear: year('referenceYear'),
      /** When the reference year is inferred rather than stated, say how. */
      referenceNote: text('referenceNote').optional(),
      /** Figures with the same shareGroup are shares of one whole and must add up to 100. */
      shareGroup: slug.optional(),
      /** Id of the total this figure is a part of; the parts of a total must add up to it. */
      partOf: slug.optional(),
      verification: oneOf(VERIFICATION, 'verification'),
      /**
       * Where in the source the value is printed: "Table 2", "p. 12", "Executive summary". Shown in the
       * page's note after the source's title.
       */
      location: text('location').optional(),
      /**
       * How the value was confirmed (which copy or report quoting the source was read, what could not be
       * confirmed). For the data downloads' verification column only: pages never show it, because a
       * reader cites the source, not our checking.
       */
      checkNote: text('checkNote').optional(),
      /** For a ratification count: member States that later denounced the instrument, as the source reports. */
      denouncedBy: z
        .array(text('denouncedBy'))
        .min(1, { error: 'denouncedBy must list at least one State, or be left out' })
        .optional(),
      /**
       * Figures from another source (or another part of the same source) that this one should match:
       * `rounds` when this figure is a rounding of them (the same estimate), `disagrees` when it does not
       * match them. Pages show the comparison next to this figure, with any share computed from the
       * figures, never typed.
       */
      comparedWith: z
        .array(
          withTranslations(
            {
              relation: oneOf(['rounds', 'disagrees'], 'comparedWith.relation'),
              /** Figures to add up (people, or shares of one whole). */
              parts: z.array(ref('figures')).min(1, { error: 'comparedWith.parts must name at least one figure id' }),
              /** When the parts are counts, the total they are a share of. */
              total: ref('figures').optional(),
              explanation: text('comparedWith.explanation'),
            },
            ['explanation'],
          ),
        )
        .optional(),
    },
    ['label', 'referenceNote', 'denouncedBy', 'location'],
  );

/** A figure's own fields (without its file's source), as the guard checks them. */
export type FigureFields = z.output<ReturnType<typeof figureFields>>;

function checkValueRange(f: Pick<FigureFields, 'unit' | 'value' | 'shareGroup'>, ctx: z.RefinementCtx) {
  const isPercent = f.unit === 'percent' || f.unit === 'share-percent';
  if (isPercent && (f.value < 0 || f.value > 100)) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `a ${f.unit} value must be between 0 and 100 (got ${f.value})`,
    });
  }
  const signed = f.unit === 'percent-change' || f.unit === 'percentage-points';
  if (!isPercent && !signed && f.value < 0) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `value must not be negative (got ${f.value})` });
  }
  if (f.shareGroup && f.unit !== 'share-percent') {
    ctx.addIssue({
      code: 'custom',
      path: ['unit'],
      message: 'a figure in a shareGroup must have unit "share-percent"',
    });
  }
}

const figureSchema = (ref: RefFactory) => figureFields(ref).superRefine(checkValueRange);

/** A figure as stored in the `figures` collection: its fields plus the source of its file. */
export const figureEntrySchema = (ref: RefFactory) =>
  figureFields(ref).extend({ source: sourceSchema }).superRefine(checkValueRange);

/** A file in `content/figures/`: one source and the figures taken from it. */
export const figureFileSchema = (ref: RefFactory) =>
  z.strictObject({
    source: sourceSchema,
    figures: z.array(figureSchema(ref)).min(1, { error: 'figures must list at least one figure' }),
    /** `draft: true`: still being filled in, none of its figures published (see messages.ts). */
    draft: draft(),
  });

/** A figure as the build sees it: its fields and its file's source. */
export type FigureData = z.output<ReturnType<typeof figureEntrySchema>>;
export type FigureSource = z.output<typeof sourceSchema>;
