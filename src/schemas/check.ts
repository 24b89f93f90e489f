import { z } from 'astro/zod';
import { httpUrl, isoDate, oneOf, text } from './messages';

/**
 * How a statement or an address was checked. Every legal provision, NORMLEX address and tool address
 * on the site carries one, so a reader (and the next editor) can open the copy it was compared with.
 *
 * - `official-copy`: the text on the ILO's own site (ilo.org, NORMLEX) or another official body's
 *   (OHCHR, a government's treaty series);
 * - `publisher-page`: the resource's own page on its publisher's site (for tool addresses);
 * - `printed-in-source`: the address is printed in one of the ILO documents this site is built from
 *   (../shared/seeds/), which the `copyPublisher` names;
 * - `text-copy`: the full text of the instrument reproduced by a third party (a law library, a
 *   university); used only where no official copy was found, and shown as such;
 * - `third-party-mirror`: a copy of a publisher's page or file kept by someone else; shown as a mirror.
 */
const CHECK_METHODS = [
  'official-copy',
  'publisher-page',
  'printed-in-source',
  'text-copy',
  'third-party-mirror',
] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];

/** Methods whose copy is not the publisher's own: pages say so next to what was checked. */
export const UNOFFICIAL_METHODS: readonly CheckMethod[] = ['text-copy', 'third-party-mirror'];

export function checkRecord(what: string) {
  return z.strictObject(
    {
      method: oneOf(CHECK_METHODS, `${what}.method`),
      /** Address of the copy that was read (the page itself, or the copy of it that was consulted). */
      copyAddress: httpUrl(`${what}.copyAddress`),
      /** Who published that copy, in words, e.g. "ILO (NORMLEX)", "Office of the High Commissioner for Human Rights". */
      copyPublisher: text(`${what}.copyPublisher`),
      /** Date of the copy, when the copy shows one. */
      copyDate: isoDate(`${what}.copyDate`).optional(),
      /** The day the statement or address was compared with the copy. */
      checked: isoDate(`${what}.checked`),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'is required but missing'
          : `${what} must be written as { method, copyAddress, copyPublisher, checked } saying how it was checked`,
    },
  );
}
export type CheckRecord = z.infer<ReturnType<typeof checkRecord>>;
