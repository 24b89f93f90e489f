/**
 * The outline of a rendered page: its h2 and h3 headings, for the "On this page" table of contents of
 * pages that Starlight does not render from Markdown. Headings without an id get one from their text.
 */
import { slugify } from './collections';

export interface OutlineHeading {
  depth: number;
  slug: string;
  text: string;
}

const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

export function outlineHeadings(html: string): { html: string; headings: OutlineHeading[] } {
  const headings: OutlineHeading[] = [];
  const used = new Set<string>();
  const withIds = html.replace(/<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g, (whole, level: string, attrs = '', inner: string) => {
    const text = decode(inner.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    const existing = /\sid="([^"]+)"/.exec(attrs)?.[1];
    let slug = existing ?? slugify(text);
    if (!existing) for (let n = 2; used.has(slug); n++) slug = `${slugify(text)}-${n}`;
    used.add(slug);
    headings.push({ depth: Number(level), slug, text });
    return existing ? whole : `<h${level} id="${slug}"${attrs}>${inner}</h${level}>`;
  });
  return { html: withIds, headings };
}
