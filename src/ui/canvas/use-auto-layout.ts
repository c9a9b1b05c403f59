/**
 * Lays the graph out whenever its structure changes (not on every parse:
 * editing a port label must not move boxes the user arranged).
 */
import { useEffect, useRef } from 'react';
import type { PolicyGraph } from '../../model/graph-types.ts';
import { useStore } from '../../state/store.ts';
import { layoutKeyOf, runLayout } from '../layout/run-layout.ts';

export function useAutoLayout(graph: PolicyGraph): void {
  const layoutKey = useStore((s) => s.layoutKey);
  const latest = useRef(0);
  const key = layoutKeyOf(graph);
  useEffect(() => {
    if (key === layoutKey) return;
    const ticket = ++latest.current;
    const { setLayoutRunning, applyLayout } = useStore.getState();
    setLayoutRunning(true);
    runLayout(graph)
      .then((boxes) => {
        // A newer structure may have been requested while ELK was busy.
        if (ticket === latest.current) applyLayout(key, boxes);
      })
      .catch((err: unknown) => {
        console.warn('Layout failed', err);
        if (ticket === latest.current) setLayoutRunning(false);
      });
  }, [key, layoutKey, graph]);
}
