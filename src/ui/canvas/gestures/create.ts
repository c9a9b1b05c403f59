/**
 * Palette drops and drawn edges → PolicyEdits. A dropped object keeps the
 * drop point as its manual position (so ELK never moves it); a workload
 * dropped on a namespace box goes into that namespace, positioned inside it.
 */
import { allowFlowEdit, type FlowSides, type PolicyEdit, type PortSpec } from '../../../model/edits/index.ts';
import type { GraphNode, PolicyGraph } from '../../../model/graph/types.ts';
import { ALL_NAMESPACES_ID, namespacePodsNodeId, nsNodeId, workloadNodeId } from '../../../model/graph/index.ts';
import { selectView } from '../../../state/derived.ts';
import { allNamespacesDraft, cidrDraft } from '../../../state/drafts.ts';
import type { Box, XY } from '../../../state/layout-slice.ts';
import { toast } from '../../../state/toasts.ts';
import type { CreateKind, CreateValues } from '../../dialogs/CreateDialog.tsx';
import type { PaletteKind } from '../../palette/Palette.tsx';
import { runEdit } from './gestures.ts';
import { GROUP_HEADER, GROUP_PADDING, NODE_HEIGHT } from '../geometry/sizes.ts';
import { useDrafts, useStore } from '../../hooks/stores.ts';
import { named } from '../../../state/named.ts';
import { message } from '../../../state/message.ts';
import { endName } from './end-name.ts';

export interface CreateRequest {
  kind: CreateKind;
  namespace?: string;
  namespaces: string[];
  submit: (values: CreateValues) => void;
}

/** The cursor is the node's centre, not its corner: what the user sees while dragging. */
const ENTITY_HALF = { x: 80, y: NODE_HEIGHT / 2 };

/** A node as an end of a flow; a namespace box stands for "all pods in it". */
export function endpointNode(graph: PolicyGraph, id: string): GraphNode | undefined {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) return undefined;
  if (node.kind === 'namespace' && node.namespace !== undefined)
    return { ...node, endpoint: { type: 'namespace', namespace: node.namespace } };
  if (!node.endpoint) {
    toast(message('ui-canvas:gesture.notAnEnd', { name: named(node.label) }), 'error');
    return undefined;
  }
  return node;
}

/** The graph node a flow end is drawn at: a namespace box's flows attach to its "all pods" node. */
const flowNodeId = (n: GraphNode) =>
  n.kind === 'namespace' && n.namespace !== undefined ? namespacePodsNodeId(n.namespace) : n.id;

export function drawFlow(source: GraphNode, target: GraphNode, ports: PortSpec[], sides: FlowSides): void {
  const edit = allowFlowEdit(source, target, ports, sides);
  if (!edit) return void toast(message('ui-canvas:gesture.noFlowEnd'), 'error');
  if (!runEdit(edit, message('ui-canvas:gesture.alreadyAllowed', { source: endName(source), target: endName(target) })))
    return;
  // Show what was written: the new edge is selected, so its rules light up in the YAML and the inspector.
  const [from, to] = [flowNodeId(source), flowNodeId(target)];
  const rules = selectView(useStore.getState()).graph.edges.filter((e) => e.source === from && e.target === to);
  if (rules.length) useStore.getState().select({ edges: rules.map((e) => e.id) });
}

/** The namespace box under a flow position (top-level boxes are in flow coordinates). */
function namespaceAt(graph: PolicyGraph, placed: Record<string, Box>, at: XY): GraphNode | undefined {
  return graph.nodes.find((n) => {
    const b = n.kind === 'namespace' ? placed[n.id] : undefined;
    return b !== undefined && at.x >= b.x && at.x <= b.x + b.width && at.y >= b.y && at.y <= b.y + b.height;
  });
}

const pin = (id: string, xy: XY) => useStore.getState().moveNode(id, { x: Math.round(xy.x), y: Math.round(xy.y) });

function placeDraft(node: GraphNode, at: XY): void {
  useDrafts.getState().addDraft(node);
  pin(node.id, { x: at.x - ENTITY_HALF.x, y: at.y - ENTITY_HALF.y });
  useStore.getState().select({ nodes: [node.id] });
}

/**
 * Starts the create flow for a palette item; null when nothing needs asking
 * (all namespaces). `picked`: chosen by click or keyboard rather than dropped,
 * so `at` is only the middle of the view: peers and namespaces then go to
 * the nearest free spot below it instead of on top of a namespace box.
 */
export function createFromPalette(
  kind: PaletteKind,
  at: XY,
  graph: PolicyGraph,
  placed: Record<string, Box>,
  picked = false,
): CreateRequest | null {
  if (picked && kind !== 'workload') {
    const topLevel = graph.nodes.filter((n) => !n.parentId && placed[n.id]).map((n) => placed[n.id]);
    const spot = freeSpot({ x: at.x - ENTITY_HALF.x, y: at.y - ENTITY_HALF.y }, topLevel);
    at = { x: spot.x + ENTITY_HALF.x, y: spot.y + ENTITY_HALF.y };
  }
  const namespaces = graph.nodes.flatMap((n) =>
    n.kind === 'namespace' && n.namespace !== undefined ? [n.namespace] : [],
  );
  if (kind === 'all-namespaces') {
    if (graph.nodes.some((n) => n.id === ALL_NAMESPACES_ID)) {
      useStore.getState().select({ nodes: [ALL_NAMESPACES_ID] });
      toast(message('ui-canvas:gesture.allNamespacesThere'), 'info');
    } else {
      placeDraft(allNamespacesDraft(), at);
    }
    return null;
  }
  const inside = namespaceAt(graph, placed, at);
  return {
    kind,
    namespace: inside?.namespace,
    namespaces,
    submit: (values) => submitCreate(values, at, inside ? placed[inside.id] : undefined, graph, placed),
  };
}

function submitCreate(
  values: CreateValues,
  at: XY,
  box: Box | undefined,
  graph: PolicyGraph,
  placed: Record<string, Box>,
): void {
  const { select } = useStore.getState();
  switch (values.kind) {
    case 'namespace': {
      if (!runEdit({ op: 'addNamespace', name: values.name, labels: values.labels })) return;
      const id = nsNodeId(values.name);
      pin(id, { x: at.x - GROUP_PADDING, y: at.y - GROUP_HEADER / 2 });
      select({ nodes: [id] });
      return;
    }
    case 'workload': {
      const steps: PolicyEdit[] = [];
      const nsId = nsNodeId(values.namespace);
      const nsExists = graph.nodes.some((n) => n.id === nsId);
      if (!nsExists) steps.push({ op: 'addNamespace', name: values.namespace });
      steps.push({
        op: 'addWorkload',
        namespace: values.namespace,
        name: values.name,
        labels: values.labels,
        ports: values.ports,
      });
      if (!runEdit(steps)) return;
      // addWorkload writes a Deployment.
      const id = workloadNodeId({ namespace: values.namespace, name: values.name, kind: 'Deployment' });
      // Only into the box it was dropped on when that is the namespace chosen (the name prompt can change it).
      const droppedInto = box && nsExists && box === placed[nsId] && isInside(box, at) ? box : undefined;
      if (droppedInto) {
        // Children are placed relative to their namespace box, below its title bar, and not on top of a sibling.
        const siblings = graph.nodes.filter((n) => n.parentId === nsId && placed[n.id]).map((n) => placed[n.id]);
        pin(
          id,
          freeSpot(
            {
              x: Math.max(GROUP_PADDING, at.x - droppedInto.x - ENTITY_HALF.x),
              y: Math.max(GROUP_HEADER + 8, at.y - droppedInto.y - ENTITY_HALF.y),
            },
            siblings,
          ),
        );
      } else if (!nsExists) {
        pin(nsId, { x: at.x - GROUP_PADDING, y: at.y - GROUP_HEADER });
        pin(id, { x: GROUP_PADDING, y: GROUP_HEADER + 14 });
      }
      select({ nodes: [id] });
      return;
    }
    case 'cidr': {
      const draft = cidrDraft(values.cidr);
      if (graph.nodes.some((n) => n.id === draft.id)) {
        select({ nodes: [draft.id] });
        return void toast(message('ui-canvas:gesture.cidrThere', { cidr: values.cidr }), 'info');
      }
      placeDraft(draft, at);
    }
  }
}

/** Moves a new card down until it covers no sibling (the namespace box grows to hold it). */
function freeSpot(at: XY, siblings: Box[]): XY {
  const box = { ...at, width: ENTITY_HALF.x * 2, height: NODE_HEIGHT };
  const gap = 16;
  for (let i = 0; i < 100; i++) {
    const hit = siblings.find(
      (s) =>
        box.x < s.x + s.width + gap &&
        s.x < box.x + box.width + gap &&
        box.y < s.y + s.height + gap &&
        s.y < box.y + box.height + gap,
    );
    if (!hit) break;
    box.y = hit.y + hit.height + gap;
  }
  return { x: box.x, y: box.y };
}

const isInside = (b: Box, at: XY) => at.x >= b.x && at.x <= b.x + b.width && at.y >= b.y && at.y <= b.y + b.height;
