/**
 * Which cluster-scoped policies a flow can be written into, for the "Allow traffic" dialog and the
 * inspector: a policy's rules police the pods its subject selects, so a flow A → B becomes an
 * ingress rule of a policy selecting B (peer A) or an egress rule of one selecting A (peer B).
 */
import type { ClusterAction, ClusterPolicy } from '../cluster-types.ts';
import { isEmptySelector, matchesSelector, selectorKey } from '../analysis/selectors.ts';
import { NS_NAME_LABEL } from '../graph/keys.ts';
import type { Direction, LabelSelector, Workspace } from '../types.ts';
import { clusterPeerJson } from './cluster-manifest.ts';
import { CLUSTER_ACTIONS } from './cluster-plan.ts';
import { findWorkload, resolveEndpoint } from './resolve.ts';
import type { ClusterPolicyRef, EndpointRef } from './types.ts';

export interface ClusterRuleTarget {
  policy: ClusterPolicyRef;
  tier: ClusterPolicy['tier'];
  /** NaN when the policy's priority is missing or invalid; 0 for a BaselineAdminNetworkPolicy. */
  priority: number;
  direction: Direction;
  actions: readonly ClusterAction[];
  /** Rules the direction has now: a new rule goes after them. */
  rules: number;
}

/** Admin tier first, then by priority (lower first; an invalid one last), then by kind and name. */
function evaluationOrder(a: ClusterPolicy, b: ClusterPolicy): number {
  if (a.tier !== b.tier) return a.tier === 'Admin' ? -1 : 1;
  const pa = Number.isNaN(a.priority) ? Infinity : a.priority;
  const pb = Number.isNaN(b.priority) ? Infinity : b.priority;
  if (pa !== pb) return pa - pb;
  const ka = `${a.kind}/${a.name}`;
  const kb = `${b.kind}/${b.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Pods of a namespace chosen by a selector, as the subject test sees them. */
interface Pods {
  nsLabels: Record<string, string>;
  /** Labels of the pods; undefined when they are "every pod of the namespace". */
  labels?: Record<string, string>;
  /** An inferred node's selector with expressions: compared by canonical text. */
  selector?: LabelSelector;
}

function podsOf(ws: Workspace, ref: EndpointRef): Pods | undefined {
  const nsLabelsOf = (ns: string) => ws.namespaces.get(ns)?.labels ?? { [NS_NAME_LABEL]: ns };
  switch (ref.type) {
    case 'workload': {
      const wl = findWorkload(ws, ref);
      return wl && { nsLabels: nsLabelsOf(wl.namespace), labels: wl.labels };
    }
    case 'selector':
      return ref.selector.matchExpressions.length === 0
        ? { nsLabels: nsLabelsOf(ref.namespace), labels: ref.selector.matchLabels }
        : { nsLabels: nsLabelsOf(ref.namespace), selector: ref.selector };
    case 'namespace':
      return { nsLabels: nsLabelsOf(ref.namespace) };
    default:
      return undefined;
  }
}

function subjectSelects(p: ClusterPolicy, pods: Pods): boolean {
  const s = p.subject;
  if (!s) return false;
  if ('namespaces' in s) return matchesSelector(s.namespaces, pods.nsLabels);
  if (!matchesSelector(s.pods.namespaceSelector, pods.nsLabels)) return false;
  if (isEmptySelector(s.pods.podSelector)) return true;
  if (pods.labels) return matchesSelector(s.pods.podSelector, pods.labels);
  // A namespace's pods are selected only as a whole (above); an inferred selector by its own text.
  return pods.selector !== undefined && selectorKey(s.pods.podSelector) === selectorKey(pods.selector);
}

/**
 * The cluster-scoped policies whose subject selects the endpoint's pods, in evaluation order. A
 * namespace counts as selected when all its pods are (a pods subject with an empty podSelector);
 * addresses and "every namespace" are selected by none.
 */
export function clusterPoliciesSelecting(ws: Workspace, ref: EndpointRef): ClusterPolicy[] {
  const pods = podsOf(ws, ref);
  if (!pods) return [];
  return (ws.clusterPolicies ?? []).filter((p) => subjectSelects(p, pods)).sort(evaluationOrder);
}

/** Whether the kind can write `peer` as a peer of a `direction` rule (an address only as an egress peer). */
function canBePeer(ws: Workspace, peer: EndpointRef, direction: Direction): boolean {
  const ep = resolveEndpoint(ws, peer);
  return !('error' in ep) && !('error' in clusterPeerJson(ep, direction));
}

/**
 * Where the flow `from` → `to` can be written as a rule of a cluster-scoped policy: ingress rules of
 * the policies selecting `to` (then egress rules of those selecting `from`), each in evaluation order.
 */
export function clusterRuleTargets(ws: Workspace, from: EndpointRef, to: EndpointRef): ClusterRuleTarget[] {
  const out: ClusterRuleTarget[] = [];
  const add = (selected: EndpointRef, peer: EndpointRef, direction: Direction) => {
    const policies = clusterPoliciesSelecting(ws, selected);
    if (policies.length === 0 || !canBePeer(ws, peer, direction)) return;
    for (const p of policies)
      out.push({
        policy: { kind: p.kind, name: p.name },
        tier: p.tier,
        priority: p.priority,
        direction,
        actions: CLUSTER_ACTIONS[p.kind],
        rules: p[direction].length,
      });
  };
  add(to, from, 'ingress');
  add(from, to, 'egress');
  return out;
}
