/**
 * A ready-to-copy citation for a tool, built only from what the catalogue holds (title, publisher,
 * year) and never padded with an invented publisher or date: what is unknown is said to be unknown,
 * and the ILO document that names the tool is given so a reader can trace it.
 */
import type { Translate } from './i18n';

export interface CitableTool {
  title: string;
  publisher?: string;
  year?: number;
}

/** "Publisher (Year). Title." with "publisher not stated" / "n.d." where the sources give nothing. */
export function toolCitation(t: Translate, tool: CitableTool, namedIn: string): string {
  return t('site.tools.citation.text', {
    publisher: tool.publisher ?? t('site.tools.citation.noPublisher'),
    // A year is a date, not a quantity: written as is, without a thousands separator.
    year: tool.year === undefined ? t('site.tools.citation.noYear') : String(tool.year),
    title: tool.title.replace(/[.\s]+$/, ''),
    namedIn,
  });
}
