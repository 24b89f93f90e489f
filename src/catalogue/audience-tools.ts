/**
 * The tools to show first to one kind of reader (the home page's ways in by role), from the tools'
 * typed `audiences`: tools the reader can open (with a verified address) first, then the tools written
 * for fewest audiences (the most specific to this reader), then the newest, then by title.
 */
export interface AudienceTool {
  id: string;
  title: string;
  audiences: readonly string[];
  url?: string;
  year?: number;
}

/** The tools for any of `audiences`, best first, at most `limit`; and how many there are in all. */
export function toolsForAudiences<T extends AudienceTool>(
  tools: readonly T[],
  audiences: readonly string[],
  limit: number,
): { first: T[]; total: number } {
  const matching = tools.filter((tool) => tool.audiences.some((a) => audiences.includes(a)));
  const first = [...matching]
    .sort(
      (a, b) =>
        Number(b.url !== undefined) - Number(a.url !== undefined) ||
        a.audiences.length - b.audiences.length ||
        (b.year ?? 0) - (a.year ?? 0) ||
        a.title.localeCompare(b.title),
    )
    .slice(0, limit);
  return { first, total: matching.length };
}
