/**
 * Lays the graph out whenever its structure changes (not on every parse:
 * editing a port label must not move boxes the user arranged). The first
 * layout, an import and "Tidy layout" take ELK's result whole (in a worker)
 * and fit the view; any other structural change only places the new nodes,
 * synchronously (merge-layout.ts), and manual positions win over both
 * (layout-slice.ts).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import { LayoutKeys } from '../layout/layout-key.ts';
import { mostlyNew, placeNewNodes } from '../layout/merge-layout.ts';
import { cancelLayout, LayoutCancelled, runLayout } from '../layout/run-layout.ts';
import { paneRoom } from './geometry/readable-fit.ts';
import { useStore } from '../hooks/stores.ts';

/** Lays `graph` out when its structure changed; returns the boxes to draw it with now. */
export function useAutoLayout(graph: PolicyGraph): Record<string, Box> {
  const layoutKey = useStore((s) => s.layoutKey);
  const boxes = useStore((s) => s.boxes);
  const fullLayout = useStore((s) => s.fullLayout);
  const loaded = useStore((s) => s.origin === 'load');
  const latest = useRef(0);
  // This canvas's layout keys, each carried over from its previous graph (layout-key.ts).
  const [layoutKeys] = useState(() => new LayoutKeys());
  const key = layoutKeys.of(graph);
  const stale = key !== layoutKey;
  // A first layout, an import, Tidy, or a text whose nodes are mostly new (a whole workspace pasted
  // over the old one): ELK lays out everything (in a worker) and the view is fitted.
  const full = stale && (fullLayout || loaded || mostlyNew(graph, boxes));
  // Anything else (typing, a graph gesture): old nodes stay, new ones take free slots, in this very
  // render, so a node typed into the YAML is drawn in the same frame as the rest of the change.
  const placed = useMemo(() => (stale && !full ? placeNewNodes(graph, boxes) : undefined), [stale, full, graph, boxes]);
  useLayoutEffect(() => {
    if (!stale) {
      // The boxes fit this graph now: laid out here, or given with it (a saved workspace opened, a layout
      // applied). An ELK run still going lays out a structure no longer drawn: drop its answer, which would
      // otherwise land over these boxes and fit the view away from where the person is working.
      // Its worker is stopped too: it would keep one of two cores busy for seconds, for nothing.
      latest.current++;
      cancelLayout();
      if (useStore.getState().layoutRunning) useStore.getState().setLayoutRunning(false);
      return;
    }
    const ticket = ++latest.current; // a newer structure supersedes an ELK run still going
    if (placed) {
      // The same object the canvas has just drawn with: storing it changes nothing on screen.
      useStore.getState().applyLayout(key, placed, false);
      return;
    }
    if (!full) return;
    cancelLayout(); // a run still going lays out the structure this one replaces
    useStore.getState().setLayoutRunning(true);
    // The pane's room picks the layout's shape (shape-fit.ts): a chain runs down a tall pane, across a wide one.
    runLayout(graph, paneRoom())
      .then((elk) => {
        // A newer structure may have been requested while ELK was busy.
        if (ticket !== latest.current) return;
        useStore.getState().applyLayout(key, elk, true);
      })
      .catch((err: unknown) => {
        if (err instanceof LayoutCancelled) return; // superseded: whoever cancelled it owns layoutRunning now
        console.warn('Layout failed', err);
        if (ticket === latest.current) useStore.getState().setLayoutRunning(false);
      });
  }, [stale, full, placed, key, graph]);
  return placed ?? boxes;
}
