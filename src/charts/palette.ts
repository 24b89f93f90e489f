/**
 * The fills of the region maps, one ramp per theme. Each step has at least 3:1 contrast with the page
 * background of its theme (WCAG 1.4.11), so every region stands out from the page and from the
 * background-coloured borders between regions. A higher value is always the stronger colour against
 * the page: darker on light pages, lighter (and more saturated) on dark ones, each step apart from its
 * neighbours. "No data" is a grey hatch, a pattern of a colour no step resembles. The page picks the
 * ramp with CSS classes (map-figure.css repeats these values); downloaded SVGs use the light ramp.
 */
import { rgb } from 'd3-color';

export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#17191c' } as const;

export const RAMPS = {
  light: ['#4b97c9', '#2f7ebc', '#0f579f', '#08306b'],
  dark: ['#2f7ebc', '#4a9fe0', '#86c2f0', '#c4e3fb'],
} as const;

/** The "no data" hatch, per theme: grey stripes on a light grey, or on the dark page itself. */
export const NO_DATA = {
  light: { stripe: '#8a8f98', background: '#e6e8eb' },
  dark: { stripe: '#8a8f98', background: PAGE_BACKGROUND.dark },
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
