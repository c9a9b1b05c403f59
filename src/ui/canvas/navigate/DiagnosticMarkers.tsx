/**
 * A small marker on each node and edge whose YAML holds a diagnostic
 * (model/graph/diagnostic-targets.ts); clicking it opens the diagnostics
 * list. Drawn over the flow (in its coordinates) rather than inside the
 * cards, so node and edge rendering stay as they are. A node inside a
 * collapsed namespace marks the card.
 */
import { useTranslation } from 'react-i18next';
import { ViewportPortal, useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { Diagnostic } from '../../../model/diagnostics.ts';
import { diagnosticTargets, type DiagnosticTargets } from '../../../model/graph/diagnostic-targets.ts';
import type { PolicyGraph } from '../../../model/graph/types.ts';
import { useStore } from '../../hooks/stores.ts';
import type { CanvasEdge } from '../use-canvas-elements.ts';
import { useCoreText } from '../../text/use-core-text.ts';
import { inWindow, markerWindow } from './marker-window.ts';
import { markerTitle } from './marker-title.ts';

interface Marker {
  key: string;
  x: number;
  y: number;
  diagnostics: Diagnostic[];
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the straight line between two cards' centres leaves `b` (its border). */
function exitPoint(b: Rect, towards: { x: number; y: number }): [number, number] {
  const cx = b.x + b.width / 2,
    cy = b.y + b.height / 2;
  const dx = towards.x - cx,
    dy = towards.y - cy;
  const k = Math.min(dx ? b.width / 2 / Math.abs(dx) : Infinity, dy ? b.height / 2 / Math.abs(dy) : Infinity, 1);
  return [cx + dx * k, cy + dy * k];
}

/**
 * A point `share` of the way along the visible part of an edge (border to border), from its source:
 * near the source end, clear of the port label at the middle.
 */
function alongEdge(s: Rect, t: Rect, share: number): [number, number] {
  const sc = { x: s.x + s.width / 2, y: s.y + s.height / 2 };
  const tc = { x: t.x + t.width / 2, y: t.y + t.height / 2 };
  const [ax, ay] = exitPoint(s, tc);
  const [bx, by] = exitPoint(t, sc);
  return [ax + (bx - ax) * share, ay + (by - ay) * share];
}

const worst = (ds: Diagnostic[]) =>
  ds.some((d) => d.severity === 'error') ? 'error' : ds.some((d) => d.severity === 'warning') ? 'warning' : 'info';

/**
 * The distinct policies of a canvas edge's rules, per edge data: the canvas hands back the same data for
 * every unchanged edge (to-flow.ts), so a new set of diagnostics (every keystroke brings one) looks up each
 * bundle's few policies instead of walking the 38,000 rules of a big graph.
 */
const policiesByData = new WeakMap<object, string[]>();
function policiesOf(data: { rules: readonly { policyId: string }[] }): string[] {
  let policies = policiesByData.get(data);
  if (!policies) {
    policies = [...new Set(data.rules.map((r) => r.policyId))];
    policiesByData.set(data, policies);
  }
  return policies;
}

const openDiagnostics = () => useStore.getState().setDiagnosticsOpen(true);

/** One marker; memoised on plain values, so a keystroke that moves nothing re-renders none of them. */
const MarkerButton = memo(function MarkerButton(props: {
  id: string;
  x: number;
  y: number;
  severity: string;
  title: string;
  label: string;
}) {
  return (
    <button
      type="button"
      className={`diag-marker diag-marker--${props.severity} nodrag nopan`}
      style={{ transform: `translate(${props.x}px, ${props.y}px)` }}
      title={props.title}
      aria-label={props.label}
      data-testid="diagnostic-marker"
      data-target={props.id}
      onClick={openDiagnostics}
    >
      !
    </button>
  );
});

export function DiagnosticMarkers(props: {
  graph: PolicyGraph;
  diagnostics: readonly Diagnostic[];
  /** What the diagnostics are about, placed where they were computed (Analysis.targets); else placed here. */
  targets?: DiagnosticTargets;
  edges: CanvasEdge[];
  collapsed: ReadonlySet<string>;
}) {
  const { graph, diagnostics, targets: placed, edges, collapsed } = props;
  const { t } = useTranslation('ui-canvas');
  const flowNodes = useFlowStore((s) => s.nodes);
  const area = useFlowStore(markerWindow);
  const { getInternalNode } = useReactFlow();
  // Policies are not drawn: a problem outside every peer names its policy (state/analyse.ts placed it).
  // Worked out when the diagnostics change, not the graph: a text's diagnostics land after its graph,
  // so a new graph would only be paired with the previous text's offsets, and a pass over every rule
  // edge would sit in each keystroke's path to the screen. The graph at that moment is the one the
  // diagnostics were made from; until they come, the previous markers stay where their nodes are.
  // The graph as it was when these diagnostics came (deliberately not a dependency).
  const pairedGraph = useMemo(() => graph, [diagnostics]);
  const targets = useMemo(
    () => placed ?? diagnosticTargets(pairedGraph, diagnostics),
    [placed, pairedGraph, diagnostics],
  );
  // Which drawn edges carry problems does not change when nodes move, only when the problems or the
  // edges do: kept apart from the positions, so a drag or a measure does not walk every bundled rule.
  // Per canvas edge's data, for these targets: after a keystroke the canvas hands back the data of every
  // unchanged edge (to-flow.ts), so only changed bundles are walked, not the 38,000 rules of a big graph.
  const flaggedEdges = useMemo(() => {
    const out: { e: CanvasEdge; ds: Diagnostic[] }[] = [];
    if (targets.edges.size + targets.policies.size === 0) return out;
    for (const e of edges) {
      if (e.type !== 'flow' || !e.data) continue;
      const policies = policiesOf(e.data);
      // A bundle holds many rules of one policy: its whole-policy problems are counted once.
      let found: Diagnostic[] | Set<Diagnostic> = [];
      const add = (ds: Diagnostic[] | undefined) => {
        if (!ds) return;
        if (Array.isArray(found) && found.length === 0) found = ds;
        else {
          if (Array.isArray(found)) found = new Set(found);
          for (const d of ds) found.add(d);
        }
      };
      for (const p of policies) add(targets.policies.get(p));
      // Problems inside a rule's own peer: looked up rule by rule only when there are some.
      if (targets.edges.size > 0) for (const r of e.data.rules) add(targets.edges.get(r.id));
      const ds = Array.isArray(found) ? found : [...found];
      if (ds.length) out.push({ e, ds });
    }
    return out;
  }, [targets, edges]);
  const markers = useMemo(() => {
    const out: Marker[] = [];
    if (targets.nodes.size + targets.edges.size + targets.policies.size === 0) return out;
    const parentOf = targets.nodes.size === 0 ? undefined : new Map(graph.nodes.map((n) => [n.id, n.parentId]));
    const box = (id: string) => {
      const n = getInternalNode(id);
      if (!n || n.hidden) return undefined;
      const { x, y } = n.internals.positionAbsolute;
      return { x, y, width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 };
    };
    const byNode = new Map<string, Diagnostic[]>();
    for (const [id, ds] of targets.nodes) {
      const parent = parentOf?.get(id);
      const at = parent && collapsed.has(parent) ? parent : id;
      const list = byNode.get(at);
      if (list) list.push(...ds);
      else byNode.set(at, [...ds]);
    }
    for (const [id, ds] of byNode) {
      const b = box(id);
      if (b) out.push({ key: `n:${id}`, x: b.x + b.width - 8, y: b.y - 8, diagnostics: ds });
    }
    for (const { e, ds } of flaggedEdges) {
      const s = box(e.source),
        t = box(e.target);
      if (!s || !t) continue;
      const [x, y] = alongEdge(s, t, 0.2);
      out.push({ key: `e:${e.id}`, x: x - 9, y: y - 9, diagnostics: ds });
    }
    return out;
    // flowNodes is a dependency: positions change as nodes are laid out, moved or measured.
  }, [targets, graph, flaggedEdges, collapsed, flowNodes, getInternalNode]);
  // The words of a marker, worked out once per language and not on every render: a big graph has
  // dozens of markers, and they re-render whenever a node moves.
  const core = useCoreText();
  const words = useMemo(() => {
    const lines = new WeakMap<Diagnostic, string>();
    const counts = new Map<number, string>();
    return {
      title: (ds: readonly Diagnostic[]) =>
        markerTitle(
          ds,
          (d) => {
            let line = lines.get(d);
            if (line === undefined) lines.set(d, (line = `${d.line}:${d.column} ${core.diagnostic(d)}`));
            return line;
          },
          (count) => t('markers.more', { count }),
        ),
      label: (count: number) => {
        let label = counts.get(count);
        if (label === undefined) counts.set(count, (label = t('markers.label', { count })));
        return label;
      },
    };
  }, [core, t]);
  const shown = useMemo(() => markers.filter((m) => inWindow(area, m.x, m.y)), [markers, area]);
  if (shown.length === 0) return null;
  return (
    <ViewportPortal>
      {shown.map((m) => (
        <MarkerButton
          key={m.key}
          id={m.key}
          x={m.x}
          y={m.y}
          severity={worst(m.diagnostics)}
          title={words.title(m.diagnostics)}
          label={words.label(m.diagnostics.length)}
        />
      ))}
    </ViewportPortal>
  );
}
