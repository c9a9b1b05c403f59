/**
 * The graphs the canvas works from once navigation is applied: the graph to
 * lay out (collapsed namespaces as cards; filters do not move anything) and
 * the graph to draw (collapsed, then filtered), with the focused
 * neighbourhood.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { CollapseCache, collapsedNamespaces } from '../../../model/graph/collapse.ts';
import { filterGraph } from '../../../model/graph/filter.ts';
import { neighbourhood, type Neighbourhood } from '../../../model/graph/focus.ts';
import type { PolicyGraph } from '../../../model/graph/types.ts';
import { sameSet } from '../../../model/same-set.ts';
import { useStore } from '../../hooks/stores.ts';

export interface NavigationGraphs {
  /** What ELK and node placement see. */
  layout: PolicyGraph;
  /** What is drawn. */
  shown: PolicyGraph;
  /** Namespace node ids drawn as cards. */
  collapsed: ReadonlySet<string>;
  /** The focused node's neighbourhood (in the drawn graph) and whether the rest is hidden. */
  focus: (Neighbourhood & { id: string; hide: boolean }) | null;
}

export function useNavigationGraphs(graph: PolicyGraph): NavigationGraphs {
  const choices = useStore((s) => s.collapseChoices);
  const filters = useStore((s) => s.filters);
  const focus = useStore((s) => s.focus);
  // Re-pointed edges of this canvas, reused while their rule edge is unchanged (collapse.ts).
  const [collapser] = useState(() => new CollapseCache());
  // The same set while its members stay (most keystrokes): what depends on it is not redone.
  const lastCollapsed = useRef<ReadonlySet<string>>(new Set());
  const collapsed = useMemo(() => {
    const next = collapsedNamespaces(graph, choices);
    return sameSet(next, lastCollapsed.current) ? lastCollapsed.current : next;
  }, [graph, choices]);
  useEffect(() => {
    lastCollapsed.current = collapsed;
  }, [collapsed]);
  const layout = useMemo(() => collapser.collapse(graph, collapsed), [graph, collapsed, collapser]);
  const shown = useMemo(() => filterGraph(layout, filters), [layout, filters]);
  const focused = useMemo(() => {
    if (!focus) return null;
    // A node inside a collapsed namespace is focused through its card.
    const node = graph.nodes.find((n) => n.id === focus.id);
    const id = node?.parentId && collapsed.has(node.parentId) ? node.parentId : focus.id;
    if (!shown.nodes.some((n) => n.id === id)) return null;
    return { ...neighbourhood(shown, id), id, hide: focus.hide };
  }, [focus, graph, collapsed, shown]);
  const drawn = useMemo(() => {
    if (!focused?.hide) return shown;
    return {
      nodes: shown.nodes.filter((n) => focused.nodes.has(n.id)),
      edges: shown.edges.filter((e) => focused.edges.has(e.id)),
    };
  }, [shown, focused]);
  return useMemo(() => ({ layout, shown: drawn, collapsed, focus: focused }), [layout, drawn, collapsed, focused]);
}
