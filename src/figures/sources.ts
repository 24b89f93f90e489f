/**
 * Sources of the figures collection, one per file in content/figures/, with how many figures each
 * supplied and how they were checked. Used by the "Sources and methods" page so its counts come from
 * the data, not from typed numbers.
 */

import type { FigureData } from '../schemas/figure';
import type { Verification } from '../schemas/vocab';

type SourcedFigure = Pick<FigureData, 'verification' | 'source'>;

export interface SourceSummary<S> {
  /** The file name without extension, e.g. "child-labour-estimates-2020". */
  file: string;
  source: S;
  total: number;
  /** Count per verification status, e.g. { "stated-in-seed": 4, verified: 9 }. */
  byVerification: Partial<Record<Verification, number>>;
}

const fileId = (filePath: string) => filePath.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** One summary per source file whose name starts with one of `prefixes`, ordered by file name. */
export function summarizeSources<F extends SourcedFigure>(
  entries: { filePath?: string; data: F }[],
  prefixes: string[] = [''],
): SourceSummary<F['source']>[] {
  const byFile = new Map<string, SourceSummary<F['source']>>();
  for (const { filePath, data } of entries) {
    if (!filePath) continue;
    const file = fileId(filePath);
    if (!prefixes.some((p) => file.startsWith(p))) continue;
    const summary: SourceSummary<F['source']> = byFile.get(file) ?? {
      file,
      source: data.source,
      total: 0,
      byVerification: {},
    };
    summary.total += 1;
    summary.byVerification[data.verification] = (summary.byVerification[data.verification] ?? 0) + 1;
    byFile.set(file, summary);
  }
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}
