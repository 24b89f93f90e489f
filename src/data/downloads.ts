/**
 * Every download file under /data/, by name: one CSV, JSON and SVG per chart state, and the table of
 * all figures. Read by the static routes in src/pages/data/.
 */
import { getCollection } from 'astro:content';
import { toCsv, toJson } from '../charts/downloads';
import { FIGURE_COLUMNS, figureRows, type ExportFigure } from '../charts/figures-export';
import { addresses, loadCharts } from './charts';

export interface DownloadFile {
  csv: string;
  json: string;
  svg?: () => string;
}

export async function downloadFiles(): Promise<Map<string, DownloadFile>> {
  const files = new Map<string, DownloadFile>();
  for (const chart of await loadCharts()) {
    for (const state of chart.states) {
      files.set(state.id, {
        csv: toCsv(state.columns, state.rows),
        json: toJson(state.meta, state.columns, state.rows),
        svg: state.file,
      });
    }
  }
  const figures = (await getCollection('figures')).map((e): ExportFigure => ({ ...e.data, id: e.id }));
  const rows = figureRows(figures);
  const at = addresses();
  files.set('figures', {
    csv: toCsv(FIGURE_COLUMNS, rows),
    json: toJson(
      {
        title: 'Every figure on the IPEC+ knowledge site',
        description:
          'Each statistic the site quotes, with its value exactly as the source gives it, unit, reference year, source and notes.',
        unit: 'given per figure (column unit)',
        referenceYear: [
          Math.min(...figures.map((f) => f.referenceYear)),
          Math.max(...figures.map((f) => f.referenceYear)),
        ],
        sources: [],
        notes: ['The sources of each figure are in its row. The list of sources page explains how each was checked.'],
        chartUrl: at.absolute('/reference/sources/'),
        citation: `IPEC+ knowledge site. Figures on child labour and forced labour [data set]. ${at.absolute('/data/figures.json')}`,
      },
      FIGURE_COLUMNS,
      rows,
    ),
  });
  return files;
}
