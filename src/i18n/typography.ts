/**
 * The typography of a language, in one place. French puts a narrow no-break space (U+202F) before « ; : ! ? »
 * and inside guillemets (« ainsi »), so the mark never starts a line; writers type an ordinary space, a
 * no-break space or none, and this sets the right one. English and Spanish text is returned as it is
 * (Spanish opening marks ¿ ¡ are words a translator writes, not something a formatter can add).
 *
 * Applied where French text enters a page: the interface dictionary (src/i18n/ui-strings.ts), translated
 * content fields (src/i18n/localize.ts) and French MDX pages (src/markdown/typography.ts).
 */
import type { Lang } from '../core/locales';

const NARROW_NBSP = '\u202F';
const SPACES = '[ \\u00A0\\u202F]*';

/**
 * A run of ; : ! ? after a word (or at the start of the text, after an inline element) and before a space,
 * the end or closing punctuation, so "https://", "10:30" and "?q=" are left alone.
 */
const HIGH_PUNCTUATION = new RegExp(`(^|[^\\s(\\[«])${SPACES}([;:!?]+)(?=\\s|$|[)\\]»"”’.,])`, 'gu');
const OPENING_GUILLEMET = new RegExp(`«${SPACES}`, 'g');
const CLOSING_GUILLEMET = new RegExp(`${SPACES}»`, 'g');

/** `text` with the spacing of its language's punctuation. */
export function typeset(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  return text
    .replace(HIGH_PUNCTUATION, (_match, before: string, marks: string) => `${before}${NARROW_NBSP}${marks}`)
    .replace(OPENING_GUILLEMET, `«${NARROW_NBSP}`)
    .replace(CLOSING_GUILLEMET, `${NARROW_NBSP}»`);
}
