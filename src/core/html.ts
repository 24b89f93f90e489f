/**
 * Markup built with an escaping tagged template, after Observable Framework's `html` (src/html.ts
 * there): every interpolated value is text and is escaped, unless it is itself `Html` made by this
 * template. Chart SVG and legends are built with it, so a label, a tooltip or a class name from content
 * can never become markup, whoever forgets to escape what.
 *
 *   html`<text x="${x}">${label}</text>`      label "<b>" is written as "&lt;b&gt;"
 *   html`<g>${items.map((i) => html`<a>${i}</a>`)}</g>`   arrays of Html are joined
 */

/** Markup this template produced: safe to write where HTML or SVG is expected. */
export class Html {
  readonly #markup: string;
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

/** What may be interpolated: text and numbers (escaped), Html (kept), lists of these, and nothing (written as nothing). */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

/** The characters markup reads: as character references they are always text, in content and in quoted attributes. */
const SPECIAL = /[&<>"']/g;
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text with every character HTML reads as markup written as a character reference. */
export const escapeHtml = (text: string): string => text.replace(SPECIAL, (c) => REFERENCES[c]);

function write(value: HtmlValue): string {
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(write).join('');
  // `false` and nothing write nothing, so `${flag && html`…`}` reads as an optional part.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Markup from a template, every interpolated value escaped unless it is Html. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = strings[0];
  values.forEach((value, i) => {
    markup += write(value) + strings[i + 1];
  });
  return new Html(markup);
}

/** Html that is already empty: a part left out. */
export const NO_HTML = new Html('');
