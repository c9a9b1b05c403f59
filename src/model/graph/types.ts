/**
 * The graph the canvas draws, derived from a Workspace by `derive.ts`.
 * Ids are built from names and canonical selectors (never from array positions
 * alone) so that layout and selection survive re-parsing; `ids.ts` builds and
 * parses them.
 */
import type { ContainerPort, Direction, Labels, Span } from '../types.ts';
import type { EndpointRef } from '../edits/types.ts';
import type { ClusterAction, ClusterPolicyKind, ClusterTier } from '../cluster-types.ts';

/** A cluster-scoped policy whose subject selects a node (its tier badge on the card). */
export interface ClusterMark {
  /** `<Kind>/<name>`, as GraphEdge.policyId of the policy's edges. */
  policyId: string;
  kind: ClusterPolicyKind;
  tier: ClusterTier;
  /** Absent for a BaselineAdminNetworkPolicy (it has none). */
  priority?: number;
}

/** What makes an edge a cluster-policy rule edge: its tier, action and priority (absent on NetworkPolicy edges). */
export interface ClusterEdgeFields {
  kind: ClusterPolicyKind;
  tier: ClusterTier;
  /** `undefined` when the rule's action is missing or invalid (validation reports it): drawn as such. */
  action: ClusterAction | undefined;
  priority?: number;
  /** The rule's name, for tooltips and the inspector. */
  ruleName?: string;
}

export type GraphNodeKind =
  | 'namespace' //       group node; workloads sit inside
  | 'workload' //        a Pod/Deployment/... of the workspace
  | 'inferred' //        a selector that matches no workload, drawn distinctly (e.g. `tier=backend`)
  | 'cidr' //            external ipBlock (cidr minus except)
  | 'namespace-pods' //  "all pods in namespace X" / "pods matching S in namespaces matching N"
  | 'all-namespaces' //  namespaceSelector: {}
  | 'anywhere' //        a rule with no peers: every source / destination
  | 'ingress-controller' // the cluster's ingress controller: where Ingresses and Routes send traffic from
  | 'not-analysed'; //   a cluster-policy peer (nodes, domainNames) that needs a live cluster

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  /** Id of the namespace group node this node sits inside. */
  parentId?: string;
  /**
   * The namespace a namespace group is, or a workload, inferred or "all pods in X" node sits in; absent
   * for peers that span namespaces. Code reads a node's namespace here, never off its label.
   */
  namespace?: string;
  labels?: Labels;
  ports?: ContainerPort[];
  /** Policy ids (`ns/name`) whose podSelector selects this node. */
  selectedBy: string[];
  isolated: { ingress: boolean; egress: boolean };
  /** Extra text, e.g. the except list of a cidr or the selector of an inferred node. */
  detail?: string;
  /** A workload's replica count, when the workspace knows it (Workload `replicas`). */
  replicas?: number;
  span?: Span;
  /** What this node is as an end of a flow, for `allowFlow`/`createPolicy` edits (absent for namespace groups and `anywhere`). */
  endpoint?: EndpointRef;
  /** Kept from the last parse of a document that does not parse now (state/keep-broken.ts): drawn, not editable. */
  stale?: boolean;
  /** Cluster-scoped policies whose subject selects this node, in decision order (cluster-layer.ts). */
  clusterSelectedBy?: ClusterMark[];
  /**
   * A namespace drawn collapsed, its members left out (collapse.ts): laid out at the size of its card, not
   * as an empty namespace's title bar.
   */
  collapsed?: true;
}

export interface GraphEdge {
  id: string;
  /** Node id the traffic comes from. */
  source: string;
  /** Node id the traffic goes to. */
  target: string;
  policyId: string;
  direction: Direction;
  ruleIndex: number;
  /** Index of the peer in from/to; -1 when the rule has no peers (allows every peer). */
  peerIndex: number;
  /** Ports label, e.g. `TCP 8080`, `UDP 53`, `TCP 8000-8100`, `TCP http`, or `all ports`. */
  label: string;
  /** Span of the peer (or of the rule when peerIndex is -1), for highlighting YAML lines. */
  span?: Span;
  /** Kept from the last parse of a document that does not parse now (see GraphNode.stale). */
  stale?: boolean;
  /** Set on the edges of AdminNetworkPolicy / BaselineAdminNetworkPolicy / ClusterNetworkPolicy rules. */
  cluster?: ClusterEdgeFields;
  /** Set on the ingress controller's edges: the Ingresses / Routes (`Kind ns/name`) that reach the target. */
  routes?: string[];
}

export interface PolicyGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
