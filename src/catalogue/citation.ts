/**
 * A ready-to-copy citation for a tool, built only from what the catalogue holds (title, publisher,
 * year) and never padded with an invented publisher or date: a citation without a publisher starts with
 * the title, as citation styles do, and the ILO document that names the tool is given so a reader can
 * trace it.
 */
import { richParts, type RichPart, type Translate } from '../i18n/translate';

export interface CitableTool {
  title: string;
  publisher?: string;
  year?: number;
}

/**
 * "Publisher (Year). Title.", or "Title (Year)." without a publisher, with "n.d." where there is no year; in
 * parts, the title apart (index 0), so a page in another language can mark it as written in English.
 */
export function toolCitation(t: Translate, tool: CitableTool, namedIn: string): RichPart[] {
  const text = t(tool.publisher === undefined ? 'site.tools.citation.textNoPublisher' : 'site.tools.citation.text', {
    publisher: tool.publisher ?? '',
    // A year is a date, not a quantity: written as is, without a thousands separator.
    year: tool.year === undefined ? t('site.tools.citation.noYear') : String(tool.year),
    title: tool.title.replace(/[.\s]+$/, ''),
    namedIn,
  });
  return richParts(text);
}
