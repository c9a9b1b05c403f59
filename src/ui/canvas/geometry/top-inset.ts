/**
 * How far the canvas's top overlay (CanvasTopBar) reaches into the pane: it
 * wraps to a second row on a narrow pane, so fitting the view must leave room
 * for both rows. CanvasTopBar publishes the bar's bottom edge on the pane.
 */
export const TOP_INSET_VAR = '--canvas-top-inset';
/** Between the bar's bottom edge and the fitted graph. */
const GAP = 12;

/** `padding` with its top pushed below the bar when the bar is taller than `padding.top` allows for (read at call time). */
export function belowTopBar<P extends { top: string }>(
  padding: P,
  pane: HTMLElement | null = document.querySelector('.graph-pane'),
): P {
  const inset = pane ? parseFloat(pane.style.getPropertyValue(TOP_INSET_VAR)) : NaN;
  const base = parseFloat(padding.top);
  if (!Number.isFinite(inset) || inset + GAP <= base) return padding;
  return { ...padding, top: `${Math.ceil(inset + GAP)}px` };
}
