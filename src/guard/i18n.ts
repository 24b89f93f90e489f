/**
 * Rules for the interface strings: one JSON file per language (content/i18n/<lang>.json).
 */
import { COLLECTION_FILES, collectionFiles, readUtf8 } from '../core/content-files';
import type { ContentProblem } from '../core/content-problem';
import { richParts, SITE_KEY_PREFIX } from '../i18n/translate';
import { placeholders } from '../i18n/interpolate';
import { DEFAULT_LANG, isLang, LANGS } from '../core/locales';

export const I18N_RULES = [
  'one JSON object per language of the site, named after it; every site string English has, and no other',
  "translations keep English's `{{placeholders}}` and its `<N>…</N>` markers, each once and paired",
  'interface strings are plain text: no `<` or `>` but the `<N>…</N>` markers, no `<!--`',
] as const;

/**
 * The interface strings: one JSON file per language (content/i18n/<lang>.json), and every language
 * has every string of the site's own ("site." keys) that English has, with the same {{placeholders}},
 * so no reader meets an English label on a translated page or a sentence missing its number.
 */
export function checkI18n(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const dictionaries = new Map<string, { file: string; strings: Record<string, unknown> }>();
  for (const path of collectionFiles(root, 'i18n')) {
    const name = path.split(/[\\/]/).at(-1)!;
    const file = `content/${COLLECTION_FILES.i18n.folder}/${name}`;
    const lang = name.replace(/\.json$/, '');
    if (!isLang(lang)) {
      problems.push({
        file,
        field: '(file name)',
        rule: `interface strings are named after a language of the site: ${LANGS.map((l) => `${l}.json`).join(', ')}`,
      });
      continue;
    }
    const read = readUtf8(path);
    if (read.error !== undefined) {
      problems.push({ file, field: '(encoding)', rule: read.error });
      continue;
    }
    try {
      const strings: unknown = JSON.parse(read.text);
      if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) {
        problems.push({ file, field: '(file)', rule: 'must be one JSON object of "key": "text" pairs' });
        continue;
      }
      dictionaries.set(lang, { file, strings: strings as Record<string, unknown> });
    } catch (e) {
      problems.push({ file, field: '(JSON syntax)', rule: (e as Error).message });
    }
  }
  const english = dictionaries.get(DEFAULT_LANG);
  if (!english) return problems;
  const siteKeys = (strings: Record<string, unknown>) =>
    Object.keys(strings).filter((k) => k.startsWith(SITE_KEY_PREFIX));
  for (const lang of LANGS) {
    const dictionary = dictionaries.get(lang);
    const file = dictionary?.file ?? `content/${COLLECTION_FILES.i18n.folder}/${lang}.json`;
    if (!dictionary) {
      if (!problems.some((p) => p.file === file))
        problems.push({
          file,
          field: '(file)',
          rule: `is missing: every language of the site needs its interface strings`,
        });
      continue;
    }
    for (const key of siteKeys(dictionary.strings)) {
      const text = dictionary.strings[key];
      if (typeof text !== 'string' || text.trim() === '')
        problems.push({ file, field: key, rule: 'must be a non-empty text' });
      else if (text.includes('<!--'))
        problems.push({
          file,
          field: key,
          rule: 'must not contain "<!--": an HTML comment opened in a text would hide the rest of the page where the text is shown',
        });
      else if (/[<>]/.test(text.replace(/<\/?\d+>/g, '')))
        problems.push({
          file,
          field: key,
          rule: 'must not contain "<" or ">" other than <N>…</N> markers: interface strings are plain text (some are search filter values, which Pagefind writes as HTML)',
        });
      else if (lang !== DEFAULT_LANG && !(key in english.strings))
        problems.push({
          file,
          field: key,
          rule: `is not a string English has (content/i18n/${DEFAULT_LANG}.json): remove it or add it there first`,
        });
    }
    if (lang === DEFAULT_LANG) continue;
    for (const key of siteKeys(english.strings)) {
      const text = dictionary.strings[key];
      if (text === undefined) {
        problems.push({ file, field: key, rule: `is missing: translate "${String(english.strings[key])}"` });
      } else if (typeof text === 'string' && typeof english.strings[key] === 'string') {
        const want = placeholders(english.strings[key]).join(', ');
        const got = placeholders(text).join(', ');
        if (want !== got)
          problems.push({
            file,
            field: key,
            rule: `must use the placeholders of English ({{${want}}}), not {{${got}}}`,
          });
        const markerProblem = markerMismatch(english.strings[key], text);
        if (markerProblem) problems.push({ file, field: key, rule: markerProblem });
      }
    }
  }
  return problems;
}

/**
 * Why a translation's `<N>…</N>` markers lose part of what English marks, or undefined when they do
 * not: each of English's markers must be there once, and no marker tag may be left unpaired (the text
 * would show it). A translation may mark more (the footer marks words it keeps in English).
 */
function markerMismatch(english: string, translation: string): string | undefined {
  const indexes = (text: string) => richParts(text).flatMap((part) => (part.index === undefined ? [] : [part.index]));
  const got = indexes(translation);
  const missing = indexes(english).filter((index) => !got.includes(index));
  const twice = got.filter((index, i) => got.indexOf(index) !== i);
  const unpaired = richParts(translation)
    .filter((part) => part.index === undefined)
    .flatMap((part) => [...part.text.matchAll(/<\/?\d+>/g)].map((m) => m[0]));
  const name = (index: number) => `<${index}>…</${index}>`;
  if (missing.length > 0)
    return `must keep English's ${missing.map(name).join(', ')}: each <N>…</N> wraps the words a link or emphasis goes on, and without it that is lost`;
  if (twice.length > 0) return `marks ${twice.map(name).join(', ')} more than once`;
  if (unpaired.length > 0)
    return `has ${unpaired.join(', ')} without its pair: write <N>words</N> with the same number on both tags`;
  return undefined;
}
