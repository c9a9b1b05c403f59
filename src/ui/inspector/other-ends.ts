/**
 * The "other end" list of the inspector's Allow traffic: every node a flow can
 * start or end at, once each. A namespace box stands for all pods in it, which
 * is also a node of its own (`pods:<ns>`) as soon as a rule names those pods:
 * both are one end, so they are one entry, keyed by the node the flow is
 * drawn at.
 */
import { namespacePodsNodeId } from '../../model/graph/index.ts';
import type { GraphNode } from '../../model/graph/types.ts';
import { message, type Text } from '../../state/message.ts';

export interface OtherEnd {
  /** The graph node to open the dialog with. */
  id: string;
  label: Text;
}

/** The node a flow to or from `n` is drawn at: a namespace box's flows attach to its "all pods" node. */
export const flowEndId = (n: GraphNode): string => (n.kind === 'namespace' ? namespacePodsNodeId(n.label) : n.id);

function listLabel(n: GraphNode): Text {
  if (n.kind === 'namespace') return message('ui-canvas:allPodsIn', { name: n.label });
  return n.namespace && n.kind !== 'namespace-pods' ? `${n.namespace}/${n.label}` : n.label;
}

/** Nodes that can be the other end of a flow with `self`, each end once, `self` left out. */
export function otherEnds(nodes: readonly GraphNode[], self: GraphNode): OtherEnd[] {
  const seen = new Set([flowEndId(self)]);
  const out: OtherEnd[] = [];
  for (const n of nodes) {
    if (!n.endpoint && n.kind !== 'namespace') continue;
    const key = flowEndId(n);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ id: n.id, label: listLabel(n) });
  }
  return out;
}
