/**
 * How figures are written on the page. Values are shown exactly as the source gives them: scaled to
 * millions or billions for reading, never rounded. The words and signs ("million", "%", "US$") are
 * interface strings (`site.figures.*` in content/i18n/<lang>.json) and the digits are written the
 * language's way; without a translator, everything is written in English.
 */
import type { FigureData, FigureSource, Unit } from '../schemas/figure';
import { formatNumber, vocabLabel, type Translate } from './translate';
import { uiStrings } from './ui-strings';
import type { Vars } from './interpolate';
import { DEFAULT_LANG, type Lang } from '../core/locales';

/**
 * English, for callers that do not pass a translator (and for what stays English on every page). It asks
 * uiStrings on each call rather than keeping one, so that it follows content/i18n/en.json in `astro dev`.
 */
export const ENGLISH: Translate = Object.assign((key: string, vars?: Vars) => uiStrings(DEFAULT_LANG)(key, vars), {
  lang: DEFAULT_LANG as Lang,
});

const exact = (n: number) => Number(n.toPrecision(12));
const grouped = (n: number, lang: Lang, decimals?: number) =>
  formatNumber(
    n,
    lang,
    decimals === undefined
      ? { maximumFractionDigits: 10 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
  );

/**
 * The powers of ten each language writes as a word, largest first. Spanish has no word for 10⁹
 * (a "billón" is 10¹²), so 2.5 billion is "2500 millones"; French writes 10¹² as thousands of
 * "milliards" ("4 300 milliards"), the usual form, rather than the rarely read "billion".
 */
const SCALES: Readonly<Record<Lang, readonly (readonly [number, string])[]>> = {
  en: [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ],
  fr: [
    [1e9, 'billion'],
    [1e6, 'million'],
  ],
  es: [
    [1e12, 'trillion'],
    [1e6, 'million'],
  ],
};

/** A count in words and whether it was scaled to a word ("160 million") or written in digits ("11,483"). */
function countText(value: number, t: Translate): { text: string; scaled: boolean } {
  const abs = Math.abs(value);
  for (const [scale, word] of SCALES[t.lang]) {
    if (abs >= scale) {
      const scaled = exact(value / scale);
      return { text: t(`site.figures.count.${word}`, { count: scaled, value: grouped(scaled, t.lang) }), scaled: true };
    }
  }
  return { text: grouped(value, t.lang), scaled: false };
}

/**
 * 160000000 → "160 million"; 11483 → "11,483"; 2500000000 → "2.5 billion"; 4.3e12 → "4.3 trillion".
 * French: « 160 millions », « 2,5 milliards », « 11 483 »; Spanish: "160 millones", "2500 millones", "11.483".
 */
export function formatCount(value: number, t: Translate = ENGLISH): string {
  return countText(value, t).text;
}

/** A sum of money: "US$ 21 million"; French and Spanish say "de" after a scale word (« 21 millions de dollars »). */
function money(value: number, currency: 'usd' | 'eur', t: Translate): string {
  const { text, scaled } = countText(value, t);
  return t(`site.figures.unit.${currency}${scaled ? 'Scaled' : ''}`, { value: text });
}

/** `decimals`: decimal places as published, so that 6.0% is not shown as 6%. */
export function formatValue(
  value: number,
  unit: Unit,
  qualifier?: string,
  decimals?: number,
  t: Translate = ENGLISH,
): string {
  const number = () => grouped(value, t.lang, decimals);
  const body = (() => {
    switch (unit) {
      case 'people':
      case 'count':
        return formatCount(value, t);
      case 'percent':
      case 'share-percent':
      case 'percent-change':
        return t('site.figures.unit.percent', { value: number() });
      case 'percentage-points':
        return t('site.figures.unit.percentagePoints', { count: value, value: number() });
      case 'per-thousand':
        return t('site.figures.unit.perThousand', { value: number() });
      case 'one-in': {
        // "one in four" as the source words it; numerals beyond ten, where words are not used.
        const words = t('site.figures.numberWords').split(', ');
        return t('site.figures.unit.oneIn', { value: words[value - 2] ?? number() });
      }
      case 'usd':
      case 'eur':
        return money(value, unit, t);
    }
  })();
  return qualifier
    ? t('site.figures.qualified', { qualifier: vocabLabel(t, 'qualifier', qualifier), value: body })
    : body;
}

/** A short citation: "ILO and UNICEF, 2021". */
export function shortCitation(source: Pick<FigureSource, 'publisher' | 'published'>): string {
  return `${source.publisher}, ${source.published}`;
}

/** A figure record as written on a page, map or table: its value, unit, qualifier and published precision. */
export function formatFigure(
  f: Pick<FigureData, 'value' | 'unit' | 'qualifier' | 'decimals'>,
  t: Translate = ENGLISH,
): string {
  return formatValue(f.value, f.unit, f.qualifier, f.decimals, t);
}
