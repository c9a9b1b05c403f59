/**
 * Graph gestures → PolicyEdits, for the canvas: the graph's nodes carry the
 * EndpointRef they stand for, and its edges the rule address they came from.
 */
import type { GraphEdge, GraphNode } from '../graph/types.ts';
import type { FlowSides, PolicyEdit, PortSpec } from './types.ts';

/** Drawing an edge from `source` to `target`; undefined when either node cannot be an end of a flow. */
export function allowFlowEdit(
  source: GraphNode,
  target: GraphNode,
  ports: PortSpec[] = [],
  sides: FlowSides = 'auto',
): PolicyEdit | undefined {
  if (!source.endpoint || !target.endpoint) return undefined;
  return { op: 'allowFlow', from: source.endpoint, to: target.endpoint, ports, sides };
}

/** Deleting an edge: exactly its peer, or its rule when that was the rule's last peer. */
export function removeEdgeEdit(edge: GraphEdge): PolicyEdit {
  return {
    op: 'removeEdge',
    policy: edge.policyId,
    direction: edge.direction,
    rule: edge.ruleIndex,
    peer: edge.peerIndex,
  };
}

/** Changing an edge's ports label: the ports of the rule it belongs to. */
export function setEdgePortsEdit(edge: GraphEdge, ports: PortSpec[]): PolicyEdit {
  return { op: 'setRulePorts', policy: edge.policyId, direction: edge.direction, rule: edge.ruleIndex, ports };
}
