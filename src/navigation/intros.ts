import { checkedByGuard } from '../core/checked';
import type { IntroValues, SiteIntro } from '../core/site-entries';
import { getEntry } from 'astro:content';
import { fillPlaceholders } from './intro';
import { fieldLang, isTranslated, localize } from '../i18n/localize';
import { DEFAULT_LANG, type Lang } from '../core/locales';

/**
 * The title, description and introductory paragraphs of a page built in src/pages/, from its file in
 * content/intros/, with the numbers the page computed put in place of their placeholders; in `lang`
 * where the file has a translation, English otherwise (`translated` says which, for the page's notice;
 * `titleLang` and `introLang` the language the title and the paragraphs are shown in, to mark English).
 * `values` may be a function of the language the intro is written in, so a computed phrase ("50 countries")
 * is in the same language as its sentence.
 */
export async function pageIntro<I extends SiteIntro>(
  id: I,
  values: IntroValues<I> | ((textLang: Lang) => IntroValues<I>) = {} as IntroValues<I>,
  lang: Lang = DEFAULT_LANG,
) {
  const entry = checkedByGuard(await getEntry('intros', id), 'the intros the site names are in content/intros/');
  const { title, description, intro } = localize(entry.data, lang);
  const translated = isTranslated(entry.data, lang);
  // Values are written in the language of the text they go into: English where the text is still English.
  const filled = typeof values === 'function' ? values(translated ? lang : DEFAULT_LANG) : values;
  return {
    title,
    description,
    paragraphs: intro.map((p) => fillPlaceholders(p, filled)),
    translated,
    titleLang: fieldLang(entry.data, 'title', lang),
    introLang: fieldLang(entry.data, 'intro', lang),
  };
}
