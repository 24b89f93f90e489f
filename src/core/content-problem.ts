/**
 * A problem found in content, as every content check reports it (the content guard, the figure
 * arithmetic): which file, which field or line, which rule. Its own module so the checks can share it
 * without importing each other.
 */
export interface ContentProblem {
  file: string;
  /** A field path, "line N", or a parenthesized part such as "(file name)". */
  field: string;
  rule: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file} → ${p.field}: ${p.rule}`;
}
