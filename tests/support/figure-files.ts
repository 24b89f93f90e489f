/**
 * Reads content/figures/*.yaml the way the build does (same file list, same YAML parser, drafts left
 * out), without the Astro runtime, for the data tests.
 */
import { join, resolve } from 'node:path';
import { isDraft, listFiles, parseYamlFile } from '../../src/core/content-files';
import type { FigureData } from '../../src/schemas/figure';

export const root = resolve(import.meta.dirname, '../..');

/** A figure with the file it is written in. */
export type FigureRow = FigureData & { file: string };

export function readFigures(): FigureRow[] {
  return listFiles(join(root, 'content/figures'), ['.yaml', '.yml']).flatMap((path) => {
    const { file, data, syntaxError } = parseYamlFile(root, path);
    if (syntaxError) throw new Error(`${file}: ${syntaxError}`);
    if (isDraft(data)) return [];
    const { source, figures } = data as { source: FigureRow['source']; figures: Omit<FigureRow, 'source' | 'file'>[] };
    return figures.map((f) => ({ ...f, source, file }));
  });
}
