/**
 * The content rule for deadlines in page prose: "by 2025" written as text stays true only until 2025
 * ends, so a page writes a target through <Target id="…" /> (content/targets/), which says whether the
 * year is still ahead or has passed, from the build date. Quoted text (a blockquote, or words in
 * quotation marks, such as the text of SDG target 8.7) is the source's wording and is left alone.
 */
import type { ContentProblem } from '../core/content-problem';

/** The rule as CONTRIBUTING.md prints it. */
export const DEADLINE_RULES = [
  'a deadline year ("by 2030", « d’ici 2030 », "para 2030") is written with `<Target id>` (content/targets/), never as text, except in a quotation or a code block',
] as const;

/** "by 2025", "before 2030", "d’ici 2025", "d'ici à 2030", "antes de 2030", "para 2025" (not "the estimate for 2012"). */
const DEADLINE =
  /\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?20\d\d\b|\bd[’']ici\s+(?:(?:à|la\s+fin\s+de)\s+)?20\d\d\b|\bantes\s+de(?:l)?\s+(?:año\s+)?20\d\d\b|(?<!(?:estimaci[oó]n(?:es)?|cifras?|datos)\b[^.\n]{0,40})\bpara\s+(?:el\s+año\s+)?20\d\d\b/gi;

/** Quoted spans, blanked so their words are not read as the page's own; an attribute's quotes are kept. */
const QUOTED = /(?<![=\w])"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g;

/**
 * Problems for `body`, a page's text (line numbers are the file's): one per deadline year written as text
 * outside a quotation, a fenced code block or an MDX comment.
 */
export function deadlineProblems(file: string, body: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let inBlockquote = false;
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || /^\s*(```|~~~)/.test(line)) return;
    line = line.replace(/\{\/\*.*?\*\/\}/g, (comment) => ' '.repeat(comment.length));
    // A Markdown blockquote line, or any line of an HTML <blockquote> (a quotation marked with its language).
    const opens = /<blockquote\b/i.test(line);
    const closes = /<\/blockquote>/i.test(line);
    const quoted = inBlockquote || opens || /^\s*>/.test(line);
    inBlockquote = (inBlockquote || opens) && !closes;
    if (quoted) return;
    const prose = line.replace(QUOTED, (quoted) => ' '.repeat(quoted.length));
    for (const match of prose.matchAll(DEADLINE)) {
      problems.push({
        file,
        field: `line ${index + 1}`,
        rule: `"${match[0]}" is a deadline written as text, which goes stale once the year has passed: write it with <Target id="…" /> (targets are in content/targets/), which says whether it is still ahead or was missed`,
      });
    }
  });
  return problems;
}
