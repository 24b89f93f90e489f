/**
 * The label-collision rules, with text measured (text-measure.ts). Map labels are drawn in the map's own units, so on a narrow screen they
 * must be larger to stay readable, and larger labels can run into each other. For each width class a
 * label is kept only if it does not overlap a label kept before it (labels are listed largest region
 * first); the ones dropped are listed with their values beside the map instead. Pure: the page
 * applies the result with container queries, so it works without JavaScript.
 */
import { textWidth } from './text-measure';

export interface MapLabel {
  key: string;
  /** Centre of the label block in map units. */
  x: number;
  y: number;
  /** Text lines, the value last. */
  lines: string[];
}

/** Width classes of the map's container (CSS px), with the label font size (map units) used in each. */
export const LABEL_WIDTHS = [
  { name: 'wide', minWidth: 640, fontSize: 17 },
  { name: 'medium', minWidth: 440, fontSize: 24 },
  { name: 'narrow', minWidth: 0, fontSize: 32 },
] as const;
export type WidthName = (typeof LABEL_WIDTHS)[number]['name'];

/** Line height as a share of the font size. */
const LINE_HEIGHT = 1.15;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function labelBox(label: MapLabel, fontSize: number): Box {
  const width = Math.max(...label.lines.map((l) => textWidth(l, fontSize, true)));
  const height = label.lines.length * LINE_HEIGHT * fontSize;
  return {
    left: label.x - width / 2,
    right: label.x + width / 2,
    top: label.y - height / 2,
    bottom: label.y + height / 2,
  };
}

export const overlaps = (a: Box, b: Box, gap = 2) =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** Keys of the labels dropped at this font size: each overlaps a label kept before it. */
export function droppedLabels(labels: MapLabel[], fontSize: number): string[] {
  const kept: Box[] = [];
  const dropped: string[] = [];
  for (const label of labels) {
    const box = labelBox(label, fontSize);
    if (kept.some((k) => overlaps(k, box))) dropped.push(label.key);
    else kept.push(box);
  }
  return dropped;
}

/** For each label, the width classes in which it is dropped. */
export function labelPlan(labels: MapLabel[]): Map<string, WidthName[]> {
  const plan = new Map<string, WidthName[]>(labels.map((l) => [l.key, []]));
  for (const width of LABEL_WIDTHS) {
    for (const key of droppedLabels(labels, width.fontSize)) plan.get(key)!.push(width.name);
  }
  return plan;
}

/** Class names that hide a label (and show its line in the value list) in the given width classes. */
export const droppedClasses = (widths: WidthName[]) => widths.map((w) => `ipec-dropped-${w}`).join(' ');

/** A value label to write beside a point of a line chart: the point, and the label's measured size. */
export interface PointLabel {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Sides tried first, e.g. above for the upper series. */
  prefer: 'above' | 'below';
}

/** Half the marker's size plus a gap: how far a label keeps from its point. */
const CLEAR = 9;

/** Boxes a label may take around its point, in the order they are tried. */
function candidates(l: PointLabel): Box[] {
  const { x, y, width: w, height: h } = l;
  const above = { left: x - w / 2, right: x + w / 2, top: y - CLEAR - h, bottom: y - CLEAR };
  const below = { left: x - w / 2, right: x + w / 2, top: y + CLEAR, bottom: y + CLEAR + h };
  const shift = (b: Box, dx: number): Box => ({ ...b, left: b.left + dx, right: b.right + dx });
  const vertical = l.prefer === 'above' ? [above, below] : [below, above];
  return [
    ...vertical,
    ...vertical.flatMap((b) => [shift(b, -w / 2 - 2), shift(b, w / 2 + 2)]),
    { left: x - CLEAR - 2 - w, right: x - CLEAR - 2, top: y - h / 2, bottom: y + h / 2 },
    { left: x + CLEAR + 2, right: x + CLEAR + 2 + w, top: y - h / 2, bottom: y + h / 2 },
  ];
}

/**
 * Where each label goes, in the order given (most important first): the first box around its point
 * that stays in `frame` and overlaps neither an obstacle (ticks, names, markers) nor a label placed
 * before it. A label with no such box is left out (undefined): its value is in the tooltip and the
 * table, never drawn over another text.
 */
export function placePointLabels(labels: PointLabel[], obstacles: Box[], frame: Box): (Box | undefined)[] {
  const taken = [...obstacles];
  return labels.map((label) => {
    const box = candidates(label).find(
      (b) =>
        b.left >= frame.left &&
        b.right <= frame.right &&
        b.top >= frame.top &&
        b.bottom <= frame.bottom &&
        !taken.some((t) => overlaps(t, b)),
    );
    if (box) taken.push(box);
    return box;
  });
}
