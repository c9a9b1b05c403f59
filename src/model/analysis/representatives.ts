/**
 * Policies without workloads (the article's listings, a `kubectl get netpol -o yaml` paste): the rule
 * graph draws what the selectors describe — "pods tier=frontend in production", "all pods in
 * kube-system", "all namespaces" (graph/builder.ts) — but the analysis has no pod to work on, so the
 * effective view would be blank.
 *
 * Here each of those rule-graph nodes becomes one representative pod: the labels its pod selector
 * requires, in its namespace (or, for a namespaceSelector peer, in a stand-in namespace carrying the
 * labels that selector requires). The unchanged analysis then runs over these pods, so what the view
 * draws between them is exactly what the policies do to pods like them. The workspace the analysis
 * sees is `representedWorkspace(ws)`; the Why panel explains flows over the same one.
 */
import { matchesSelector, selectorKey } from './selectors.ts';
import { GraphBuilder } from '../graph/builder.ts';
import { ALL_NAMESPACES_ID, parseNodeId } from '../graph/ids.ts';
import { NS_NAME_LABEL } from '../manifests/workspace.ts';
import type { LabelSelector, Labels, Namespace, NetworkPolicy, Workload, Workspace } from '../types.ts';

/** A workspace for the analysis, and the rule-graph node each of its workloads is drawn on. */
export interface RepresentedWorkspace {
  ws: Workspace;
  /** Rule-graph node id per workload of `ws` (same order); absent when the workloads are the user's own. */
  nodeIds?: string[];
}

const EVERYTHING: LabelSelector = { matchLabels: {}, matchExpressions: [] };

/** Labels that `sel` matches, made of what it requires and nothing more; undefined when nothing can match. */
export function labelsSatisfying(sel: LabelSelector): Labels | undefined {
  const labels: Record<string, string> = { ...sel.matchLabels };
  const excluded = (key: string, value: string) =>
    sel.matchExpressions.some(
      (r) => r.key === key && (r.operator === 'DoesNotExist' || (r.operator === 'NotIn' && r.values.includes(value))),
    );
  for (const r of sel.matchExpressions) {
    if (r.key in labels) continue;
    // In: a listed value no other requirement rules out; Exists: any value (NotIn and DoesNotExist hold for a missing key).
    const allowed = sel.matchExpressions.filter((x) => x.key === r.key && x.operator === 'In');
    if (r.operator === 'In') {
      const v = r.values.find((value) => !excluded(r.key, value) && allowed.every((x) => x.values.includes(value)));
      if (v !== undefined) labels[r.key] = v;
    } else if (r.operator === 'Exists') {
      const v = ['', 'x', 'y'].find((value) => !excluded(r.key, value));
      if (v !== undefined) labels[r.key] = v;
    }
  }
  return matchesSelector(sel, labels) ? labels : undefined;
}

/** What one representative pod stands for: where it lives and which labels it needs. */
interface Wanted {
  nodeId: string;
  /** A namespace of the workspace, or a selector for a stand-in namespace. */
  namespace: string | LabelSelector;
  pods: LabelSelector;
  /** Readable pod name: the selector text, `all pods`. */
  name: string;
}

/** Every inferred, "all pods in" and "all namespaces" node of the rule graph, with what its pods must match. */
function wantedPods(ws: Workspace): Wanted[] {
  const b = new GraphBuilder(ws);
  const out = new Map<string, Wanted>();
  const add = (nodeId: string, namespace: string | LabelSelector, pods: LabelSelector) => {
    const parts = out.has(nodeId) ? undefined : parseNodeId(nodeId);
    const set = (ns: string | LabelSelector, sel: LabelSelector) =>
      out.set(nodeId, { nodeId, namespace: ns, pods: sel, name: selectorKey(sel) || 'all pods' });
    switch (parts?.kind) {
      case 'inferred':
        return set(parts.namespace, pods);
      case 'namespace-pods':
        // "All pods in X" stands for the pods of X that no narrower selector describes: a pod without labels.
        return set(parts.namespace, EVERYTHING);
      case 'selected-pods':
      case 'all-namespaces':
        return set(namespace, pods);
    }
  };
  const each = (p: NetworkPolicy) => {
    const resolved = b.resolve(p);
    for (const id of resolved.selected) add(id, p.namespace, p.podSelector);
    for (const rule of resolved.rules)
      for (const peer of rule.peers) {
        const src = peer.peerIndex >= 0 ? rule.rule.peers[peer.peerIndex] : undefined;
        if (!src || src.ipBlock) continue; // `anywhere` and CIDR ends are addresses, not pods
        const pods = src.podSelector ?? EVERYTHING;
        for (const id of peer.ids)
          add(id, id === ALL_NAMESPACES_ID ? EVERYTHING : (src.namespaceSelector ?? p.namespace), pods);
      }
  };
  ws.policies.forEach(each);
  return [...out.values()];
}

/** `(purpose=monitoring)`: a stand-in namespace's name, never a valid Kubernetes name, so never a real one's. */
const standInName = (labels: Labels): string => {
  const text = Object.keys(labels)
    .sort()
    .map((k) => (labels[k] === '' ? k : `${k}=${labels[k]}`))
    .join(',');
  return `(${text || 'any namespace'})`;
};

/** `ws` with one representative pod per entry of `wanted` (its stand-in namespaces added). */
function representing(ws: Workspace, wanted: readonly Wanted[]): Required<RepresentedWorkspace> {
  const namespaces = new Map<string, Namespace>(ws.namespaces);
  const workloads: Workload[] = [];
  const nodeIds: string[] = [];
  const ids = new Set<string>();
  for (const w of wanted) {
    const labels = labelsSatisfying(w.pods);
    let ns: string;
    if (typeof w.namespace === 'string') ns = w.namespace;
    else {
      const nsLabels = labelsSatisfying(w.namespace);
      if (!labels || !nsLabels) continue;
      ns = standInName(nsLabels);
      // The name label of a stand-in is its own name, as for every namespace.
      const full = { ...nsLabels, [NS_NAME_LABEL]: ns };
      if (!matchesSelector(w.namespace, full)) continue;
      if (!namespaces.has(ns)) namespaces.set(ns, { name: ns, labels: full, declared: false });
    }
    if (!labels) continue; // a selector nothing can match (In [a] with NotIn [a]): no pod to stand for it
    if (!namespaces.has(ns)) namespaces.set(ns, { name: ns, labels: { [NS_NAME_LABEL]: ns }, declared: false });
    const id = `${ns}/${w.name}[Pod]`;
    if (ids.has(id)) continue;
    ids.add(id);
    workloads.push({ id, namespace: ns, name: w.name, kind: 'Pod', labels, ports: [], pods: [] });
    nodeIds.push(w.nodeId);
  }
  return { ws: { ...ws, namespaces, workloads }, nodeIds };
}

/** Without workloads of its own and with policies to describe pods: analysed over representatives. */
const needsRepresentatives = (ws: Workspace): boolean => ws.workloads.length === 0 && ws.policies.length > 0;

/**
 * The workspace the effective view analyses: `ws` itself when it has workloads (or no policies), else
 * `ws` with one representative pod per rule-graph node that stands for pods (see the file comment).
 */
export function representedWorkspace(ws: Workspace): RepresentedWorkspace {
  return needsRepresentatives(ws) ? representing(ws, wantedPods(ws)) : { ws };
}

/**
 * Two versions of a policies-only workspace for the live diff: both over the SAME representative pods,
 * those of either version's selectors (an edit that renames `app: api` to `app: apx` is then what it does
 * to pods like app=api and to pods like app=apx, not one pod gone and another new). When either version
 * has workloads of its own (or neither has policies), each is analysed as it is.
 */
export function representedPair(a: Workspace, b: Workspace): [RepresentedWorkspace, RepresentedWorkspace] {
  const bare = (ws: Workspace) => ws.workloads.length === 0;
  if (!bare(a) || !bare(b) || !(needsRepresentatives(a) || needsRepresentatives(b))) return [{ ws: a }, { ws: b }];
  const wanted = new Map<string, Wanted>();
  for (const w of [...wantedPods(a), ...wantedPods(b)]) if (!wanted.has(w.nodeId)) wanted.set(w.nodeId, w);
  const both = [...wanted.values()];
  return [representing(a, both), representing(b, both)];
}
