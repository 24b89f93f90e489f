/**
 * The fills of the region maps, one ramp per theme. Each step has at least 3:1 contrast with the page
 * background of its theme (WCAG 1.4.11), so every region stands out from the page and from the
 * background-coloured borders between regions. Darker means more on light pages, lighter means more
 * on dark ones. The page picks the ramp with CSS classes; downloaded SVGs use the light ramp.
 */
import { rgb } from 'd3-color';

export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#17191c' } as const;

export const RAMPS = {
  light: ['#4b97c9', '#2f7ebc', '#0f579f', '#08306b'],
  dark: ['#2f7ebc', '#5ba3cf', '#9ecae1', '#deebf7'],
} as const;

/** The programme map: countries in the February 2024 list, per theme. */
export const PROGRAMME_FILLS = {
  light: { listed: '#1f4e9c', region: '#d4d8de' },
  dark: { listed: '#7db8ef', region: '#3a3f4a' },
} as const;

function luminance(colour: string): number {
  const { r, g, b } = rgb(colour);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
