/**
 * Lays the graph out whenever its structure changes (not on every parse:
 * editing a port label must not move boxes the user arranged). The first
 * layout, an import and "Tidy layout" take ELK's result whole (in a worker)
 * and fit the view; any other structural change only places the new nodes,
 * synchronously (merge-layout.ts), and manual positions win over both
 * (layout-slice.ts).
 */
import { useLayoutEffect, useRef } from 'react';
import type { PolicyGraph } from '../../model/graph-types.ts';
import { useStore } from '../../state/store.ts';
import { layoutKeyOf } from '../layout/layout-key.ts';
import { mostlyNew, placeNewNodes } from '../layout/merge-layout.ts';
import { runLayout } from '../layout/run-layout.ts';

export function useAutoLayout(graph: PolicyGraph): void {
  const layoutKey = useStore((s) => s.layoutKey);
  const latest = useRef(0);
  const key = layoutKeyOf(graph);
  // A layout effect: new nodes get their places before the browser paints, in the same frame as the graph.
  useLayoutEffect(() => {
    if (key === layoutKey) return;
    const ticket = ++latest.current; // a newer structure supersedes an ELK run still going
    const { setLayoutRunning, origin, fullLayout, boxes: before } = useStore.getState();
    // A first layout, an import, Tidy, or a text whose nodes are mostly new (a whole workspace
    // pasted over the old one): ELK lays out everything and the view is fitted.
    const full = fullLayout || origin === 'load' || mostlyNew(graph, before);
    if (!full) {
      // Anything else (typing, a graph gesture): old nodes stay, new ones take free slots, at once.
      useStore.getState().applyLayout(key, placeNewNodes(graph, before), false);
      return;
    }
    setLayoutRunning(true);
    runLayout(graph)
      .then((elk) => {
        // A newer structure may have been requested while ELK was busy.
        if (ticket !== latest.current) return;
        useStore.getState().applyLayout(key, elk, true);
      })
      .catch((err: unknown) => {
        console.warn('Layout failed', err);
        if (ticket === latest.current) useStore.getState().setLayoutRunning(false);
      });
  }, [key, layoutKey, graph]);
}
