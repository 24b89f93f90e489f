/**
 * Pure helpers for the collection pages (conventions, priorities, countries): grouping, ordering and
 * the backlinks between entries. They take plain `{ id, data }` entries so they can be unit-tested
 * without Astro.
 */
import { CONVENTION_GROUPS, CONVENTION_GROUP_LABELS, ILO_REGIONS, INSTRUMENTS, PILLARS } from '../schemas/vocab';
import { vocabLabel, type Translate } from '../i18n/translate';
import { refId, type Ref } from '../schemas/reference';
import type { ConventionData } from '../schemas/convention';
import type { PriorityData } from '../schemas/priority';
import type { CountryData } from '../schemas/country';
import type { ToolData } from '../schemas/tool';
import { DEFAULT_LANG, type Lang } from '../core/locales';

export interface Entry<T> {
  id: string;
  data: T;
}

// Each helper asks only for the fields it reads, so tests can pass small entries.
type InstrumentData = Pick<ConventionData, 'code' | 'instrument'>;
type ToolRefs = Pick<ToolData, 'conventions' | 'countries' | 'priorities'>;
type PriorityAchievements = Pick<PriorityData, 'order' | 'context' | 'achievements'>;

const refsInclude = (refs: Ref[], id: string) => refs.some((r) => refId(r) === id);

/** Instrument number from its code: "C138" → 138. */
const instrumentNumber = (code: string): number => Number(code.slice(1));

/** Conventions first, then protocols, then recommendations; each by number. */
function compareInstruments(a: InstrumentData, b: InstrumentData): number {
  return (
    INSTRUMENTS.indexOf(a.instrument) - INSTRUMENTS.indexOf(b.instrument) ||
    instrumentNumber(a.code) - instrumentNumber(b.code)
  );
}

/**
 * Instruments by group, in the order the brochures present them; empty groups are left out. Group
 * labels are in the translator's language (English without one).
 */
export function groupConventions<T extends Entry<InstrumentData & Pick<ConventionData, 'group'>>>(
  entries: T[],
  t?: Translate,
) {
  return CONVENTION_GROUPS.map((group) => ({
    group,
    label: t ? vocabLabel(t, 'conventionGroup', group) : CONVENTION_GROUP_LABELS[group],
    entries: entries.filter((e) => e.data.group === group).sort((a, b) => compareInstruments(a.data, b.data)),
  })).filter((g) => g.entries.length > 0);
}

/** Instruments that name `id` as the one they supplement (its protocol and recommendations). */
export function supplementedBy<T extends Entry<InstrumentData & Pick<ConventionData, 'supplements'>>>(
  entries: T[],
  id: string,
): T[] {
  return entries
    .filter((e) => e.data.supplements && refId(e.data.supplements) === id)
    .sort((a, b) => compareInstruments(a.data, b.data));
}

/**
 * Instrument ids a text cites by number: "Convention No. 182" → c182, "Recommendation No. 205" → r205,
 * "Work in Fishing Convention No. 188" → c188. Lets achievements link to conventions without a field.
 */
export function instrumentsCited(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(Convention|Recommendation)s?\s+No\.\s*(\d{1,3})\b/g)) {
    found.add(`${m[1] === 'Convention' ? 'c' : 'r'}${m[2]}`);
  }
  return [...found];
}

export function toolsForConvention<T extends Entry<ToolRefs>>(tools: T[], conventionId: string): T[] {
  return tools.filter((t) => refsInclude(t.data.conventions, conventionId));
}

export function toolsForCountry<T extends Entry<ToolRefs>>(tools: T[], countryId: string): T[] {
  return tools.filter((t) => refsInclude(t.data.countries, countryId));
}

/**
 * Priorities related to an instrument: an achievement or a context line cites it, or a tool that refers to
 * it belongs to the priority (through the tool's `priorities` or an achievement's `tools`).
 */
export function prioritiesForConvention<P extends Entry<PriorityAchievements>>(
  priorities: P[],
  tools: Entry<ToolRefs>[],
  conventionId: string,
): P[] {
  const relatedTools = toolsForConvention(tools, conventionId);
  return priorities
    .filter(
      (p) =>
        p.data.context.some((line) => instrumentsCited(line).includes(conventionId)) ||
        p.data.achievements.some(
          (a) =>
            instrumentsCited(a.text).includes(conventionId) || relatedTools.some((t) => refsInclude(a.tools, t.id)),
        ) ||
        relatedTools.some((t) => refsInclude(t.data.priorities, p.id)),
    )
    .sort((a, b) => a.data.order - b.data.order);
}

/** Achievements that name a country, grouped by priority in priority order; priorities without any are left out. */
export function achievementsForCountry<P extends Entry<PriorityAchievements>>(priorities: P[], countryId: string) {
  return [...priorities]
    .sort((a, b) => a.data.order - b.data.order)
    .map((priority) => ({
      priority,
      achievements: priority.data.achievements.filter((a) => refsInclude(a.countries, countryId)),
    }))
    .filter((g) => g.achievements.length > 0);
}

/** A priority's achievements by theory-of-change category, in the PILLARS order (every category kept). */
export function achievementsByPillar<A extends Pick<PriorityData['achievements'][number], 'pillar'>>(priority: {
  achievements: A[];
}) {
  return PILLARS.map((pillar) => ({ pillar, achievements: priority.achievements.filter((a) => a.pillar === pillar) }));
}

/**
 * Countries by ILO region: those in the February 2024 list and those the documents name elsewhere,
 * with counts. Regions with no country are kept so the page can say so.
 */
export function groupCountriesByRegion<T extends Entry<Pick<CountryData, 'name' | 'region' | 'listedFebruary2024'>>>(
  countries: T[],
  lang: Lang = DEFAULT_LANG,
) {
  const byName = (a: T, b: T) => a.data.name.localeCompare(b.data.name, lang);
  const regions = ILO_REGIONS.map((region) => {
    const inRegion = countries.filter((c) => c.data.region === region).sort(byName);
    const listed = inRegion.filter((c) => c.data.listedFebruary2024);
    const additional = inRegion.filter((c) => !c.data.listedFebruary2024);
    return { region, listed, additional };
  });
  return {
    regions,
    totalListed: regions.reduce((n, r) => n + r.listed.length, 0),
    totalAdditional: regions.reduce((n, r) => n + r.additional.length, 0),
  };
}
