/**
 * The files behind every chart page's downloads, as pure functions: CSV for spreadsheets (UTF-8 with a
 * byte-order mark, so "Côte d'Ivoire" survives Excel; formula-like cells neutralised) and JSON with
 * the metadata a reader needs to reuse the numbers.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Translate } from '../i18n/translate';

export const BOM = '\uFEFF';

/**
 * A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "-2", "@SUM") gets a
 * leading apostrophe, which spreadsheets show as text. Numbers stay numbers: -3.5 is data, not a formula.
 */
export function neutraliseCell(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A CSV file: header then rows, quoted where needed (commas, quotes, line breaks), BOM first. */
export function toCsv(columns: string[], rows: (string | number | null | undefined)[][]): string {
  return BOM + csvFormatRows([columns, ...rows.map((r) => r.map(neutraliseCell))]) + '\r\n';
}

export interface SourceMeta {
  title: string;
  publisher: string;
  published: number;
  /** Address a reader can open; absent when the source is not online. */
  url?: string;
}

export interface DownloadMeta {
  title: string;
  description: string;
  /** Unit of the values, in words: "percentage of children aged 5–17". */
  unit: string;
  /** The reference year, or first and last year of a series. */
  referenceYear: number | [number, number];
  sources: SourceMeta[];
  notes: string[];
  /** Address of the chart page. */
  chartUrl: string;
  /** How to cite the chart. */
  citation: string;
  /** Title, description and notes in the site's other languages, keyed by language ("fr", "es"). */
  translations?: Record<string, MetaTranslation>;
}

/** The text of a download's metadata in another language; the data keep their English column names. */
export type MetaTranslation = Pick<DownloadMeta, 'title' | 'description' | 'notes'>;

export const REQUIRED_META: Exclude<keyof DownloadMeta, 'translations'>[] = [
  'title',
  'description',
  'unit',
  'referenceYear',
  'sources',
  'notes',
  'chartUrl',
  'citation',
];

/** The JSON download: metadata first, then the rows under their column names. */
export function toJson(meta: DownloadMeta, columns: string[], rows: (string | number | null)[][]): string {
  const data = rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null])));
  return JSON.stringify({ ...meta, columns, data }, null, 2) + '\n';
}

/** A piece of a citation; `english` when it is a source's title, written in English whatever the page. */
export interface CitationPart {
  text: string;
  english?: boolean;
}

/** Marks that cannot occur in a title (Unicode private use), put around the English pieces while the sentence is built. */
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
const english = (text: string) => `${OPEN}${text}${CLOSE}`;

/**
 * The citation in the translator's language, in pieces: the sources' titles (English as the sources give
 * them) apart from the sentence around them, so a French page can mark them lang="en". Publishers are
 * named in the page's language (content/figures/ translates each source's publisher).
 */
export function citationParts(
  o: { site: string; title: string; sources: SourceMeta[]; url: string },
  t: Translate,
): CitationPart[] {
  const sources = o.sources
    .map((s) =>
      t('site.charts.sourceItem', {
        publisher: s.publisher,
        published: String(s.published),
        title: english(s.title),
      }),
    )
    .join(t('site.semicolon'));
  const data = sources ? ` ${t('site.charts.citationData', { sources })}` : '';
  const text = t('site.charts.citation', { site: o.site, title: o.title, data, url: o.url });
  const parts: CitationPart[] = [];
  for (const [i, piece] of text.split(new RegExp(`${OPEN}|${CLOSE}`, 'u')).entries()) {
    if (piece) parts.push(i % 2 === 1 ? { text: piece, english: true } : { text: piece });
  }
  return parts;
}

/** What the BibTeX and RIS files of a chart state say. `accessed` is an ISO date (YYYY-MM-DD). */
export interface CitationRecord {
  id: string;
  site: string;
  title: string;
  sources: SourceMeta[];
  url: string;
  accessed: string;
}

const dataLine = (sources: SourceMeta[]) =>
  sources.map((s) => `${s.publisher} (${s.published}), ${s.title}`).join('; ');

/** BibTeX's special characters, escaped so a title with "&" or "%" stays text. */
const bibText = (text: string) =>
  text.replace(/[\\{}&%$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`,
  );

/** A @misc entry (biblatex reads `urldate`; BibTeX styles print `note`). */
export function toBibtex(c: CitationRecord): string {
  const data = dataLine(c.sources);
  const fields = [
    ['author', `{${bibText(c.site)}}`],
    ['title', bibText(c.title)],
    ['year', c.accessed.slice(0, 4)],
    ['howpublished', `\\url{${c.url}}`],
    ['url', c.url],
    ['urldate', c.accessed],
    ['note', bibText(`${data ? `Data: ${data}. ` : ''}Accessed ${c.accessed}`)],
  ];
  return `@misc{${c.id.replace(/[^\w-]/g, '-')},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** An RIS record (Zotero, EndNote, Mendeley): one tag a line, CRLF line ends, ER to close. */
export function toRis(c: CitationRecord): string {
  const data = dataLine(c.sources);
  const clean = (text: string) => text.replace(/[\r\n]+/g, ' ');
  const lines = [
    ['TY', 'ELEC'],
    ['TI', c.title],
    ['AU', c.site],
    ['PY', c.accessed.slice(0, 4)],
    ['UR', c.url],
    ['Y2', c.accessed.replace(/-/g, '/')],
    ...(data ? [['N1', `Data: ${data}`]] : []),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${clean(value!)}`.trimEnd()).join('\r\n') + '\r\n';
}
