/**
 * What the live analysis adds to the canvas (issue 13), on top of the nodes and edges the canvas built:
 * - in the effective view, while the diff panel is open, each edge the live diff touches is marked
 *   added / changed / removed, and removed flows with no edge left are drawn as ghosts;
 * - in the effective view, while the exposure panel is open, an "unknown peers" node for the peers
 *   outside the workspace, linked to the workloads the policies expose to them;
 * - in both views, the exposure of each workload for the markers on the cards (exposure-context.ts).
 */
import { MarkerType, type EdgeChange } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffType } from '../../model/analysis/diff.ts';
import { exposureLinks, type WorkloadExposure } from '../../model/analysis/exposure-view.ts';
import { diffByEdge, diffEdgeKey, type LiveDiffRow } from '../../model/analysis/live-diff.ts';
import { ANYWHERE_ID } from '../../model/graph/ids.ts';
import type { GraphNode } from '../../model/graph/types.ts';
import { NODE_HEIGHT, nodeWidth } from '../canvas/geometry/sizes.ts';
import type { EntityFlowNode, FlowNode } from '../canvas/to-flow.ts';
import type { CanvasEdge } from '../canvas/use-canvas-elements.ts';
import { useExposure, useExposurePanelOpen, useLiveDiff } from '../hooks/use-live-analysis.ts';
import type { DiffGhostEdgeType, ExposureEdgeType } from './OverlayEdges.tsx';

export type LiveCanvasEdge = CanvasEdge | DiffGhostEdgeType | ExposureEdgeType;

/** The id of the effective view's "unknown peers" node. */
export const UNKNOWN_PEERS_ID = 'unknown-peers';

/** Ghost and exposure edges drawn at most (the lists in the dock hold them all). */
const MAX_OVERLAY_EDGES = 200;

const MARK_COLOUR: Record<DiffType, string> = {
  added: 'var(--added)',
  removed: 'var(--removed)',
  changed: 'var(--warn)',
};

const arrow = (color: string) => ({ type: MarkerType.ArrowClosed, width: 16, height: 16, color });

/** Effective edges with their diff mark, plus ghosts for removed flows whose edge is gone. */
function diffEdges(edges: CanvasEdge[], rows: readonly LiveDiffRow[], drawn: ReadonlySet<string>): LiveCanvasEdge[] {
  const marks = diffByEdge(rows);
  const have = new Set<string>();
  const marked: LiveCanvasEdge[] = edges.map((e) => {
    if (e.type !== 'effective' || !e.data) return e;
    const key = `${e.source}>${e.target}`;
    have.add(key);
    const diff = marks.get(key);
    return diff ? { ...e, data: { ...e.data, diff }, markerEnd: arrow(MARK_COLOUR[diff]) } : e;
  });
  // An end that is not drawn (a removed block's node) is drawn at `anywhere` when that is on the canvas.
  const at = (node: string) => (drawn.has(node) ? node : drawn.has(ANYWHERE_ID) ? ANYWHERE_ID : undefined);
  const ghosts = new Map<string, DiffGhostEdgeType>();
  for (const row of rows) {
    if (row.type !== 'removed' || have.has(diffEdgeKey(row))) continue;
    const source = at(row.src.node);
    const target = at(row.dst.node);
    if (!source || !target || source === target) continue;
    const id = `diff-ghost:${source}>${target}`;
    const ghost = ghosts.get(id);
    if (ghost) ghost.data!.rows.push(row);
    else if (ghosts.size < MAX_OVERLAY_EDGES)
      ghosts.set(id, {
        id,
        type: 'diff-ghost',
        source,
        target,
        data: { rows: [row] },
        markerEnd: arrow('var(--removed)'),
        selectable: false,
      });
  }
  return [...marked, ...ghosts.values()];
}

/**
 * The "unknown peers" card: left of everything (below the address nodes the effective view placed
 * there), at the height of the middle of the namespaces, so it stays in the view the canvas fitted
 * rather than under the toolbar at its top.
 */
function unknownPeersNode(nodes: FlowNode[], label: string, detail: string): EntityFlowNode {
  const node: GraphNode = {
    id: UNKNOWN_PEERS_ID,
    kind: 'all-namespaces',
    label,
    detail,
    selectedBy: [],
    isolated: { ingress: false, egress: false },
  };
  const width = nodeWidth(node);
  const top = nodes.filter((n) => !n.parentId);
  const groups = top.filter((n) => n.type !== 'entity');
  const spread = groups.length ? groups : top;
  const left = Math.min(...spread.map((n) => n.position.x));
  const column = top.filter((n) => n.type === 'entity' && n.position.x < left);
  const middle =
    (Math.min(...spread.map((n) => n.position.y)) +
      Math.max(...spread.map((n) => n.position.y + (n.height ?? NODE_HEIGHT)))) /
    2;
  const y = column.length
    ? Math.max(middle, ...column.map((n) => n.position.y + (n.height ?? NODE_HEIGHT) + 48))
    : middle - NODE_HEIGHT / 2;
  const x = column.length ? Math.min(...column.map((n) => n.position.x)) : left - width - 80;
  return {
    id: UNKNOWN_PEERS_ID,
    type: 'entity',
    position: { x, y },
    data: { node, width, height: NODE_HEIGHT },
    width,
    height: NODE_HEIGHT,
    selectable: false,
    draggable: false,
  };
}

function exposureEdges(rows: readonly WorkloadExposure[], drawn: ReadonlySet<string>): ExposureEdgeType[] {
  return exposureLinks(rows)
    .filter((l) => drawn.has(l.node))
    .slice(0, MAX_OVERLAY_EDGES)
    .map((l) => {
      const [source, target] = l.direction === 'ingress' ? [UNKNOWN_PEERS_ID, l.node] : [l.node, UNKNOWN_PEERS_ID];
      return {
        id: `exposure:${source}>${target}`,
        type: 'exposure' as const,
        source,
        target,
        data: { items: l.items },
        markerEnd: arrow('var(--exposure)'),
        selectable: false,
      };
    });
}

export interface LiveOverlays {
  nodes: FlowNode[];
  edges: LiveCanvasEdge[];
  /** Workload node id → its exposure, for the markers on the cards. */
  exposure: ReadonlyMap<string, WorkloadExposure>;
}

export function useLiveOverlays(nodes: FlowNode[], edges: CanvasEdge[], effective: boolean): LiveOverlays {
  const { t } = useTranslation('ui-analysis');
  const { diff } = useLiveDiff();
  const { exposure } = useExposure();
  // The links to the "unknown peers" card are drawn while the exposure panel is open: they are straight
  // lines, not routed around cards, and on a real workspace nearly every workload has one (DNS to
  // kube-system), which would cross the effective view the user came for. The card marks stay on.
  const linksWanted = useExposurePanelOpen();
  const byNode = useMemo(() => new Map((exposure ?? []).map((r) => [r.node, r])), [exposure]);
  const label = t('exposure.unknownPeers');
  const detail = t('exposure.unknownPeersDetail');
  return useMemo(() => {
    if (!effective || nodes.length === 0) return { nodes, edges, exposure: byNode };
    const drawn = new Set(nodes.map((n) => n.id));
    let outNodes = nodes;
    let outEdges: LiveCanvasEdge[] = diff && diff.rows.length ? diffEdges(edges, diff.rows, drawn) : edges;
    const links = exposure && linksWanted ? exposureEdges(exposure, drawn) : [];
    if (links.length) {
      outNodes = [...nodes, unknownPeersNode(nodes, label, detail)];
      outEdges = [...outEdges, ...links];
    }
    return { nodes: outNodes, edges: outEdges, exposure: byNode };
  }, [effective, nodes, edges, diff, exposure, linksWanted, byNode, label, detail]);
}

/** Edge changes of the canvas's own edges: the overlay edges are drawn only, never selected or removed. */
export function canvasEdgeChanges(changes: EdgeChange<LiveCanvasEdge>[]): EdgeChange<CanvasEdge>[] {
  return changes.filter(
    (c): c is EdgeChange<CanvasEdge> =>
      !(c.type === 'add' || c.type === 'replace' ? isOverlay(c.item.id) : isOverlay(c.id)),
  );
}

const isOverlay = (id: string): boolean => id.startsWith('diff-ghost:') || id.startsWith('exposure:');
