/**
 * Graph derivation (DESIGN.md §2 "Graph model"): `deriveGraph(workspace)` and
 * the node id scheme the canvas keys its layout on.
 */
export {
  deriveGraph,
  GraphCache,
  nsNodeId,
  workloadNodeId,
  namespacePodsNodeId,
  inferredNodeId,
  ALL_NAMESPACES_ID,
  ANYWHERE_ID,
} from './derive.ts';
export { peerKey, cidrKey } from './keys.ts';
export { portsLabel, portLabel } from './ports-label.ts';
