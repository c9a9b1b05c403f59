/**
 * Edits as data: every graph gesture becomes one `PolicyEdit`. Objects are
 * addressed by name (namespace, `ns/name` policy ids, rule direction + index,
 * peer index), never by text offsets, so an edit stays meaningful while the
 * text is re-parsed. `planEdit` (plan.ts) turns an edit into manifest
 * operations by reading the Workspace; `src/sync` writes them into the YAML.
 */
import type { ClusterAction, ClusterPolicyKind } from '../cluster-types.ts';
import type { Direction, LabelSelector, Protocol } from '../types.ts';

/** A workload by name; `kind` defaults to any kind with that name (Deployment when creating). */
export interface WorkloadRef {
  namespace: string;
  name: string;
  kind?: string;
}

/** Something an edge can start or end at — the node kinds of the graph. */
export type EndpointRef =
  | { type: 'workload'; namespace: string; name: string; kind?: string }
  /** An inferred node: pods matching `selector` in `namespace` (no workload of the workspace matches). */
  | { type: 'selector'; namespace: string; selector: LabelSelector }
  | { type: 'cidr'; cidr: string; except?: string[] }
  /**
   * Every pod of one namespace. `namespaceLabels`: how policies of other namespaces select it — some of
   * the Namespace's own labels (e.g. `purpose: monitoring`) instead of `kubernetes.io/metadata.name`.
   */
  | { type: 'namespace'; namespace: string; namespaceLabels?: Record<string, string> }
  /** Every pod of every namespace (`namespaceSelector: {}`). */
  | { type: 'all-namespaces' };

/** One entry of a rule's `ports`; protocol absent = TCP, port absent = every port of the protocol. */
export interface PortSpec {
  protocol?: Protocol;
  port?: number | string;
  endPort?: number;
}

export interface ContainerPortSpec {
  containerPort: number;
  name?: string;
  protocol?: Protocol;
}

/** Which sides of a flow `allowFlow` writes. `auto`: ingress at B, egress at A only when A is egress-isolated. */
export type FlowSides = 'auto' | 'both' | 'ingress' | 'egress';

export interface RuleAddress {
  /** `ns/name` */
  policy: string;
  direction: Direction;
  /** Index in spec.ingress / spec.egress. */
  rule: number;
}

/** A cluster-scoped policy (AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy): kind and name. */
export interface ClusterPolicyRef {
  kind: ClusterPolicyKind;
  name: string;
}

/** A rule of a cluster-scoped policy: its direction and index in spec.ingress / spec.egress. */
export interface ClusterRuleAddress {
  policy: ClusterPolicyRef;
  direction: Direction;
  rule: number;
}

export type PolicyEdit =
  | { op: 'noop' }
  | { op: 'addNamespace'; name: string; labels?: Record<string, string> }
  /** Removes the Namespace manifest and every object in that namespace. */
  | { op: 'removeNamespace'; name: string }
  /** Renames the manifest, moves every object and rewrites `kubernetes.io/metadata.name` selectors. */
  | { op: 'renameNamespace'; from: string; to: string }
  | { op: 'setNamespaceLabels'; name: string; labels: Record<string, string> }
  | {
      op: 'addWorkload';
      namespace: string;
      name: string;
      kind?: string;
      labels?: Record<string, string>;
      ports?: ContainerPortSpec[];
    }
  | { op: 'removeWorkload'; workload: WorkloadRef }
  | { op: 'renameWorkload'; workload: WorkloadRef; to: string }
  /** Pod-template labels (the Deployment's selector follows so it keeps matching). */
  | { op: 'setWorkloadLabels'; workload: WorkloadRef; labels: Record<string, string> }
  /** containerPorts of the first container. */
  | { op: 'setContainerPorts'; workload: WorkloadRef; ports: ContainerPortSpec[] }
  /** A policy selecting the node (podSelector from the workload's labels); no rules = deny in its policyTypes. */
  | { op: 'createPolicy'; for: EndpointRef; name?: string; policyTypes?: { ingress: boolean; egress: boolean } }
  | { op: 'deletePolicy'; policy: string }
  | { op: 'setPolicyTypes'; policy: string; ingress: boolean; egress: boolean }
  /** A namespace-wide `podSelector: {}` policy denying one direction (enabled) or its removal. */
  | { op: 'setDefaultDeny'; namespace: string; direction: Direction; enabled: boolean }
  | { op: 'allowFlow'; from: EndpointRef; to: EndpointRef; ports?: PortSpec[]; sides?: FlowSides }
  /** Removes exactly one peer, or the whole rule when it was its last peer (peer -1: a rule without peers). */
  | ({ op: 'removeEdge'; peer: number } & RuleAddress)
  /** Empty list = every port (the `ports` key is removed). */
  | ({ op: 'setRulePorts'; ports: PortSpec[] } & RuleAddress)
  /** Adds an ipBlock peer to a rule, or a new rule with only that peer when `rule` is undefined. */
  | { op: 'addIpBlockPeer'; policy: string; direction: Direction; rule?: number; cidr: string; except?: string[] }
  /** Lint quick fix: an egress rule allowing DNS (UDP and TCP 53) to the kube-dns pods in kube-system. */
  | { op: 'addDnsEgress'; policy: string }
  /**
   * Lint quick fix: peer `peer` (a lone namespaceSelector or podSelector) joins the peer before it (the
   * other selector), so the two select "those pods in those namespaces" (AND) instead of either (OR).
   */
  | ({ op: 'mergeSplitPeer'; peer: number } & RuleAddress)
  /** Validation quick fix for one entry of a rule's ports: swaps port and endPort when reversed, else drops endPort. */
  | ({ op: 'fixEndPort'; port: number } & RuleAddress)
  /**
   * A rule in a cluster-scoped policy (cluster-edit.ts): `action` one of the kind's (ANP Allow/Deny/Pass,
   * BANP Allow/Deny, CNP Accept/Deny/Pass); `peers` the flow's other ends (the source of an ingress
   * rule, the destination of an egress rule); `ports` as in NetworkPolicy rules (a string port is a
   * named port, `endPort` a range; none = every port). Inserted at `index`, by default after the last
   * rule: rule order decides inside a policy. `name` defaults to one made from the action and peer.
   */
  | {
      op: 'addClusterRule';
      policy: ClusterPolicyRef;
      direction: Direction;
      action: ClusterAction;
      peers: EndpointRef[];
      ports?: PortSpec[];
      name?: string;
      index?: number;
    }
  /** spec.priority of an AdminNetworkPolicy or ClusterNetworkPolicy (0–1000, lower first). */
  | { op: 'setClusterPriority'; policy: ClusterPolicyRef; priority: number }
  /** Moves a rule to index `to` of the same direction (the rules between shift by one), comments with it. */
  | ({ op: 'moveClusterRule'; to: number } & ClusterRuleAddress);
