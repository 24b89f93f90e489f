/**
 * Figures shown under "The challenge" on each priority page. The priorities' YAML text never types a
 * statistic; the numbers the brochure gives there live in content/figures and are listed here by id.
 * Every id must exist (<Figure> fails the build otherwise), so add an id only once its figure exists.
 */
export const PRIORITY_FIGURES: Record<string, string[]> = {
  'supply-chains': ['fl-illegal-profits-per-year'],
  'rural-informal-economy': [],
  'crisis-fragility': [],
};
