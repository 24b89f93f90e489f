/**
 * Every download file under /data/, by name (download-names.ts): one CSV, JSON and SVG per chart state,
 * and the table of all figures. Read by the static routes in src/pages/data/. The files are the same for every page
 * language: English column names and values, and in the JSON the title, description and notes in
 * each other language under `translations`.
 */
import { getCollection } from 'astro:content';
import { toBibtex, toCsv, toJson, toRis, type DownloadMeta, type MetaTranslation } from './downloads';
import { buildDate } from '../core/build-date';
import { FIGURE_COLUMNS, figureRows, type ExportFigure } from './figures-export';
import { DEFAULT_LANG, LANGS } from '../core/locales';
import { EXPORT_SIZES, exportName, type ExportSize } from './standalone';
import { addresses, loadCharts } from './registry';
import { FIGURES_DOWNLOAD } from './download-names';
import { uiStrings } from '../i18n/ui-strings';

export interface DownloadFile {
  csv: string;
  json: string;
  svg?: () => string;
  /** The citation as BibTeX and RIS (chart states only). */
  bib?: string;
  ris?: string;
}

const OTHER_LANGS = LANGS.filter((lang) => lang !== DEFAULT_LANG);

const textOf = (meta: DownloadMeta): MetaTranslation => ({
  title: meta.title,
  description: meta.description,
  notes: meta.notes,
});

/** Every exported picture: each chart state in every language and export size, drawn by the page's renderer. */
export async function exportFiles(): Promise<Map<string, () => string>> {
  const files = new Map<string, () => string>();
  for (const lang of LANGS) {
    for (const chart of await loadCharts(lang)) {
      for (const state of chart.states) {
        for (const size of Object.keys(EXPORT_SIZES) as ExportSize[])
          files.set(exportName(state.download, lang, size), () => state.file(size));
      }
    }
  }
  return files;
}

/** A chart state's citation files, in English like the other downloads, accessed on the day of the build. */
function citationFiles(id: string, meta: DownloadMeta): { bib: string; ris: string } {
  const record = {
    id,
    site: uiStrings(DEFAULT_LANG)('site.charts.siteName'),
    title: meta.title,
    sources: meta.sources,
    url: meta.chartUrl,
    accessed: buildDate(),
  };
  return { bib: toBibtex(record), ris: toRis(record) };
}

export async function downloadFiles(): Promise<Map<string, DownloadFile>> {
  const files = new Map<string, DownloadFile>();
  const translated = await Promise.all(OTHER_LANGS.map(async (lang) => ({ lang, charts: await loadCharts(lang) })));
  for (const chart of await loadCharts()) {
    for (const state of chart.states) {
      const translations = Object.fromEntries(
        translated.flatMap(({ lang, charts }) => {
          const other = charts.find((c) => c.id === chart.id)?.states.find((s) => s.id === state.id);
          return other ? [[lang, textOf(other.meta)]] : [];
        }),
      );
      files.set(state.download, {
        csv: toCsv(state.columns, state.rows),
        json: toJson({ ...state.meta, translations }, state.columns, state.rows),
        svg: state.file,
        ...citationFiles(state.download, state.meta),
      });
    }
  }
  const figures = (await getCollection('figures')).map((e): ExportFigure => ({ ...e.data, id: e.id }));
  const rows = figureRows(figures);
  const at = addresses();
  const figuresText = (lang: (typeof LANGS)[number]): MetaTranslation => {
    const t = uiStrings(lang);
    return {
      title: t('site.data.figures.title'),
      description: t('site.data.figures.description'),
      notes: [t('site.data.figures.note')],
    };
  };
  const english = figuresText(DEFAULT_LANG);
  files.set(FIGURES_DOWNLOAD, {
    csv: toCsv(FIGURE_COLUMNS, rows),
    json: toJson(
      {
        title: english.title,
        description: english.description,
        unit: 'given per figure (column unit)',
        referenceYear: [
          Math.min(...figures.map((f) => f.referenceYear)),
          Math.max(...figures.map((f) => f.referenceYear)),
        ],
        sources: [],
        notes: english.notes,
        chartUrl: at.absolute('/reference/sources/'),
        citation: `IPEC+ knowledge site. Figures on child labour and forced labour [data set]. ${at.absolute('/data/figures.json')}`,
        translations: Object.fromEntries(OTHER_LANGS.map((lang) => [lang, figuresText(lang)])),
      },
      FIGURE_COLUMNS,
      rows,
    ),
  });
  return files;
}
