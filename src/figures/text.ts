/**
 * Figures inside text fields of the YAML collections. A text writes `{figure-id}` where a number goes
 * ("The pilot identified {drc-clmrs-children-identified} children"), so the number comes from
 * content/figures/ like <Figure id="…" /> on a page, and the sentence stays one sentence.
 */

const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

export type TextPart = { text: string } | { figure: string };

/** The text cut into plain text and figure ids, in order. */
export function splitFigureText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ figure: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The figure ids a text cites, each once, in order of first use. */
export function figuresCited(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1]!))];
}

/** Braces left once the placeholders are taken out: a misspelt placeholder, which would show as typed. */
export function hasStrayBraces(text: string): boolean {
  return /[{}]/.test(text.replace(TOKEN, ''));
}
