/**
 * A ready-to-copy citation for a tool, built only from what the catalogue holds (title, publisher,
 * year) and never padded with an invented publisher or date: what is unknown is said to be unknown,
 * and the ILO document that names the tool is given so a reader can trace it.
 */

export interface CitableTool {
  title: string;
  publisher?: string;
  year?: number;
}

/** "Publisher (Year). Title." with "publisher not stated" / "n.d." where the sources give nothing. */
export function toolCitation(tool: CitableTool, namedIn: string): string {
  const publisher = tool.publisher ?? 'Publisher not stated in the source documents';
  const year = tool.year === undefined ? 'n.d.' : String(tool.year);
  const title = tool.title.replace(/[.\s]+$/, '');
  return `${publisher} (${year}). ${title}. Named in: ${namedIn}.`;
}
