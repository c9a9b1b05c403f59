/**
 * Cuts a node's text to the width its card gives it, ending in "…".
 *
 * Why not CSS `text-overflow: ellipsis`: it needs `overflow: hidden`, and a
 * clip on every label of a 1,000-node canvas made each repaint of the page
 * (every keystroke in Monaco, every caret blink) cost Chromium 100–150 ms of
 * layerization (issue 4's keystroke budget; measured with
 * `npm run bench:browser`). Cards clip nothing now, so the text must fit by
 * itself.
 */

/** Width of `text` in px in the CSS font `font`. */
export type Measure = (text: string, font: string) => number;

const ELLIPSIS = '…';

/**
 * The longest prefix of `text` (plus "…") whose measured width fits `width`;
 * `text` itself when it fits. Binary search: widths grow with the prefix.
 */
export function fitText(text: string, width: number, font: string, measure: Measure): string {
  if (measure(text, font) <= width) return text;
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS, font) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/** Per-character estimate when no canvas can measure (Node, tests): generous, so text errs on the short side. */
export const estimateWidth: Measure = (text, font) =>
  text.length * (/mono/.test(font) ? 0.62 : 0.64) * (Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1]) || 13);

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Measures with a 2D canvas in the browser (cached per font and text), by estimate elsewhere. */
export const measureText: Measure = (text, font) => {
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth(text, font);
  const key = `${font}\0${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (widths.size > 20_000) widths.clear(); // bounded: names come and go while typing
    context.font = font;
    w = context.measureText(text).width;
    widths.set(key, w);
  }
  return w;
};
