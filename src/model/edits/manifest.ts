/**
 * Plain JS shapes of the manifest pieces the planner writes (peers, ports,
 * selectors, new objects). Keys are in the order `kubectl` users expect to
 * read them, since new keys are serialised in insertion order.
 */
import type { LabelSelector, Workload } from '../types.ts';
import { NS_NAME_LABEL } from '../graph/keys.ts';
import { kindInfo } from '../manifests/kinds.ts';
import type { PathKey } from './ops.ts';
import type { ContainerPortSpec, PortSpec } from './types.ts';

export type Json = Record<string, unknown>;

/** `{}` stays `{}`; otherwise only the parts that are used. */
export function selectorJson(sel: LabelSelector): Json {
  const out: Json = {};
  if (Object.keys(sel.matchLabels).length) out.matchLabels = { ...sel.matchLabels };
  if (sel.matchExpressions.length) {
    out.matchExpressions = sel.matchExpressions.map((r) =>
      r.operator === 'Exists' || r.operator === 'DoesNotExist'
        ? { key: r.key, operator: r.operator }
        : { key: r.key, operator: r.operator, values: [...r.values] },
    );
  }
  return out;
}

export function labelsSelectorJson(labels: Record<string, string>): Json {
  return Object.keys(labels).length ? { matchLabels: { ...labels } } : {};
}

export function portJson(p: PortSpec): Json {
  const out: Json = {};
  if (p.protocol !== undefined) out.protocol = p.protocol;
  if (p.port !== undefined) out.port = p.port;
  if (p.endPort !== undefined) out.endPort = p.endPort;
  return out;
}

export function containerPortJson(p: ContainerPortSpec): Json {
  const out: Json = {};
  if (p.name !== undefined) out.name = p.name;
  out.containerPort = p.containerPort;
  if (p.protocol !== undefined) out.protocol = p.protocol;
  return out;
}

export function policyTypesJson(t: { ingress: boolean; egress: boolean }): string[] {
  const out: string[] = [];
  if (t.ingress) out.push('Ingress');
  if (t.egress) out.push('Egress');
  return out;
}

export function newPolicy(
  namespace: string,
  name: string,
  podSelector: Json,
  types: { ingress: boolean; egress: boolean },
): Json {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec: { podSelector, policyTypes: policyTypesJson(types) },
  };
}

export function newNamespace(name: string, labels: Record<string, string> | undefined): Json {
  const metadata: Json = { name };
  const own = { ...(labels ?? {}) };
  // The API server sets this label itself; writing it would only add noise.
  if (own[NS_NAME_LABEL] === name) delete own[NS_NAME_LABEL];
  if (Object.keys(own).length) metadata.labels = own;
  return { apiVersion: 'v1', kind: 'Namespace', metadata };
}

const API_VERSIONS: Record<string, string> = {
  Pod: 'v1',
  ReplicationController: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

export function isWorkloadKind(kind: string): boolean {
  return kind in API_VERSIONS;
}

/** A minimal valid workload: one container, the given labels and ports. */
export function newWorkload(
  kind: string,
  namespace: string,
  name: string,
  labels: Record<string, string>,
  ports: ContainerPortSpec[],
): Json {
  const container: Json = { name, image: 'nginx' };
  if (ports.length) container.ports = ports.map(containerPortJson);
  const podSpec: Json = { containers: [container] };
  if (kind === 'Job' || kind === 'CronJob') podSpec.restartPolicy = 'Never';
  const meta = { name, namespace };
  if (kind === 'Pod') return { apiVersion: 'v1', kind, metadata: { ...meta, labels: { ...labels } }, spec: podSpec };
  const template = { metadata: { labels: { ...labels } }, spec: podSpec };
  const selector = { matchLabels: { ...labels } };
  let spec: Json;
  if (kind === 'CronJob') spec = { schedule: '0 * * * *', jobTemplate: { spec: { template } } };
  else if (kind === 'Job') spec = { template };
  else if (kind === 'StatefulSet') spec = { serviceName: name, selector, template };
  else spec = { selector, template };
  return { apiVersion: API_VERSIONS[kind] ?? 'apps/v1', kind, metadata: meta, spec };
}

/** Path of the pod template, as the kinds table has it (labels live at `[...path, 'metadata', 'labels']`). */
export function podTemplatePath(kind: string): PathKey[] {
  return [...(kindInfo(kind, undefined)?.podTemplate ?? ['spec', 'template'])];
}

export function podLabelsPath(kind: string): PathKey[] {
  return [...podTemplatePath(kind), ...TEMPLATE_LABELS];
}

/** Paths inside a pod template. */
export const TEMPLATE_LABELS: PathKey[] = ['metadata', 'labels'];
export const TEMPLATE_FIRST_CONTAINER_PORTS: PathKey[] = ['spec', 'containers', 0, 'ports'];

export function peersKey(direction: 'ingress' | 'egress'): 'from' | 'to' {
  return direction === 'ingress' ? 'from' : 'to';
}

/**
 * The workload's manifest — or, for a workload known only from its Pods, those Pods; for a Deployment
 * with ReplicaSets folded in, also those ReplicaSets and their Pods.
 */
export function workloadTarget(wl: Workload): {
  kind: string;
  namespace: string;
  name: string;
  orOwnedPods: boolean;
  replicaSets?: string[];
} {
  const target = { kind: wl.kind, namespace: wl.namespace, name: wl.name, orOwnedPods: true };
  return wl.replicaSets?.length ? { ...target, replicaSets: wl.replicaSets } : target;
}
