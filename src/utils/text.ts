/**
 * Small text helpers for generated sentences.
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
