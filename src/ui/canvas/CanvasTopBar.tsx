/**
 * The one overlay along the top edge of the canvas: the palette on the left,
 * the toolbar (Rules | Effective, Undo / Redo, Tidy layout) on the right. A
 * wrapping flex row, so on a narrow pane the toolbar moves to a second row
 * instead of covering the palette. Its height is published on the pane as
 * `--canvas-top-inset`, so the panels below it (inspector, Why) start under it.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { TOP_INSET_VAR } from './geometry/top-inset.ts';
import './topbar.css';

export function CanvasTopBar({ children }: { children: ReactNode }) {
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = bar.current;
    const pane = el?.parentElement;
    if (!el || !pane) return;
    const publish = () => pane.style.setProperty(TOP_INSET_VAR, `${Math.ceil(el.offsetTop + el.offsetHeight)}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    return () => {
      observer.disconnect();
      pane.style.removeProperty(TOP_INSET_VAR);
    };
  }, []);
  return (
    <div ref={bar} className="canvas-topbar" data-testid="canvas-topbar">
      {children}
    </div>
  );
}
