/**
 * Text measured at build time, where there is no browser to ask: the advance widths of DejaVu Sans
 * (the wide sans-serif that Linux systems fall back to for system-ui), so that text laid out with these
 * widths also fits in the narrower system fonts of other platforms (San Francisco, Segoe UI, Roboto).
 * Used to place axis labels and to wrap the titles, notes and sources of the exported files.
 */

/** Advance widths as a share of the font size (DejaVu Sans Book, 2048 units per em, rounded). */
const WIDTHS: Record<string, number> = {
  ' ': 0.318,
  a: 0.613,
  b: 0.635,
  c: 0.55,
  d: 0.635,
  e: 0.615,
  f: 0.352,
  g: 0.635,
  h: 0.634,
  i: 0.278,
  j: 0.278,
  k: 0.579,
  l: 0.278,
  m: 0.974,
  n: 0.634,
  o: 0.612,
  p: 0.635,
  q: 0.635,
  r: 0.411,
  s: 0.521,
  t: 0.392,
  u: 0.634,
  v: 0.592,
  w: 0.818,
  x: 0.592,
  y: 0.592,
  z: 0.525,
  A: 0.684,
  B: 0.686,
  C: 0.698,
  D: 0.77,
  E: 0.632,
  F: 0.575,
  G: 0.775,
  H: 0.752,
  I: 0.295,
  J: 0.295,
  K: 0.656,
  L: 0.557,
  M: 0.863,
  N: 0.748,
  O: 0.787,
  P: 0.603,
  Q: 0.787,
  R: 0.695,
  S: 0.635,
  T: 0.611,
  U: 0.732,
  V: 0.684,
  W: 0.989,
  X: 0.685,
  Y: 0.611,
  Z: 0.685,
  '.': 0.318,
  ',': 0.318,
  ':': 0.337,
  ';': 0.337,
  '(': 0.39,
  ')': 0.39,
  '[': 0.39,
  ']': 0.39,
  '-': 0.361,
  '–': 0.5,
  '—': 1,
  "'": 0.275,
  '’': 0.318,
  '"': 0.46,
  '«': 0.557,
  '»': 0.557,
  '%': 0.95,
  '+': 0.838,
  '/': 0.337,
  '&': 0.78,
  '?': 0.531,
  '!': 0.397,
  '*': 0.5,
  '·': 0.318,
  '\u00a0': 0.318,
  '\u202f': 0.2,
};
/** Digits all have the same advance; anything not listed is taken as wide as the widest lowercase letters. */
const DIGIT = 0.636;
const OTHER = 0.75;
/** DejaVu Sans Bold is up to this much wider than the Book weight. */
const BOLD = 1.2;

function charWidth(c: string): number {
  if (c >= '0' && c <= '9') return DIGIT;
  const known = WIDTHS[c] ?? WIDTHS[c.normalize('NFD')[0] ?? ''];
  return known ?? OTHER;
}

/** Width of `text` in the units of `fontSize` (px in an SVG). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontSize * (bold ? BOLD : 1);
}

/**
 * Lines of at most `maxWidth`, broken between words; a word longer than a line (a long address) is
 * broken where it must, so no line is ever wider than `maxWidth`.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) {
      lines[lines.length - 1] = `${last} ${word}`;
      continue;
    }
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    lines.push(rest);
  }
  return lines;
}
