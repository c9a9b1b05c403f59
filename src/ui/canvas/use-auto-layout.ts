/**
 * Lays the graph out whenever its structure changes (not on every parse:
 * editing a port label must not move boxes the user arranged). The first
 * layout, an import and "Tidy layout" take ELK's result whole and fit the
 * view; any other structural change only places the new nodes
 * (merge-layout.ts), and manual positions win over both (layout-slice.ts).
 */
import { useEffect, useRef } from 'react';
import type { PolicyGraph } from '../../model/graph-types.ts';
import { useStore } from '../../state/store.ts';
import { mergeLayout, mostlyNew } from '../layout/merge-layout.ts';
import { layoutKeyOf } from '../layout/layout-key.ts';
import { runLayout } from '../layout/run-layout.ts';

export function useAutoLayout(graph: PolicyGraph): void {
  const layoutKey = useStore((s) => s.layoutKey);
  const latest = useRef(0);
  const key = layoutKeyOf(graph);
  useEffect(() => {
    if (key === layoutKey) return;
    const ticket = ++latest.current;
    const { setLayoutRunning, origin, fullLayout, boxes: before } = useStore.getState();
    // A first layout, an import, Tidy, or a text whose nodes are mostly new (a whole workspace
    // pasted over the old one): lay out everything and fit the view.
    const full = fullLayout || origin === 'load' || mostlyNew(graph, before);
    setLayoutRunning(true);
    runLayout(graph)
      .then((elk) => {
        // A newer structure may have been requested while ELK was busy.
        if (ticket !== latest.current) return;
        const s = useStore.getState();
        s.applyLayout(key, full ? elk : mergeLayout(graph, s.boxes, elk), full);
      })
      .catch((err: unknown) => {
        console.warn('Layout failed', err);
        if (ticket === latest.current) useStore.getState().setLayoutRunning(false);
      });
  }, [key, layoutKey, graph]);
}
