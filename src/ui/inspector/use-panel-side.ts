/**
 * The inspector floats over the canvas; it must never cover what it
 * describes (the selected node, or the label of the selected edge) — nor
 * appear under the pointer between the two clicks of a double-click. So it
 * opens on the side of the canvas away from the selection, decided before
 * the first paint; only when the selection is too wide for either side does
 * the view pan to show it. A selection under the palette and toolbar along
 * the top is brought down into view the same way.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

const GAP = 24;
export type PanelSide = 'left' | 'right';

export function usePanelSide(panel: RefObject<HTMLElement | null>, selector: string | undefined): PanelSide {
  const { getViewport, setViewport } = useReactFlow();
  const [side, setSide] = useState<PanelSide>('right');

  // Before the first paint when the target is already drawn (a node, an existing edge)…
  useLayoutEffect(() => {
    if (!selector) return;
    const preferred = preferredSide(panel.current, selector);
    if (preferred) setSide(preferred);
  }, [panel, selector]);

  // …and once more a frame later, for targets drawn after the panel (a new edge's label).
  // Only when the panel still covers the target on its preferred side does the view pan.
  useEffect(() => {
    if (!selector) return;
    const frame = requestAnimationFrame(() => {
      const preferred = preferredSide(panel.current, selector);
      if (preferred && preferred !== side) return setSide(preferred);
      const box = panel.current?.getBoundingClientRect();
      const target = document.querySelector(selector)?.getBoundingClientRect();
      if (!box || !target) return;
      // The palette and toolbar float along the top: a target under them comes down into view.
      const bar = panel.current?.parentElement?.querySelector('.canvas-topbar')?.getBoundingClientRect();
      if (bar && target.top < bar.bottom && target.right > bar.left && target.left < bar.right) {
        const vp = getViewport();
        void setViewport({ ...vp, y: vp.y + bar.bottom + GAP / 2 - target.top }, { duration: 200 });
        return;
      }
      const overlaps =
        target.right > box.left - GAP &&
        target.left < box.right + GAP &&
        target.bottom > box.top &&
        target.top < box.bottom;
      if (!overlaps) return;
      const vp = getViewport();
      const dx = side === 'right' ? -(target.right - box.left + GAP) : box.right + GAP - target.left;
      void setViewport({ ...vp, x: vp.x + dx }, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [panel, selector, side, getViewport, setViewport]);

  return side;
}

/** The side of the canvas away from the target: right of centre → panel on the left. */
function preferredSide(panel: HTMLElement | null, selector: string): PanelSide | undefined {
  const pane = panel?.parentElement?.getBoundingClientRect();
  const target = document.querySelector(selector)?.getBoundingClientRect();
  if (!pane || !target) return undefined;
  return target.left + target.width / 2 > pane.left + pane.width / 2 ? 'left' : 'right';
}
