/**
 * Sources of the figures collection, one per file in content/figures/, with how many figures each
 * supplied and how they were checked. Used by the "Sources and methods" page so its counts come from
 * the data, not from typed numbers.
 */

export interface SourcedFigure {
  verification: string;
  source: { title: string; publisher: string; published: number; url?: string; checkedVia?: { title: string; url: string } };
}

export interface SourceSummary<S> {
  /** The file name without extension, e.g. "child-labour-estimates-2020". */
  file: string;
  source: S;
  total: number;
  /** Count per verification status, e.g. { "stated-in-seed": 4, verified: 9 }. */
  byVerification: Record<string, number>;
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
    const summary = byFile.get(file) ?? { file, source: data.source, total: 0, byVerification: {} };
    summary.total += 1;
    summary.byVerification[data.verification] = (summary.byVerification[data.verification] ?? 0) + 1;
    byFile.set(file, summary);
  }
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}

export const VERIFICATION_LABELS: Record<string, string> = {
  'stated-in-seed': 'stated in an IPEC+ document',
  verified: 'verified in the source or a page quoting it',
  partial: 'partly verified',
};
