/**
 * The tools that serve a guidance page, from the typed links both carry: a tool serves a page when it
 * shares one of the page's topics (if the page names any) and something specific — the readers it is
 * for, an ILO instrument or a thematic priority. Shared readers weigh most (a page for labour inspectors
 * leads to their tools first), then instruments and priorities; shared categories of change only break
 * ties (four categories cover every tool, so sharing one says little), then the newest, then by title.
 */
export interface PageLinks {
  topics: readonly string[];
  pillars: readonly string[];
  audiences: readonly string[];
  instruments: readonly string[];
  priorities: readonly string[];
}

export interface ServingTool {
  id: string;
  title: string;
  topics: readonly string[];
  pillars: readonly string[];
  audiences: readonly string[];
  conventions: readonly string[];
  priorities: readonly string[];
  year?: number;
}

/** How much each kind of shared link counts. */
const WEIGHTS = { audiences: 3, instruments: 2, priorities: 2, pillars: 0.25 } as const;

const shared = (a: readonly string[], b: readonly string[]) => a.filter((v) => b.includes(v)).length;

/** How well `tool` serves a page with `links`: 0 when it shares no topic or nothing specific. */
export function servingScore(links: PageLinks, tool: ServingTool): number {
  if (links.topics.length > 0 && shared(links.topics, tool.topics) === 0) return 0;
  const specific =
    WEIGHTS.audiences * shared(links.audiences, tool.audiences) +
    WEIGHTS.instruments * shared(links.instruments, tool.conventions) +
    WEIGHTS.priorities * shared(links.priorities, tool.priorities);
  return specific === 0 ? 0 : specific + WEIGHTS.pillars * shared(links.pillars, tool.pillars);
}

/** At most `limit` tools serving the page, best first. */
export function toolsServing<T extends ServingTool>(links: PageLinks, tools: readonly T[], limit: number): T[] {
  return tools
    .map((tool) => ({ tool, score: servingScore(links, tool) }))
    .filter((r) => r.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || (b.tool.year ?? 0) - (a.tool.year ?? 0) || a.tool.title.localeCompare(b.tool.title, 'en'),
    )
    .slice(0, limit)
    .map((r) => r.tool);
}
