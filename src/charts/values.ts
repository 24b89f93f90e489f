/**
 * Values written in a page's language for the charts: the English text is exactly the site's
 * formatter's (src/utils/format.ts); French and Spanish use the language's digits, separators and unit
 * words from content/i18n (site.data.unit.*), and the qualifier's label ("environ", "casi").
 */
import type { FigureData, Unit } from '../schemas/figure';
import { formatCount, formatValue } from '../utils/format';
import { formatNumber, vocabLabel, type Translate } from '../utils/i18n';

const exact = (n: number) => Number(n.toPrecision(12));

/** 160000000 → "160 millions" (fr); below a million, the number grouped the language's way. */
export function countIn(t: Translate, value: number): string {
  if (t.lang === 'en') return formatCount(value);
  const abs = Math.abs(value);
  if (abs >= 1e12) return t('site.data.unit.trillion', { count: exact(value / 1e12) });
  if (abs >= 1e9) return t('site.data.unit.billion', { count: exact(value / 1e9) });
  if (abs >= 1e6) return t('site.data.unit.million', { count: exact(value / 1e6) });
  return formatNumber(value, t.lang);
}

/** A value with its unit and qualifier, as `formatValue` writes it in English. */
export function valueIn(t: Translate, value: number, unit: Unit, qualifier?: string, decimals?: number): string {
  if (t.lang === 'en') return formatValue(value, unit, qualifier, decimals);
  const n = formatNumber(
    value,
    t.lang,
    decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
  );
  const body = (() => {
    switch (unit) {
      case 'people':
      case 'count':
        return countIn(t, value);
      case 'percent':
      case 'share-percent':
      case 'percent-change':
        return t('site.data.unit.percent', { value: n });
      case 'percentage-points':
        return t('site.data.unit.percentagePoints', { value: n });
      case 'per-thousand':
        return t('site.data.unit.perThousand', { value: n });
      case 'usd':
        return t('site.data.unit.usd', { value: countIn(t, value) });
      case 'eur':
        return t('site.data.unit.eur', { value: countIn(t, value) });
    }
  })();
  return qualifier ? `${vocabLabel(t, 'qualifier', qualifier)} ${body}` : body;
}

/** A figure record as written on a chart in the translator's language. */
export function figureIn(t: Translate, f: Pick<FigureData, 'value' | 'unit' | 'qualifier' | 'decimals'>): string {
  return valueIn(t, f.value, f.unit, f.qualifier, f.decimals);
}

/** A region's name: the ILO regions and SDG regions are vocabulary; the two parts of the Americas are drawn only on the maps. */
export function regionName(t: Translate, region: string): string {
  if (region === 'Northern America') return t('site.charts.area.northernAmerica');
  if (region === 'Latin America and the Caribbean') return t('site.charts.area.latinAmerica');
  return vocabLabel(t, 'area', region);
}
