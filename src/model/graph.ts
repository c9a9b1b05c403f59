/**
 * Graph derivation (DESIGN.md §2 "Graph model"): `deriveGraph(workspace)` and
 * the node id scheme the canvas keys its layout on.
 */
export { deriveGraph, GraphCache, nsNodeId, workloadNodeId, namespacePodsNodeId, inferredNodeId, ALL_NAMESPACES_ID, ANYWHERE_ID } from './graph/derive.ts';
export { peerKey, cidrKey } from './graph/keys.ts';
export { portsLabel, portLabel } from './graph/ports-label.ts';
