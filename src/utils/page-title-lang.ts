/**
 * The language of a page's title when it is not the page's own: a collection page on /fr/ whose entry has
 * no French title (R190) shows its English title, which the title override (PageTitle) marks lang="en".
 * Starlight renders the title itself from the frontmatter, so the page that knows the title's language
 * (CollectionPage) leaves it here for the request, keyed by the request's `Astro.locals`.
 */
import type { Lang } from './locales';

const titleLangs = new WeakMap<object, Lang>();

/** Records the language the title of the page being rendered is written in. */
export function setTitleLang(locals: object, lang: Lang): void {
  titleLangs.set(locals, lang);
}

/** The language recorded for the page being rendered, or undefined when its page did not say (then it is the page's own). */
export function titleLang(locals: object): Lang | undefined {
  return titleLangs.get(locals);
}
