/**
 * A tool's title and description in a reader's language. A translated title is either the publisher's own
 * (shown as the title) or our descriptive translation, shown with the original title after it so a reader
 * can find the resource under the name it is published with. What is not translated stays English and
 * says so (its `lang`), so screen readers pronounce it right on a French or Spanish page.
 */
import type { ToolData } from '../schemas/tool';
import { localizePath, type Lang } from '../core/locales';
import { fieldLang, localize } from '../i18n/localize';

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
  // The entry in `lang` as every translated entry is shown (typography included); a descriptive title is
  // one of its translated fields.
  const shown = localize(tool, lang) as ToolWords & { descriptiveTitle?: string };
  const text = { description: shown.description, descriptionLang: fieldLang(tool, 'description', lang) };
  if (shown.descriptiveTitle !== undefined)
    return { title: shown.descriptiveTitle, titleLang: lang, originalTitle: tool.title, ...text };
  return { title: shown.title, titleLang: fieldLang(tool, 'title', lang), ...text };
}

/** A tool's page in a language, without the base: "/fr/tools/scream/". */
export const toolPath = (id: string, lang: Lang): string => localizePath(`/tools/${id}/`, lang);
