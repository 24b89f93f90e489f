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

/** The text of an HTML fragment rendered by the site: tags removed, the entities Astro writes decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
