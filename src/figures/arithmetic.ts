/**
 * Arithmetic checks across figures: shares of one whole add up to 100, and the parts of a total add
 * up to the total. Both allow for the rounding of published values.
 */
import type { ContentProblem } from '../core/content-problem';
import type { FigureFields } from '../schemas/figure';

/** The fields the arithmetic checks read. */
type FigureRecord = Pick<FigureFields, 'id' | 'value' | 'unit' | 'shareGroup' | 'partOf'>;

/** Published shares are rounded to whole numbers or one decimal: allow ±1.5 points in total. */
export const SHARE_TOLERANCE = 1.5;
/** Parts of a published total are rounded separately: allow 1% of the total. */
export const PART_TOLERANCE = 0.01;

type Located = FigureRecord & { file: string; index: number };

export function checkFigureArithmetic(figures: Located[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groups = new Map<string, Located[]>();
  for (const f of figures) if (f.shareGroup) groups.set(f.shareGroup, [...(groups.get(f.shareGroup) ?? []), f]);
  for (const [group, members] of groups) {
    const sum = members.reduce((s, f) => s + f.value, 0);
    if (Math.abs(sum - 100) > SHARE_TOLERANCE) {
      const first = members[0]!;
      problems.push({
        file: first.file,
        field: `figures.${first.index}.shareGroup`,
        rule: `the shares in group "${group}" add up to ${+sum.toFixed(2)}, not 100 (±${SHARE_TOLERANCE}): ${members.map((m) => `${m.id}=${m.value}`).join(', ')}`,
      });
    }
  }
  const byId = new Map(figures.map((f) => [f.id, f]));
  const parts = new Map<string, Located[]>();
  for (const f of figures) if (f.partOf) parts.set(f.partOf, [...(parts.get(f.partOf) ?? []), f]);
  for (const [totalId, members] of parts) {
    const total = byId.get(totalId);
    const first = members[0]!;
    if (!total) {
      problems.push({
        file: first.file,
        field: `figures.${first.index}.partOf`,
        rule: `refers to figure "${totalId}", which does not exist`,
      });
      continue;
    }
    const sum = members.reduce((s, f) => s + f.value, 0);
    if (Math.abs(sum - total.value) > Math.abs(total.value) * PART_TOLERANCE) {
      problems.push({
        file: first.file,
        field: `figures.${first.index}.partOf`,
        rule: `the parts of "${totalId}" add up to ${sum}, but the total is ${total.value} (allowed difference ${PART_TOLERANCE * 100}%)`,
      });
    }
  }
  return problems;
}
