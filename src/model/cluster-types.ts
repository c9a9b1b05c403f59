/**
 * The cluster-scoped policy kinds and the ingress objects, as the analysis reads them:
 * AdminNetworkPolicy / BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) and
 * ClusterNetworkPolicy (v1alpha2) share one shape here, a tier with prioritised, ordered rules
 * (docs/cluster-policies.md). Services, Ingresses and OpenShift Routes are read only for what the
 * `{ingress-controller}` source reaches.
 */
import type { Direction, LabelSelector, Protocol, Span } from './types.ts';

export type ClusterPolicyKind = 'AdminNetworkPolicy' | 'BaselineAdminNetworkPolicy' | 'ClusterNetworkPolicy';
/** Admin: before NetworkPolicies; Baseline: where no NetworkPolicy selects the pod. */
export type ClusterTier = 'Admin' | 'Baseline';
/** As written: v1alpha1 says Allow, v1alpha2 says Accept; both end the decision with "allowed". */
export type ClusterAction = 'Allow' | 'Accept' | 'Deny' | 'Pass';

/** Pods selected through a namespace selector and a pod selector (both must match). */
export interface NamespacedPods {
  namespaceSelector: LabelSelector;
  podSelector: LabelSelector;
}

/**
 * One peer of a rule. `namespaces` / `pods` / `networks` are evaluated; `nodes` and `domainNames`
 * cannot be evaluated without a live cluster and are reported as not analysed; `invalid` is a peer
 * that sets no or several fields (validation reports it) and matches nothing.
 */
export type ClusterPeer = (
  | { kind: 'namespaces'; namespaces: LabelSelector }
  | { kind: 'pods'; pods: NamespacedPods }
  /** IPv4 CIDRs as written (IPv6 ones are kept apart: not analysed, as netpol-analyzer does). */
  | { kind: 'networks'; cidrs: string[]; ipv6: string[] }
  | { kind: 'nodes' }
  | { kind: 'domainNames' }
  | { kind: 'invalid' }
) & { span?: Span };

/** One port entry: a number or range of a protocol, or a named port resolved on the destination pod. */
export type ClusterPort = (
  | { kind: 'number'; protocol: Protocol; port: number }
  | { kind: 'range'; protocol: Protocol; start: number; end: number }
  | { kind: 'named'; name: string }
  | { kind: 'invalid' }
) & { span?: Span };

export interface ClusterRule {
  direction: Direction;
  /** Index in spec.ingress / spec.egress: rule order decides inside a policy. */
  index: number;
  name: string;
  /** `undefined` when missing or not one of the kind's actions (validation reports it). */
  action: ClusterAction | undefined;
  peers: ClusterPeer[];
  /** `undefined` = every port (field absent); `[]` written = no port. */
  ports: ClusterPort[] | undefined;
  span?: Span;
}

export interface ClusterPolicy {
  kind: ClusterPolicyKind;
  name: string;
  tier: ClusterTier;
  /** 0–1000, lower first; a BaselineAdminNetworkPolicy has none (0). NaN when missing or not a number. */
  priority: number;
  /** Which pods the rules police; `undefined` when the subject is missing or invalid (selects nothing). */
  subject: { namespaces: LabelSelector } | { pods: NamespacedPods } | undefined;
  ingress: ClusterRule[];
  egress: ClusterRule[];
  span?: Span;
  file: string;
  docIndex: number;
}

/** A Service port: what a client addresses and where the pod receives it. */
export interface ServicePort {
  port: number | undefined;
  name: string | undefined;
  protocol: Protocol;
  /** A number, a container port name, or `undefined` (= `port`). */
  targetPort: number | string | undefined;
}

export interface Service {
  namespace: string;
  name: string;
  /** `undefined`: no selector (the Service's endpoints are managed by hand; it selects no pod). */
  selector: Readonly<Record<string, string>> | undefined;
  ports: ServicePort[];
  span?: Span;
}

/** A Service that an Ingress or a Route sends traffic to, with the service port it names. */
export interface IngressBackend {
  /** Who routes: `Ingress` or `Route`, with its namespace and name (for warnings). */
  via: { kind: 'Ingress' | 'Route'; namespace: string; name: string };
  service: string;
  namespace: string;
  /** A service port number or name; `undefined` = every port of the Service (a Route without `port`). */
  port: number | string | undefined;
  span?: Span;
}
