/**
 * A tool's title and description in a reader's language. A translated title is either the publisher's own
 * (shown as the title) or our descriptive translation, shown with the original title after it so a reader
 * can find the resource under the name it is published with. What is not translated stays English and
 * says so (its `lang`), so screen readers pronounce it right on a French or Spanish page.
 */
import type { ToolData } from '../schemas/tool';
import { DEFAULT_LANG, localizePath, type Lang } from './locales';
import { typeset } from './typography';

export interface ToolText {
  title: string;
  titleLang: Lang;
  /** The English title, when `title` is our descriptive translation of it. */
  originalTitle?: string;
  description: string;
  descriptionLang: Lang;
}

type ToolWords = Pick<ToolData, 'title' | 'description' | 'translations'>;

export function toolText(tool: ToolWords, lang: Lang): ToolText {
  const own = lang === DEFAULT_LANG ? undefined : tool.translations?.[lang];
  const description = own?.description === undefined ? undefined : typeset(own.description, lang);
  const common = {
    description: description ?? tool.description,
    descriptionLang: description === undefined ? DEFAULT_LANG : lang,
  };
  if (own?.title !== undefined) return { title: typeset(own.title, lang), titleLang: lang, ...common };
  if (own?.descriptiveTitle !== undefined)
    return { title: typeset(own.descriptiveTitle, lang), titleLang: lang, originalTitle: tool.title, ...common };
  return { title: tool.title, titleLang: DEFAULT_LANG, ...common };
}

/** A tool's page in a language, without the base: "/fr/tools/scream/". */
export const toolPath = (id: string, lang: Lang): string => localizePath(`/tools/${id}/`, lang);
