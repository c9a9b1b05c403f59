/**
 * Graph derivation (DESIGN.md §2 "Graph model"): `deriveGraph(workspace)`,
 * its keystroke cache, and the node and edge id scheme the canvas keys its
 * layout and selection on.
 */
export { deriveGraph } from './derive.ts';
export { GraphCache } from './edge-cache.ts';
export {
  ALL_NAMESPACES_ID,
  ANYWHERE_ID,
  cidrNodeId,
  effectiveEdgeId,
  namespacePodsNodeId,
  nodeId,
  nsNodeId,
  parseEffectiveEdgeId,
  parseNodeId,
  parsePeerKey,
  parseRuleEdgeId,
  peerKeyText,
  ruleEdgeId,
  workloadNodeId,
  type NodeIdParts,
  type PeerKeyParts,
  type RuleEdgeIdParts,
} from './ids.ts';
