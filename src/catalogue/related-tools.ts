/**
 * "Related tools" on a tool page: the tools most alike, with no filler. The vocabularies are coarse
 * (two topics, four categories of change), so sharing them says little on its own: a social protection
 * handbook and a set of forced labour indicators share a topic and a category and nothing else. A tool
 * is related when it shares a category of change and a topic, and also something specific: thematic
 * priorities, ILO instruments, or the distinctive words of its title and description (rare words count
 * more than common ones). Related tools are ranked by all of these together, and by the same kind.
 */

import { refId } from '../schemas/reference';
import type { ToolData } from '../schemas/tool';

export interface RelatedCandidate {
  id: string;
  title: string;
  description: string;
  kind: string;
  topics: string[];
  pillars: string[];
  priorities: string[];
  conventions: string[];
}

/** A tools-collection entry as the ranking sees it (references reduced to their ids). */
export function relatedCandidate({
  id,
  data,
}: {
  id: string;
  data: Pick<ToolData, 'title' | 'description' | 'kind' | 'topics' | 'pillars' | 'priorities' | 'conventions'>;
}): RelatedCandidate {
  return {
    id,
    title: data.title,
    description: data.description,
    kind: data.kind,
    topics: [...data.topics],
    pillars: [...data.pillars],
    priorities: data.priorities.map(refId),
    conventions: data.conventions.map(refId),
  };
}

/**
 * How much specific common ground (priorities, instruments, words) a tool needs to be related: about a
 * fifth of the words alike, or half of the priorities or instruments shared.
 */
const MIN_SPECIFIC = 0.4;

const STOP_WORDS = new Set(
  'and the for with from that this its their into on of to in a an by or as at be are is was were it which who how what all more most also other others through used use uses using can ilo labour child forced work workers'.split(
    ' ',
  ),
);

/** The words of a tool's title and description that can tell it apart: lower case, no stop words. */
export function distinctiveWords(tool: Pick<RelatedCandidate, 'title' | 'description'>): string[] {
  return `${tool.title} ${tool.description}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

/** Weights each word by how rare it is among `tools` (inverse document frequency). */
export function wordWeights(tools: Pick<RelatedCandidate, 'title' | 'description'>[]): Map<string, number> {
  const documents = new Map<string, number>();
  for (const t of tools) for (const w of new Set(distinctiveWords(t))) documents.set(w, (documents.get(w) ?? 0) + 1);
  return new Map([...documents].map(([w, n]) => [w, Math.log((1 + tools.length) / (1 + n)) + 1]));
}

function textVector(tool: RelatedCandidate, weights: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  for (const w of distinctiveWords(tool)) v.set(w, (v.get(w) ?? 0) + (weights.get(w) ?? 1));
  return v;
}

/** Cosine similarity of two word vectors: 1 for the same words in the same proportions, 0 for none shared. */
function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [w, x] of a) dot += x * (b.get(w) ?? 0);
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot / n;
}
const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));

const shared = (a: string[], b: string[]) => a.filter((v) => b.includes(v)).length;
/** Overlap of two lists: 1 when they are the same, 0 when they share nothing (or both are empty). */
const overlap = (a: string[], b: string[]) => {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : shared(a, b) / union;
};

/** The score of `relatedness`, given the two tools' word vectors (so an index can compute each once). */
function score(
  tool: RelatedCandidate,
  other: RelatedCandidate,
  toolWords: Map<string, number>,
  otherWords: Map<string, number>,
): number {
  const topics = overlap(tool.topics, other.topics);
  const pillars = overlap(tool.pillars, other.pillars);
  if (topics === 0 || pillars === 0) return 0;
  const specific =
    overlap(tool.priorities, other.priorities) +
    overlap(tool.conventions, other.conventions) +
    2 * cosine(toolWords, otherWords);
  if (specific < MIN_SPECIFIC) return 0;
  return topics + pillars + specific + (tool.kind === other.kind ? 0.5 : 0);
}

/**
 * How alike `other` is to `tool`: 0 when they share no category of change or no topic, or too little
 * that is specific (see MIN_SPECIFIC); else the overlaps of topics and categories (0–1 each), plus the
 * specific common ground (overlaps of priorities and instruments, 0–1 each, and twice the similarity of
 * their words, 0–1), plus 0.5 for the same kind of resource.
 */
export function relatedness(
  tool: RelatedCandidate,
  other: RelatedCandidate,
  weights: Map<string, number> = new Map(),
): number {
  return score(tool, other, textVector(tool, weights), textVector(other, weights));
}

/** What a tool can share that is specific: its priorities, instruments and distinctive words. */
const specificKeys = (tool: RelatedCandidate) => [
  ...tool.priorities.map((p) => `priority:${p}`),
  ...tool.conventions.map((c) => `instrument:${c}`),
  ...new Set(distinctiveWords(tool).map((w) => `word:${w}`)),
];

/**
 * Ranks related tools for every tool of `all`, computing word weights and vectors once. Only tools that
 * share something specific can score above 0, so each tool is compared with those alone (found through
 * an index of priorities, instruments and words): a tool page costs little even in a catalogue of
 * thousands. Returns, for a tool, at most `limit` related tools, most alike first, then by title.
 */
export function relatedToolsIndex<T extends RelatedCandidate>(all: T[], limit = 5): (tool: RelatedCandidate) => T[] {
  const weights = wordWeights(all);
  const vectors = new Map(all.map((t) => [t, textVector(t, weights)]));
  const sharing = new Map<string, T[]>();
  for (const t of all) {
    for (const key of specificKeys(t)) {
      const list = sharing.get(key);
      if (list) list.push(t);
      else sharing.set(key, [t]);
    }
  }
  return (tool) => {
    const toolWords = textVector(tool, weights);
    const candidates = new Set<T>();
    for (const key of specificKeys(tool))
      for (const other of sharing.get(key) ?? []) if (other.id !== tool.id) candidates.add(other);
    return [...candidates]
      .map((other) => ({ other, score: score(tool, other, toolWords, vectors.get(other)!) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title, 'en'))
      .slice(0, limit)
      .map((r) => r.other);
  };
}

/** At most `limit` related tools, most alike first, then by title. */
export function rankRelatedTools<T extends RelatedCandidate>(tool: RelatedCandidate, all: T[], limit = 5): T[] {
  return relatedToolsIndex(all, limit)(tool);
}
