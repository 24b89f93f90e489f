/**
 * Values and region names written in a page's language for the charts. The numbers go through the
 * site's figure formatter (src/i18n/format.ts) with the page's translator, so a chart writes a value
 * exactly as the page's text does.
 */
import type { FigureData, Unit } from '../schemas/figure';
import { formatCount, formatValue } from '../i18n/format';
import { vocabLabel, type Translate } from '../i18n/translate';

/** 160000000 → "160 million" / « 160 millions » / "160 millones". */
export function countIn(t: Translate, value: number): string {
  return formatCount(value, t);
}

/** A value with its unit and qualifier in the translator's language. */
export function valueIn(t: Translate, value: number, unit: Unit, qualifier?: string, decimals?: number): string {
  return formatValue(value, unit, qualifier, decimals, t);
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
