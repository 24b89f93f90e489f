/**
 * Turns a dataset into what <MapFigure> shows in one panel: table rows, text summary and sources.
 */
import type { DataRow, FigureLike } from '../../charts/datasets';
import { extremes } from '../../charts/datasets';

export interface MapPanel {
  id: string;
  switchLabel: string;
  subtitle: string;
  svg: string;
  legend: string;
  summary: string;
  notes: string[];
  table: { caption: string; head: string[]; rows: { region: string; cells: string[] }[] };
  csvHref: string;
  csvLabel: string;
  sources: FigureLike['source'][];
  /** The source line when the panel draws on documents rather than figures. */
  sourceLink?: { href: string; text: string };
}

/** The distinct sources of the rows, in order of first use. */
export function sourcesOf(rows: DataRow[], figures: FigureLike[]): FigureLike['source'][] {
  const seen = new Map<string, FigureLike['source']>();
  for (const r of rows) {
    if (r.value === null) continue;
    const f = figures.find((x) => x.source.title === r.sourceTitle);
    if (f && !seen.has(f.source.title)) seen.set(f.source.title, f.source);
  }
  return [...seen.values()];
}

/** "Highest: Africa, 19.6%. Lowest: Arab States, 2.9%. No data: Northern America." */
export function regionSummary(rows: DataRow[]): string {
  const ex = extremes(rows);
  if (!ex) return 'No figures are available for this indicator and year.';
  const missing = rows.filter((r) => r.value === null).map((r) => r.region);
  const parts = [`Highest: ${ex.highest.region}, ${ex.highest.valueText}.`, `Lowest: ${ex.lowest.region}, ${ex.lowest.valueText}.`];
  if (missing.length) parts.push(`No data: ${missing.join(', ')}.`);
  return parts.join(' ');
}

/** Table head and rows for a region map; the note column only when some row has a note. */
export function regionTable(rows: DataRow[]) {
  const notes = rows.map((r) => (r.alsoReported.length ? `Also reported: ${r.alsoReported.join('; ')}` : ''));
  const withNotes = notes.some(Boolean);
  return {
    head: ['Region', 'Value', 'Reference year', ...(withNotes ? ['Note'] : [])],
    rows: rows.map((r, i) => ({
      region: r.region,
      cells: [r.valueText, String(r.referenceYear), ...(withNotes ? [notes[i]] : [])],
    })),
  };
}

export const csvHref = (name: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}/data/${name}.csv`;
