/**
 * Reading the Workspace for the planner: which workload an EndpointRef names,
 * which policies select it, whether it is egress-isolated, and what peer a
 * policy in a given namespace writes to reach it.
 */
import { isEmptySelector, matchesSelector, selectorKey } from '../analysis/selectors.ts';
import type { LabelSelector, NetworkPolicy, PolicyPeer, Workload, Workspace } from '../types.ts';
import { NS_NAME_LABEL } from '../graph/keys.ts';
import { dnsName } from './names.ts';
import { labelsSelectorJson, selectorJson, type Json } from './manifest.ts';
import type { EndpointRef, WorkloadRef } from './types.ts';

export interface PodSet {
  namespace: string;
  /** Selects the endpoint's pods inside `namespace`. */
  selector: LabelSelector;
  workload?: Workload;
}

export interface Endpoint {
  ref: EndpointRef;
  /** Defined for endpoints made of pods (workload, inferred selector, namespace): they can carry policies. */
  pods?: PodSet;
  /** Short text for invented names, e.g. `web`, `tier-backend`, `10-0-0-0-8`. */
  short: string;
}

export function findWorkload(ws: Workspace, ref: WorkloadRef): Workload | undefined {
  return ws.workloads.find(
    (w) => w.namespace === ref.namespace && w.name === ref.name && (ref.kind === undefined || w.kind === ref.kind),
  );
}

export function findPolicy(ws: Workspace, id: string): NetworkPolicy | undefined {
  return ws.policies.find((p) => p.id === id);
}

function labelSelector(labels: Record<string, string>): LabelSelector {
  return { matchLabels: { ...labels }, matchExpressions: [] };
}

export function resolveEndpoint(ws: Workspace, ref: EndpointRef): Endpoint | { error: string } {
  switch (ref.type) {
    case 'workload': {
      const wl = findWorkload(ws, ref);
      if (!wl) return { error: `No workload ${ref.namespace}/${ref.name} in the workspace.` };
      // An empty podSelector would select every pod of the namespace, not this workload.
      if (Object.keys(wl.labels).length === 0)
        return { error: `Workload ${ref.namespace}/${ref.name} has no labels; give it labels first.` };
      return {
        ref,
        pods: { namespace: wl.namespace, selector: labelSelector(wl.labels), workload: wl },
        short: dnsName(wl.name),
      };
    }
    case 'selector':
      return {
        ref,
        pods: { namespace: ref.namespace, selector: ref.selector },
        short: dnsName(selectorKey(ref.selector) || 'all-pods'),
      };
    case 'namespace': {
      const wrong = wrongNamespaceLabels(ws, ref.namespace, ref.namespaceLabels);
      if (wrong) return { error: wrong };
      return {
        ref,
        pods: { namespace: ref.namespace, selector: labelSelector({}) },
        short: dnsName(`ns-${ref.namespace}`),
      };
    }
    case 'cidr':
      return { ref, short: dnsName(ref.cidr) };
    case 'all-namespaces':
      return { ref, short: 'all-namespaces' };
  }
}

/** Why `labels` cannot select namespace `ns`: empty, or not all of them labels the Namespace has. */
function wrongNamespaceLabels(ws: Workspace, ns: string, labels?: Record<string, string>): string | undefined {
  if (labels === undefined) return undefined;
  const entries = Object.entries(labels);
  if (entries.length === 0) return `An empty namespace selector would select every namespace, not ${ns}.`;
  const own = ws.namespaces.get(ns)?.labels ?? { [NS_NAME_LABEL]: ns };
  const missing = entries.find(([k, v]) => own[k] !== v);
  return missing ? `Namespace ${ns} has no label ${missing[0]}=${missing[1]}.` : undefined;
}

/** The namespaceSelector labels that policies of other namespaces write for the endpoint's namespace. */
function namespaceSelectorLabels(ep: Endpoint): Record<string, string> {
  const ns = ep.pods!.namespace;
  return ep.ref.type === 'namespace' && ep.ref.namespaceLabels ? ep.ref.namespaceLabels : { [NS_NAME_LABEL]: ns };
}

/** Policies of the pods' namespace whose podSelector selects them. */
export function policiesSelecting(ws: Workspace, pods: PodSet): NetworkPolicy[] {
  return ws.policies.filter((p) => p.namespace === pods.namespace && selects(p, pods));
}

function selects(p: NetworkPolicy, pods: PodSet): boolean {
  if (pods.workload) return matchesSelector(p.podSelector, pods.workload.labels);
  if (isEmptySelector(p.podSelector)) return true;
  // An inferred selector: compare as labels when it is plain labels, else by canonical text.
  if (pods.selector.matchExpressions.length === 0 && !isEmptySelector(pods.selector))
    return matchesSelector(p.podSelector, pods.selector.matchLabels);
  return selectorKey(p.podSelector) === selectorKey(pods.selector);
}

/** True when `p` selects these pods and nothing else of the workspace, so a rule added to it allows no more than asked. */
export function selectsExactly(ws: Workspace, p: NetworkPolicy, pods: PodSet): boolean {
  if (!selects(p, pods)) return false;
  if (pods.workload) {
    const others = ws.workloads.filter((w) => w.namespace === pods.namespace && w !== pods.workload);
    return !others.some((w) => matchesSelector(p.podSelector, w.labels));
  }
  return selectorKey(p.podSelector) === selectorKey(pods.selector);
}

export function isEgressIsolated(ws: Workspace, pods: PodSet): boolean {
  return policiesSelecting(ws, pods).some((p) => p.policyTypes.egress);
}

/** The peer a policy in `policyNamespace` writes to reach `ep`. */
export function peerJson(ep: Endpoint, policyNamespace: string): Json {
  const ref = ep.ref;
  if (ref.type === 'cidr')
    return { ipBlock: ref.except?.length ? { cidr: ref.cidr, except: [...ref.except] } : { cidr: ref.cidr } };
  if (ref.type === 'all-namespaces') return { namespaceSelector: {} };
  const pods = ep.pods!;
  if (pods.namespace === policyNamespace) return { podSelector: selectorJson(pods.selector) };
  const namespaceSelector = labelsSelectorJson(namespaceSelectorLabels(ep));
  if (ref.type === 'namespace') return { namespaceSelector };
  return { namespaceSelector, podSelector: selectorJson(pods.selector) };
}

/** The same peer in the Workspace's shape, to compare with existing peers by canonical key. */
export function peerModel(ep: Endpoint, policyNamespace: string): PolicyPeer {
  const ref = ep.ref;
  const empty = (): LabelSelector => labelSelector({});
  if (ref.type === 'cidr') return { ipBlock: { cidr: ref.cidr, except: [...(ref.except ?? [])] } };
  if (ref.type === 'all-namespaces') return { namespaceSelector: empty() };
  const pods = ep.pods!;
  if (pods.namespace === policyNamespace) return { podSelector: pods.selector };
  const nsSel = labelSelector(namespaceSelectorLabels(ep));
  if (ref.type === 'namespace') return { namespaceSelector: nsSel };
  return { namespaceSelector: nsSel, podSelector: pods.selector };
}
