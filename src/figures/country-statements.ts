/**
 * Country names as they read in a sentence, and which sentences of a text are about which country.
 * A priority achievement often covers several countries in one paragraph ("In Madagascar, … In Nepal,
 * …"); a country page shows only the sentences about that country, found from the names in the text.
 */

/**
 * "Congo, Democratic Republic of the" → "Democratic Republic of the Congo"; "Korea, Republic of" →
 * "Republic of Korea". Reference tables invert official names for sorting; a sentence, a title or a
 * list reads them in natural order. Names that are not inverted are returned unchanged.
 */
export function countryDisplayName(name: string): string {
  const inverted = name.match(/^([^,]+),\s+(.+\b(?:of|of the))$/i);
  return inverted ? `${inverted[2]} ${inverted[1]}` : name;
}

/** Abbreviations after which a full stop does not end a sentence ("Convention No. 182", "e.g. cocoa"). */
const NOT_AN_END = /(?:\b(?:No|Nos|e\.g|i\.e|etc|U\.S|U\.K|St|Dr|Mr|Ms|Mrs|vs))\.$/;

/** A text's sentences, in order: split after ".", "!" or "?" followed by a space and a capital letter. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  for (const piece of text.trim().split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d{])/u)) {
    current = current ? `${current} ${piece}` : piece;
    if (!NOT_AN_END.test(current)) {
      sentences.push(current);
      current = '';
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

export interface CountryNames {
  id: string;
  /** The names the country goes by in the texts: its display name and any other name the sources use. */
  names: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Ids of the countries a sentence names. Longer names are matched first and taken out, so "South Sudan"
 * is not also read as "Sudan", and "Niger" is not found in "Nigeria".
 */
export function countriesNamed(sentence: string, countries: CountryNames[]): string[] {
  const names = countries
    .flatMap((c) => c.names.map((name) => ({ id: c.id, name })))
    .sort((a, b) => b.name.length - a.name.length);
  let rest = sentence;
  const found = new Set<string>();
  for (const { id, name } of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    if (pattern.test(rest)) {
      found.add(id);
      rest = rest.replace(pattern, ' ');
    }
  }
  return [...found];
}

/**
 * The sentences of `text` that are about `countryId`. A sentence that names countries is about those
 * countries. A sentence that names none continues the sentence before it ("In Peru, committees were
 * reactivated. They cover cotton regions."), or, before any country is named, introduces the whole text
 * and is about every country the text covers.
 */
export function sentencesAbout(text: string, countryId: string, countries: CountryNames[]): string[] {
  let previous: string[] | undefined;
  return splitSentences(text).filter((sentence) => {
    const named = countriesNamed(sentence, countries);
    const about = named.length > 0 ? named : previous;
    if (named.length > 0) previous = named;
    return about === undefined || about.includes(countryId);
  });
}

export interface AchievementForCountry {
  text: string;
  tools: string[];
}

/**
 * What an achievement says about one country: the sentences about it, and the tools that are not tied
 * to other countries only (a tool that lists countries must list this one).
 */
export function achievementForCountry(
  achievement: { text: string; tools: string[] },
  countryId: string,
  countries: CountryNames[],
  toolCountries: Record<string, string[]>,
): AchievementForCountry {
  return {
    text: sentencesAbout(achievement.text, countryId, countries).join(' '),
    tools: achievement.tools.filter((id) => {
      const listed = toolCountries[id] ?? [];
      return listed.length === 0 || listed.includes(countryId);
    }),
  };
}

/**
 * Where an achievement's text and its `countries` list disagree: a listed country the text never names
 * (its page would show nothing of the achievement) or a named country that is not listed (its page would
 * miss it). Country pages are derived from both, so they must match.
 */
export function countryMismatches(
  achievement: { text: string; countries: string[] },
  countries: CountryNames[],
): string[] {
  const named = new Set(splitSentences(achievement.text).flatMap((s) => countriesNamed(s, countries)));
  const listed = new Set(achievement.countries);
  return [
    ...[...listed]
      .filter((id) => !named.has(id))
      .map((id) => `lists "${id}" in countries, but the text never names it`),
    ...[...named]
      .filter((id) => !listed.has(id))
      .map(
        (id) =>
          `names ${countries.find((c) => c.id === id)?.names[0] ?? id} in the text, but countries does not list "${id}"`,
      ),
  ];
}
