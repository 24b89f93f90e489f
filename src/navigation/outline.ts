/**
 * The outline of a rendered page: its h2 and h3 headings, for the "On this page" table of contents of
 * pages that Starlight does not render from Markdown. Headings without an id get one from their text.
 */
import { applyEdits, attributeOf, elementsOf, parseHtmlFragment, textOf, type HtmlEdit } from '../core/html-tree';
import { slugify } from '../core/text';

export interface OutlineHeading {
  depth: number;
  slug: string;
  text: string;
}

export function outlineHeadings(html: string): { html: string; headings: OutlineHeading[] } {
  const headings: OutlineHeading[] = [];
  const used = new Set<string>();
  /** An id attribute for each heading without one, just after "<h2". */
  const insertions: HtmlEdit[] = [];
  for (const element of elementsOf(parseHtmlFragment(html))) {
    const start = element.sourceCodeLocation?.startTag?.startOffset;
    if ((element.tagName !== 'h2' && element.tagName !== 'h3') || start === undefined) continue;
    const text = textOf(element).replace(/\s+/g, ' ').trim();
    const existing = attributeOf(element, 'id');
    let slug = existing ?? slugify(text);
    if (!existing) for (let n = 2; used.has(slug); n++) slug = `${slugify(text)}-${n}`;
    used.add(slug);
    headings.push({ depth: Number(element.tagName[1]), slug, text });
    if (!existing) insertions.push({ start: start + 3, end: start + 3, text: ` id="${slug}"` });
  }
  return { html: applyEdits(html, insertions), headings };
}
