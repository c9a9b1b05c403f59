/**
 * The workspace object model: what the analysis, the graph and the CLI read.
 * Built from yaml Documents by `workspace.ts`; every object keeps where it came
 * from (`Span`) so diagnostics, explanations and the editor can point at it.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { ParsedSource } from './manifests/source.ts';
import type { ClusterPolicy, IngressBackend, Service } from './cluster-types.ts';

/** A place in a source file: 0-based offsets plus 1-based line/column. */
export interface Span {
  file: string;
  offset: number;
  endOffset: number;
  line: number;
  column: number;
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

export type Labels = Readonly<Record<string, string>>;

export interface LabelSelectorRequirement {
  key: string;
  operator: string; // In | NotIn | Exists | DoesNotExist (others are validation errors)
  values: string[];
}

/** A Kubernetes LabelSelector; `{}` (both parts empty) matches everything in scope. */
export interface LabelSelector {
  matchLabels: Labels;
  matchExpressions: LabelSelectorRequirement[];
}

export interface Namespace {
  name: string;
  /** Includes `kubernetes.io/metadata.name: <name>` always. */
  labels: Labels;
  /** False when only referenced (a workload or policy lives there) and not declared by a manifest. */
  declared: boolean;
  span?: Span;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol: Protocol;
}

export type WorkloadKind =
  | 'Pod'
  | 'Deployment'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'ReplicaSet'
  | 'ReplicationController'
  | 'Job'
  | 'CronJob'
  | string; // owner kinds printed as netpol-analyzer does

/** One pod (or pod template) the analysis treats as a set of identical endpoints. */
export interface PodInfo {
  name: string;
  labels: Labels;
  ports: ContainerPort[];
  /** The Pod (or workload object) manifest this pod signature was first read from. */
  span?: Span;
}

/**
 * A workload as netpol-analyzer names it: `ns/name[Kind]`. A Pod with a
 * controller ownerReference belongs to its owner; replicas merge into one
 * workload. `pods` keeps the distinct label/port sets of its pods.
 */
export interface Workload {
  /** `ns/name[Kind]`, the netpol-analyzer peer string; unique in a workspace. */
  id: string;
  namespace: string;
  name: string;
  kind: WorkloadKind;
  /** Labels of the pod template (or of the first pod). */
  labels: Labels;
  ports: ContainerPort[];
  pods: PodInfo[];
  span?: Span;
  /**
   * Only with the builder's `groupReplicaSets` option, on a Deployment: how many Pods it runs — the
   * distinct Pods seen, else the Deployment's spec.replicas (absent when neither says).
   */
  replicas?: number;
  /** Only with `groupReplicaSets`: the ReplicaSets folded into this Deployment (their Pods are its Pods). */
  replicaSets?: string[];
}

export interface PolicyPort {
  /** Defaults to TCP. */
  protocol: Protocol;
  /** Number, a named port (string), or undefined for "all ports of this protocol". */
  port?: number | string;
  endPort?: number;
  span?: Span;
}

export interface IPBlock {
  cidr: string;
  except: string[];
}

/** One element of `from` / `to`. Exactly one of the three kinds is meaningful. */
export interface PolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: IPBlock;
  span?: Span;
}

export type Direction = 'ingress' | 'egress';

export interface PolicyRule {
  direction: Direction;
  /** Index in `spec.ingress` / `spec.egress`. */
  index: number;
  /** Empty = every peer (field absent or `[]`). */
  peers: PolicyPeer[];
  /** Empty = every port (field absent or `[]`). */
  ports: PolicyPort[];
  span?: Span;
}

export interface NetworkPolicy {
  /** `ns/name` */
  id: string;
  namespace: string;
  name: string;
  /**
   * API group (always networking.k8s.io: the kinds table reads no other) and the apiVersion as written
   * (`undefined` when missing). Edits address the policy by group + kind + namespace + name, so an
   * object of the same name in another group (a Calico NetworkPolicy) is never written to.
   */
  group: string;
  apiVersion: string | undefined;
  podSelector: LabelSelector;
  /** Effective policyTypes (DESIGN.md §1: absent → Ingress, + Egress if spec.egress has rules). */
  policyTypes: { ingress: boolean; egress: boolean };
  /** True when spec.policyTypes is written in the manifest. */
  explicitPolicyTypes: boolean;
  ingress: PolicyRule[];
  egress: PolicyRule[];
  span?: Span;
  /** Which document of which file holds it. */
  file: string;
  docIndex: number;
}

export interface Workspace {
  namespaces: Map<string, Namespace>;
  workloads: Workload[];
  policies: NetworkPolicy[];
  /** Parse, structure and validation diagnostics. */
  diagnostics: Diagnostic[];
  sources: ParsedSource[];
  /** AdminNetworkPolicy, BaselineAdminNetworkPolicy and ClusterNetworkPolicy objects (absent = none). */
  clusterPolicies?: ClusterPolicy[];
  /** Services, and the Services that Ingresses and Routes send to (absent = none). */
  services?: Service[];
  ingressBackends?: IngressBackend[];
}
