/**
 * Small text helpers: generated sentences and slugs.
 */

/**
 * A label as it reads inside a sentence: "Listed among the IPEC+ countries" → "listed among the IPEC+
 * countries". Only the first letter changes, so names and acronyms ("IPEC+", "February") keep their
 * capitals; a label that starts with an acronym ("ILO estimates") is left as it is.
 */
export function lowerFirst(label: string): string {
  if (/^\p{Lu}[\p{Lu}\d+]/u.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** URL-safe slug for a heading anchor or region id: "Asia and the Pacific" → "asia-and-the-pacific". */
export const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
