/**
 * Rules for the entries the site's code is built from (src/core/site-entries.ts): each exists in
 * content/ and is published.
 */
import type { ContentProblem } from '../core/content-problem';
import { idFromPath } from '../core/content-files';
import { SITE_ENTRIES, type SiteIntro } from '../core/site-entries';
import { PLACEHOLDER, type IntroData } from '../schemas/intro';
import type { Ids } from './entries';

export const SITE_ENTRY_RULES = [
  `the files the site's pages are built from exist and are published: content/intros/ (${Object.keys(SITE_ENTRIES.intros).join(', ')}), each using only the placeholders its page fills in, and content/charts/ (${SITE_ENTRIES.charts.join(', ')})`,
] as const;

export function siteEntryProblems(ids: Ids, intros: readonly { file: string; data: IntroData }[]): ContentProblem[] {
  const missing = (collection: 'intros' | 'charts', named: readonly string[], builtFromIt: (id: string) => string) =>
    named
      .filter((id) => !ids[collection].has(id))
      .map((id) => ({
        file: `content/${collection}/${id}.yaml`,
        field: '(file)',
        rule: `is missing or a draft: ${builtFromIt(id)} is built from it (src/core/site-entries.ts); restore or publish it`,
      }));
  return [
    ...missing('intros', Object.keys(SITE_ENTRIES.intros), (id) => `the page /${id}/`),
    ...missing('charts', SITE_ENTRIES.charts, () => 'a chart on the guidance pages'),
    ...intros.flatMap(({ file, data }) => placeholderProblems(file, data)),
  ];
}

/** Placeholders in an intro (any language) that its page does not fill in: they would show as typed. */
function placeholderProblems(file: string, data: IntroData): ContentProblem[] {
  const id = idFromPath(file);
  const offered: readonly string[] = id in SITE_ENTRIES.intros ? SITE_ENTRIES.intros[id as SiteIntro] : [];
  const translations: Record<string, { intro?: string[] } | undefined> = data.translations ?? {};
  const versions: [string, string[]][] = [
    ['intro', data.intro],
    ...Object.entries(translations).map(([lang, t]): [string, string[]] => [
      `translations.${lang}.intro`,
      t?.intro ?? [],
    ]),
  ];
  return versions.flatMap(([field, paragraphs]) =>
    paragraphs.flatMap((paragraph, index) =>
      [...paragraph.matchAll(PLACEHOLDER)]
        .filter((m) => !offered.includes(m[1]!))
        .map((m) => ({
          file,
          field: `${field}.${index}`,
          rule: `${m[0]} is not a value the page fills in (${offered.length ? offered.map((k) => `{${k}}`).join(', ') : 'it fills in none'})`,
        })),
    ),
  );
}
