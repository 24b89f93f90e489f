/**
 * How figures are written on the page. Values are shown exactly as the source gives them: scaled to
 * millions or billions for reading, never rounded.
 */
import type { FigureData, FigureSource, Unit } from '../schemas/figure';

const exact = (n: number) => Number(n.toPrecision(12));
const grouped = (n: number, decimals?: number) =>
  n.toLocaleString(
    'en-GB',
    decimals === undefined
      ? { maximumFractionDigits: 10 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
  );

/** 160000000 → "160 million"; 11483 → "11,483"; 2500000000 → "2.5 billion"; 4.3e12 → "4.3 trillion". */
export function formatCount(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${grouped(exact(value / 1e12))} trillion`;
  if (abs >= 1e9) return `${grouped(exact(value / 1e9))} billion`;
  if (abs >= 1e6) return `${grouped(exact(value / 1e6))} million`;
  return grouped(value);
}

/** `decimals`: decimal places as published, so that 6.0% is not shown as 6%. */
export function formatValue(value: number, unit: Unit, qualifier?: string, decimals?: number): string {
  const body = (() => {
    switch (unit) {
      case 'people':
      case 'count':
        return formatCount(value);
      case 'percent':
      case 'share-percent':
      case 'percent-change':
        return `${grouped(value, decimals)}%`;
      case 'percentage-points':
        return `${grouped(value, decimals)} percentage points`;
      case 'per-thousand':
        return `${grouped(value, decimals)} per thousand`;
      case 'usd':
        return `US$ ${formatCount(value)}`;
      case 'eur':
        return `EUR ${formatCount(value)}`;
    }
  })();
  return qualifier ? `${qualifier} ${body}` : body;
}

/** A short citation: "ILO and UNICEF, 2021". */
export function shortCitation(source: Pick<FigureSource, 'publisher' | 'published'>): string {
  return `${source.publisher}, ${source.published}`;
}

/** A figure record as written on a page, map or table: its value, unit, qualifier and published precision. */
export function formatFigure(f: Pick<FigureData, 'value' | 'unit' | 'qualifier' | 'decimals'>): string {
  return formatValue(f.value, f.unit, f.qualifier, f.decimals);
}
