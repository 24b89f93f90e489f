/**
 * The entries of content/ that the site's own pages and components are built from, by collection: the
 * index pages take their opening from content/intros/, the summary charts on guidance pages from
 * content/charts/. Code names them through these types, and the content guard checks before the build that each exists
 * and is published, so deleting or renaming one of these files stops the build naming it.
 */
export const SITE_ENTRIES = {
  /** Each intro with the placeholders its page fills in ("{listedCountries}"); no others may appear in it. */
  intros: {
    conventions: [],
    countries: ['listedCountries', 'moreCountries'],
    priorities: [],
    tools: [],
  },
  charts: ['child-labour-map', 'forced-labour-map', 'programme-countries', 'child-labour-trend', 'forced-labour-trend'],
} as const;

export type SiteIntro = keyof typeof SITE_ENTRIES.intros;
/** The values a page fills its intro's placeholders with. */
export type IntroValues<I extends SiteIntro> = Readonly<Record<(typeof SITE_ENTRIES.intros)[I][number], string>>;
export type SiteChart = (typeof SITE_ENTRIES.charts)[number];
