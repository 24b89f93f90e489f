/**
 * Rules that keep the French and Spanish editions complete: every English page in content/docs/ has its
 * French and Spanish file, every tool its translated title and description, every country with notes
 * their translation, unless the English page or entry says `translation: { pending: "why" }`; and no
 * translated page stands without the English page it translates. What is pending is listed by the build.
 */
import type { ContentProblem } from '../core/content-problem';
import { DEFAULT_LANG, splitLocale, type Lang } from '../core/locales';
import { TRANSLATED_LANGS } from '../schemas/translations';
import type { ToolData } from '../schemas/tool';
import type { CountryData } from '../schemas/country';
import type { FigureSource } from '../schemas/figure';
import type { PageFile } from './pages';

export const TRANSLATION_RULES = [
  'every English page in content/docs/ has its French (content/docs/fr/…) and Spanish (content/docs/es/…) file, and every French or Spanish page the English page it translates',
  'every tool has a French and a Spanish title (`title` with `titleCheck`, or `descriptiveTitle`) and description; every country with notes has their translation; every figures source names its publisher in French and Spanish',
  'an English page or entry whose translation is not written yet says `translation: { pending: "why" }`, and the build lists it',
] as const;

/** A page or entry waiting for its translation, as the build lists it. */
export interface PendingTranslation {
  file: string;
  langs: Lang[];
  reason: string;
}

interface Entry<T> {
  file: string;
  data: T;
  draft?: boolean;
}

type Pending = { translation?: { pending: string } };

/** "French and Spanish": the messages are in English, like every message of the guard. */
const languageNames = (langs: Lang[]) =>
  langs.map((lang) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang)).join(' and ');

/** Problems and pending work for one page or entry missing `missing` languages. */
function missingTranslations(
  file: string,
  field: string,
  missing: Lang[],
  data: Pending,
  what: string,
): { problems: ContentProblem[]; pending: PendingTranslation[] } {
  if (missing.length === 0) return { problems: [], pending: [] };
  if (data.translation) return { problems: [], pending: [{ file, langs: missing, reason: data.translation.pending }] };
  return {
    problems: [
      {
        file,
        field,
        rule: `has no ${languageNames(missing)} ${what}: write it, or mark this file translation: { pending: "why" } to publish it untranslated for now`,
      },
    ],
    pending: [],
  };
}

export function checkTranslations(
  pages: readonly PageFile[],
  tools: Entry<Pick<ToolData, 'translations'> & Pending>[],
  countries: Entry<Pick<CountryData, 'notes' | 'translations'> & Pending>[],
  figures: Entry<{ source: Pick<FigureSource, 'translations'> }>[],
): { problems: ContentProblem[]; pending: PendingTranslation[] } {
  const problems: ContentProblem[] = [];
  const pending: PendingTranslation[] = [];
  const add = (result: { problems: ContentProblem[]; pending: PendingTranslation[] }) => {
    problems.push(...result.problems);
    pending.push(...result.pending);
  };

  const present = new Set(pages.map((p) => p.inDocs));
  for (const { parsed, draft, inDocs } of pages) {
    const file = `content/docs/${inDocs}`;
    const { lang, path: english } = splitLocale(`/${inDocs}`);
    if (lang !== DEFAULT_LANG) {
      if (!present.has(english.slice(1)))
        problems.push({
          file,
          field: '(file name)',
          rule: `translates content/docs${english}, which does not exist: name it as the English page it translates`,
        });
      continue;
    }
    // A page whose frontmatter cannot be read is reported by the page rules.
    const data = parsed.data;
    if (parsed.syntaxError || typeof data !== 'object' || data === null || Array.isArray(data) || draft) continue;
    const missing = TRANSLATED_LANGS.filter((l) => !present.has(`${l}/${inDocs}`));
    add(missingTranslations(file, '(translation)', missing, data as Pending, 'version'));
  }

  for (const { file, data, draft } of tools) {
    if (draft) continue;
    const missing = TRANSLATED_LANGS.filter((l) => {
      const own = data.translations?.[l];
      return !own || (own.title === undefined && own.descriptiveTitle === undefined) || own.description === undefined;
    });
    add(missingTranslations(file, 'translations', missing, data, 'title and description'));
  }

  for (const { file, data, draft } of countries) {
    if (draft || data.notes.length === 0) continue;
    const missing = TRANSLATED_LANGS.filter((l) => data.translations?.[l]?.notes === undefined);
    add(missingTranslations(file, 'translations', missing, data, 'notes'));
  }
  // Publishers are named as the organizations name themselves in each language (OIT, UNICEF, OIM).
  for (const { file, data, draft } of figures) {
    if (draft) continue;
    const missing = TRANSLATED_LANGS.filter((l) => data.source.translations?.[l]?.publisher === undefined);
    if (missing.length)
      problems.push({
        file,
        field: 'source.translations',
        rule: `names no ${languageNames(missing)} publisher: write how the publisher names itself in that language (source.translations.<lang>.publisher)`,
      });
  }
  return { problems, pending };
}
