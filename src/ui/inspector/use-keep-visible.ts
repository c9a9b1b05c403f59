/**
 * The inspector floats over the canvas' right side; when it would hide what
 * it describes (the selected node, or the label of the selected edge), the
 * view pans left just enough to show it next to the panel.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

const GAP = 24;

export function useKeepVisible(panel: RefObject<HTMLElement | null>, selector: string | undefined): void {
  const { getViewport, setViewport } = useReactFlow();
  useEffect(() => {
    if (!selector) return;
    const frame = requestAnimationFrame(() => {
      const box = panel.current?.getBoundingClientRect();
      const target = document.querySelector(selector)?.getBoundingClientRect();
      if (!box || !target) return;
      const overlaps = target.right > box.left - GAP && target.left < box.right && target.bottom > box.top && target.top < box.bottom;
      if (!overlaps) return;
      const vp = getViewport();
      void setViewport({ ...vp, x: vp.x - (target.right - box.left + GAP) }, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [panel, selector, getViewport, setViewport]);
}
