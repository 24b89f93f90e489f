/**
 * Every figure in content/figures/ as one table, for /data/figures.csv and /data/figures.json: the
 * value exactly as the source gives it, with unit, reference year, source and notes.
 */
import type { FigureData, FigureSource } from '../schemas/figure';

/** The fields of a figure the export writes. */
export type ExportFigure = Pick<
  FigureData,
  | 'id'
  | 'label'
  | 'indicator'
  | 'area'
  | 'value'
  | 'unit'
  | 'qualifier'
  | 'referenceYear'
  | 'referenceNote'
  | 'verification'
  | 'checkNote'
> & { source: Pick<FigureSource, 'title' | 'publisher' | 'published' | 'url' | 'checkedVia'> };

export const FIGURE_COLUMNS = [
  'id',
  'label',
  'indicator',
  'area',
  'value',
  'unit',
  'qualifier',
  'reference_year',
  'reference_note',
  'source_title',
  'source_publisher',
  'source_published',
  'source_url',
  'checked_via',
  'verification',
  'note',
];

export function figureRows(figures: ExportFigure[]): (string | number | null)[][] {
  return [...figures]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => [
      f.id,
      f.label,
      f.indicator,
      f.area,
      f.value,
      f.unit,
      f.qualifier ?? '',
      f.referenceYear,
      f.referenceNote ?? '',
      f.source.title,
      f.source.publisher,
      f.source.published,
      f.source.url ?? '',
      f.source.checkedVia ? `${f.source.checkedVia.title} ${f.source.checkedVia.url}` : '',
      f.verification,
      f.checkNote ?? '',
    ]);
}
