import { getEntry } from 'astro:content';
import { COLLECTION_FILES } from '../utils/content-files';
import { fillPlaceholders } from '../utils/intro';
import { fieldLang, isTranslated, localize } from '../utils/localize';
import { DEFAULT_LANG, type Lang } from '../utils/locales';

/**
 * The title, description and introductory paragraphs of a page built in src/pages/, from its file in
 * content/intros/, with the numbers the page computed put in place of their placeholders; in `lang`
 * where the file has a translation, English otherwise (`translated` says which, for the page's notice;
 * `titleLang` and `introLang` the language the title and the paragraphs are shown in, to mark English).
 * `values` may be a function of the language the intro is written in, so a computed phrase ("50 countries")
 * is in the same language as its sentence.
 */
export async function pageIntro(
  id: string,
  values: Readonly<Record<string, string>> | ((textLang: Lang) => Readonly<Record<string, string>>) = {},
  lang: Lang = DEFAULT_LANG,
) {
  const file = `content/${COLLECTION_FILES.intros.folder}/${id}.yaml`;
  const entry = await getEntry('intros', id);
  if (!entry)
    throw new Error(`${file} is missing: the page /${id}/ takes its title, description and opening paragraphs from it`);
  const { title, description, intro } = localize(entry.data, lang);
  const translated = isTranslated(entry.data, lang);
  // Values are written in the language of the text they go into: English where the text is still English.
  const filled = typeof values === 'function' ? values(translated ? lang : DEFAULT_LANG) : values;
  return {
    title,
    description,
    paragraphs: intro.map((p) => fillPlaceholders(p, filled, file)),
    translated,
    titleLang: fieldLang(entry.data, 'title', lang),
    introLang: fieldLang(entry.data, 'intro', lang),
  };
}
