/**
 * The apiVersion/kind table: which objects the project reads, which it
 * ignores and why, and which live outside namespaces. Every reader of
 * manifests (the workspace builder, the validator, the YAML writer, import
 * and export) asks this table, so they cannot disagree about what an
 * object is.
 *
 * Adding a kind (AdminNetworkPolicy, Ingress, Service, …) is one entry here
 * with a new `reader`, plus that reader in the workspace builder.
 */
import type { PathKey } from './objects.ts';
import { say } from '../validation/messages.ts';
import type { Said } from '../text/message.ts';

/** Which typed reader of the workspace builder an object goes to. */
export type KindReader =
  | 'networkPolicy'
  | 'namespace'
  | 'workload'
  /** AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy (cluster-policy-read.ts). */
  | 'clusterPolicy'
  /** Service, Ingress, Route: what the `{ingress-controller}` source reaches (ingress-read.ts). */
  | 'service'
  | 'ingress'
  | 'route';

export interface KindInfo {
  kind: string;
  /** The API group the object belongs to ('' = core). */
  group: string;
  /**
   * apiVersions whose objects have the shape `reader` reads; a missing
   * apiVersion is read as the first of them. `undefined`: the kind is read
   * whatever its apiVersion (see WORKLOAD_VERSIONS for why).
   */
  apiVersions: readonly string[] | undefined;
  reader: KindReader;
  clusterScoped: boolean;
  /** Workloads: path of the pod template inside the object ([] = the object is the pod). */
  podTemplate?: readonly PathKey[];
}

/**
 * NetworkPolicy of networking.k8s.io: v1, the old v1beta1 and the older
 * extensions/v1beta1 all have the v1 shape (the same object served by three
 * API versions, so all three belong to group networking.k8s.io). Other
 * groups reuse the kind name with other semantics (Calico's
 * projectcalico.org/v3 NetworkPolicy has ordered rules with actions);
 * reading them as Kubernetes policies would draw flows the cluster does not
 * have, so they are ignored with an info diagnostic. So is a version of
 * networking.k8s.io not listed here: its shape is not known.
 */
const POLICY_VERSIONS = ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1', 'extensions/v1beta1'] as const;

/**
 * Workloads and Namespaces are read by kind alone, whatever their apiVersion
 * (as the workspace always read them): only their metadata and pod template
 * matter, and those have the same shape in every version (apps/v1,
 * apps/v1beta2, extensions/v1beta1, batch/v1beta1 CronJobs of old clusters;
 * the oracle corpus has hundreds of extensions/v1beta1 workloads).
 */
const WORKLOAD_VERSIONS = undefined;

/**
 * The cluster-scoped policy kinds of sigs.k8s.io/network-policy-api: v1alpha1 (release v0.1.x) has
 * AdminNetworkPolicy and BaselineAdminNetworkPolicy, v1alpha2 (v0.2.0) merges them into
 * ClusterNetworkPolicy with a tier. docs/cluster-policies.md says how they are evaluated.
 */
const CLUSTER_POLICY_KINDS: readonly KindInfo[] = [
  ['AdminNetworkPolicy', 'v1alpha1'],
  ['BaselineAdminNetworkPolicy', 'v1alpha1'],
  ['ClusterNetworkPolicy', 'v1alpha2'],
].map(([kind, version]) => ({
  kind,
  group: 'policy.networking.k8s.io',
  apiVersions: [`policy.networking.k8s.io/${version}`],
  reader: 'clusterPolicy',
  clusterScoped: true,
}));

/** Ingress of networking.k8s.io/v1, and the older v1beta1 shape (serviceName / servicePort) in both groups. */
const INGRESS_VERSIONS = ['networking.k8s.io/v1', 'networking.k8s.io/v1beta1', 'extensions/v1beta1'] as const;

const TEMPLATE: readonly PathKey[] = ['spec', 'template'];

const workload = (kind: string, group: string, podTemplate: readonly PathKey[] = TEMPLATE): KindInfo => ({
  kind,
  group,
  apiVersions: WORKLOAD_VERSIONS,
  reader: 'workload',
  clusterScoped: false,
  podTemplate,
});

/** The kinds the project reads. */
export const KINDS: readonly KindInfo[] = [
  {
    kind: 'NetworkPolicy',
    group: 'networking.k8s.io',
    apiVersions: POLICY_VERSIONS,
    reader: 'networkPolicy',
    clusterScoped: false,
  },
  { kind: 'Namespace', group: '', apiVersions: WORKLOAD_VERSIONS, reader: 'namespace', clusterScoped: true },
  workload('Pod', '', []),
  workload('Deployment', 'apps'),
  workload('StatefulSet', 'apps'),
  workload('DaemonSet', 'apps'),
  workload('ReplicaSet', 'apps'),
  workload('ReplicationController', ''),
  workload('Job', 'batch'),
  workload('CronJob', 'batch', ['spec', 'jobTemplate', 'spec', 'template']),
  ...CLUSTER_POLICY_KINDS,
  { kind: 'Service', group: '', apiVersions: ['v1'], reader: 'service', clusterScoped: false },
  {
    kind: 'Ingress',
    group: 'networking.k8s.io',
    apiVersions: INGRESS_VERSIONS,
    reader: 'ingress',
    clusterScoped: false,
  },
  {
    kind: 'Route',
    group: 'route.openshift.io',
    apiVersions: ['route.openshift.io/v1'],
    reader: 'route',
    clusterScoped: false,
  },
];

/**
 * The table entry for an object, or `undefined` when the project does not read it. A scan of the
 * small table: as fast as a map at this size, and no second structure to keep in step with it.
 */
export function kindInfo(kind: string, apiVersion: string | undefined): KindInfo | undefined {
  for (const info of KINDS) {
    if (info.kind !== kind) continue;
    if (apiVersion === undefined || info.apiVersions === undefined || info.apiVersions.includes(apiVersion))
      return info;
  }
  return undefined;
}

/** The group part of an apiVersion: `apps/v1` → `apps`, `v1` → '' (core). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * The API group an object belongs to: its table entry's when the table reads
 * that apiVersion (or the apiVersion is missing), else the apiVersion's own.
 */
export function objectGroup(apiVersion: string | undefined, known: KindInfo | undefined): string {
  if (known && (apiVersion === undefined || known.apiVersions?.includes(apiVersion))) return known.group;
  return apiVersion === undefined ? '' : groupOf(apiVersion);
}

/** Groups whose NetworkPolicy is Kubernetes' own, in some version. */
const KUBERNETES_POLICY_GROUPS: ReadonlySet<string> = new Set(['networking.k8s.io', 'extensions']);

/** True when a NetworkPolicy of this apiVersion is Kubernetes' (read or not: the version may be unknown). */
export function isKubernetesPolicyGroup(apiVersion: string): boolean {
  return KUBERNETES_POLICY_GROUPS.has(groupOf(apiVersion));
}

/** Why an object the table does not read is ignored (the text of the `ignored-kind` info diagnostic). */
export function ignoredReason(kind: string, apiVersion: string | undefined): Said {
  if (kind === 'NetworkPolicy') {
    if (apiVersion !== undefined && isKubernetesPolicyGroup(apiVersion))
      return say('ignoredPolicyVersion', { apiVersion, versions: POLICY_VERSIONS.join(', ') });
    return say('ignoredPolicyGroup', { apiVersion: String(apiVersion) });
  }
  if (kind === 'Service') return say('ignoredService');
  return say('ignoredKind', { kind });
}

/**
 * Kinds without a namespace besides the table's own (a stray
 * `metadata.namespace` on them means nothing): the Kubernetes ones people paste next to policies, and the
 * cluster-wide policy kinds (AdminNetworkPolicy & co., Calico's
 * GlobalNetworkPolicy).
 */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  'Node',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'AdminNetworkPolicy',
  'BaselineAdminNetworkPolicy',
  'ClusterNetworkPolicy',
  'GlobalNetworkPolicy',
  'GlobalNetworkSet',
]);

/** Namespaced despite the `Cluster` prefix that otherwise marks cluster-wide kinds. */
const NAMESPACED_CLUSTER_KINDS: ReadonlySet<string> = new Set(['ClusterServiceVersion']);

/**
 * True for kinds that live outside namespaces. Unknown kinds named
 * `Cluster…` (ClusterIssuer, ClusterSecretStore, ClusterPolicy) are
 * cluster-scoped by the ecosystem's naming habit.
 */
export function isClusterScoped(kind: string): boolean {
  if (CLUSTER_SCOPED.has(kind) || KINDS.some((info) => info.kind === kind && info.clusterScoped)) return true;
  return kind.startsWith('Cluster') && !NAMESPACED_CLUSTER_KINDS.has(kind);
}

/** Where a namespaced object without `metadata.namespace` lives, as kubectl would put it. */
export const DEFAULT_NAMESPACE = 'default';
