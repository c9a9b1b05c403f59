/**
 * The cluster-scoped layer of the policy graph (docs/cluster-policies.md): AdminNetworkPolicy,
 * BaselineAdminNetworkPolicy and ClusterNetworkPolicy rules as edges carrying their tier, action and
 * priority; the nodes their subjects select marked with the policy (ClusterMark); and the ingress
 * controller's edges to the workloads Ingresses and Routes reach. Peers resolve to the nodes
 * NetworkPolicy peers use (builder.ts), so both layers meet on the same cards.
 */
import type { ClusterPeer, ClusterPolicy, ClusterPort, ClusterRule } from '../cluster-types.ts';
import type { LabelSelector, PolicyPeer, Workspace } from '../types.ts';
import type { ClusterMark, GraphEdge, GraphNode } from './types.ts';
import type { GraphBuilder } from './builder.ts';
import { routeTargets } from '../analysis/cluster-policies/ingress-controller.ts';
import { tierOrder } from '../analysis/cluster-policies/tiers.ts';
import { formatConns } from '../analysis/ports.ts';
import { isEmptySelector, matchesSelector } from '../analysis/selectors.ts';
import { NS_NAME_LABEL, peerKey } from './keys.ts';
import {
  clusterEdgeIdPrefix,
  INGRESS_CONTROLLER_NODE_ID,
  networkPeerKey,
  notAnalysedNodeId,
  routeEdgeId,
  ruleEdgeIdFrom,
  workloadNodeId,
  type NotAnalysedPeer,
} from './ids.ts';

/** The short names on badges and labels. */
export const SHORT_KIND: Readonly<Record<ClusterPolicy['kind'], string>> = {
  AdminNetworkPolicy: 'ANP',
  BaselineAdminNetworkPolicy: 'BANP',
  ClusterNetworkPolicy: 'CNP',
};

/** `AdminNetworkPolicy/name`: no valid namespace is spelled with capitals, so it never meets a NetworkPolicy id. */
export const clusterPolicyId = (p: Pick<ClusterPolicy, 'kind' | 'name'>): string => `${p.kind}/${p.name}`;

/** The tier words of a label: `ANP 10`, `BANP`, `CNP Admin 10`, `CNP Baseline 5`. */
export function tierLabel(p: Pick<ClusterPolicy, 'kind' | 'tier' | 'priority'>): string {
  const prio = Number.isNaN(p.priority) ? '?' : String(p.priority);
  if (p.kind === 'BaselineAdminNetworkPolicy') return SHORT_KIND[p.kind];
  if (p.kind === 'AdminNetworkPolicy') return `${SHORT_KIND[p.kind]} ${prio}`;
  return `${SHORT_KIND[p.kind]} ${p.tier} ${prio}`;
}

function clusterPortLabel(p: ClusterPort): string {
  switch (p.kind) {
    case 'number':
      return `${p.protocol} ${p.port}`;
    case 'range':
      return `${p.protocol} ${p.start}-${p.end}`;
    case 'named':
      return `port ${p.name}`;
    case 'invalid':
      return 'invalid port';
  }
}

/** `ANP 10 · Deny TCP 5432`: tier and priority, action, ports (`all ports` when absent, `no ports` for `[]`). */
export function clusterEdgeLabel(p: ClusterPolicy, rule: ClusterRule): string {
  const ports =
    rule.ports === undefined
      ? 'all ports'
      : rule.ports.length
        ? rule.ports.map(clusterPortLabel).join(', ')
        : 'no ports';
  return `${tierLabel(p)} · ${rule.action ?? 'no action'} ${ports}`;
}

const EMPTY: LabelSelector = { matchLabels: {}, matchExpressions: [] };

/** The labels a namespace carries (its name label at least, for namespaces only named). */
const nsLabelsOf = (ws: Workspace, ns: string) => ws.namespaces.get(ns)?.labels ?? { [NS_NAME_LABEL]: ns };

/** Pods a namespace selector and a pod selector pick, as the NetworkPolicy peer with both would be. */
const asPeer = (
  namespaceSelector: LabelSelector,
  podSelector: LabelSelector,
  span?: PolicyPeer['span'],
): PolicyPeer => ({
  namespaceSelector,
  podSelector,
  span,
});

function subjectSelectors(p: ClusterPolicy): { ns: LabelSelector; pods: LabelSelector } | undefined {
  if (!p.subject) return undefined;
  if ('namespaces' in p.subject) return { ns: p.subject.namespaces, pods: EMPTY };
  return { ns: p.subject.pods.namespaceSelector, pods: p.subject.pods.podSelector };
}

/**
 * The nodes a subject selects: in each workspace namespace it matches, its pods (all of them as the
 * namespace's "all pods" node); a selector matching no namespace of the workspace as one node.
 */
function subjectNodes(b: GraphBuilder, ws: Workspace, sel: { ns: LabelSelector; pods: LabelSelector }): string[] {
  const out: string[] = [];
  for (const name of ws.namespaces.keys())
    if (matchesSelector(sel.ns, nsLabelsOf(ws, name))) out.push(...b.podsIn(name, sel.pods));
  if (out.length) return [...new Set(out)];
  const peer = asPeer(sel.ns, sel.pods);
  return b.peerNodes(peer, '', peerKey(peer, ''));
}

/** Per peer of a rule: its key and node ids (a `networks` peer gives one entry per CIDR). */
function peerEnds(b: GraphBuilder, peer: ClusterPeer): { key: string; ids: string[] }[] {
  switch (peer.kind) {
    case 'namespaces':
    case 'pods': {
      const np =
        peer.kind === 'namespaces'
          ? asPeer(peer.namespaces, EMPTY)
          : asPeer(peer.pods.namespaceSelector, peer.pods.podSelector);
      const key = peerKey(np, '');
      return [{ key, ids: b.peerNodes(np, '', key) }];
    }
    case 'networks':
      return [...peer.cidrs, ...peer.ipv6].map((cidr) => ({ key: networkPeerKey(cidr), ids: [b.cidr(cidr, [])] }));
    case 'nodes':
    case 'domainNames':
      return [{ key: peer.kind, ids: [notAnalysed(b, peer.kind)] }];
    case 'invalid':
      return [];
  }
}

function notAnalysed(b: GraphBuilder, what: NotAnalysedPeer): string {
  const id = notAnalysedNodeId(what);
  if (!b.nodes.has(id))
    b.nodes.set(id, {
      id,
      kind: 'not-analysed',
      label: what,
      detail: 'not analysed',
      selectedBy: [],
      isolated: { ingress: false, egress: false },
    });
  return id;
}

function markOf(p: ClusterPolicy): ClusterMark {
  return {
    policyId: clusterPolicyId(p),
    kind: p.kind,
    tier: p.tier,
    ...(p.kind === 'BaselineAdminNetworkPolicy' || Number.isNaN(p.priority) ? {} : { priority: p.priority }),
  };
}

/** Marks the nodes whose pods the subject of `p` selects (workloads by their labels, "all pods" and inferred nodes by theirs). */
function markSubjects(ws: Workspace, nodes: Map<string, GraphNode>, p: ClusterPolicy): void {
  const sel = subjectSelectors(p);
  if (!sel) return;
  const mark = markOf(p);
  for (const n of nodes.values()) {
    if (n.kind !== 'workload' && n.kind !== 'namespace-pods' && n.kind !== 'inferred') continue;
    if (n.namespace === undefined || !matchesSelector(sel.ns, nsLabelsOf(ws, n.namespace))) continue;
    const podsMatch =
      n.kind === 'namespace-pods' ? isEmptySelector(sel.pods) : matchesSelector(sel.pods, n.labels ?? {});
    if (!podsMatch) continue;
    // Nodes are shared with the NetworkPolicy layer: a new array, never a push into one another graph holds.
    n.clusterSelectedBy = [...(n.clusterSelectedBy ?? []), mark];
  }
}

/** The edges of one cluster policy: one per (direction, rule, peer, node pair), ids numbered on for repeats. */
function policyEdges(b: GraphBuilder, ws: Workspace, p: ClusterPolicy): GraphEdge[] {
  const sel = subjectSelectors(p);
  if (!sel) return [];
  const own = subjectNodes(b, ws, sel);
  const policyId = clusterPolicyId(p);
  const taken = new Set<string>();
  const out: GraphEdge[] = [];
  for (const rule of [...p.ingress, ...p.egress]) {
    const ingress = rule.direction === 'ingress';
    const label = clusterEdgeLabel(p, rule);
    const cluster = {
      kind: p.kind,
      tier: p.tier,
      action: rule.action,
      ...(p.kind === 'BaselineAdminNetworkPolicy' || Number.isNaN(p.priority) ? {} : { priority: p.priority }),
      ...(rule.name ? { ruleName: rule.name } : {}),
    };
    rule.peers.forEach((peer, peerIndex) => {
      for (const { key, ids } of peerEnds(b, peer)) {
        const prefix = clusterEdgeIdPrefix(policyId, rule.direction, key);
        for (const other of ids)
          for (const mine of own) {
            const source = ingress ? other : mine;
            const target = ingress ? mine : other;
            let id = ruleEdgeIdFrom(prefix, source, target);
            for (let n = 2; taken.has(id); n++) id = ruleEdgeIdFrom(prefix, source, target, n);
            taken.add(id);
            out.push({
              id,
              source,
              target,
              policyId,
              direction: rule.direction,
              ruleIndex: rule.index,
              peerIndex,
              label,
              span: peer.span ?? rule.span,
              cluster,
            });
          }
      }
    });
  }
  return out;
}

/** The ingress controller's node and one edge per workload an Ingress or Route reaches, labelled with its ports. */
function routeEdges(b: GraphBuilder, ws: Workspace): GraphEdge[] {
  if (!ws.ingressBackends?.length) return [];
  const { wanted, via } = routeTargets(ws);
  const out: GraphEdge[] = [];
  ws.workloads.forEach((w, i) => {
    if (via[i].length === 0) return;
    if (!b.nodes.has(INGRESS_CONTROLLER_NODE_ID))
      b.nodes.set(INGRESS_CONTROLLER_NODE_ID, {
        id: INGRESS_CONTROLLER_NODE_ID,
        kind: 'ingress-controller',
        label: 'ingress controller',
        selectedBy: [],
        isolated: { ingress: false, egress: false },
      });
    const target = workloadNodeId(w);
    const routes = [...new Set(via[i])].sort();
    // Selecting the edge shows the first Ingress / Route backend that routes here.
    const span = ws.ingressBackends!.find((b) => `${b.via.kind} ${b.via.namespace}/${b.via.name}` === routes[0])?.span;
    out.push({
      id: routeEdgeId(INGRESS_CONTROLLER_NODE_ID, target),
      source: INGRESS_CONTROLLER_NODE_ID,
      target,
      policyId: routes[0],
      direction: 'ingress',
      ruleIndex: 0,
      peerIndex: -1,
      label: `${routes.length > 1 ? `${routes[0]} +${routes.length - 1}` : routes[0]} · ${formatConns(wanted[i])}`,
      routes,
      ...(span ? { span } : {}),
    });
  });
  return out;
}

/**
 * Adds the cluster layer to a graph being built: marks subjects on the builder's nodes (after every
 * node exists) and returns the cluster-policy and route edges, in decision order (Admin tier by
 * priority, then Baseline), to be sorted with the rest.
 */
export function clusterLayerEdges(b: GraphBuilder, ws: Workspace): GraphEdge[] {
  const policies = ws.clusterPolicies ?? [];
  const ordered = [...tierOrder(policies, 'Admin'), ...tierOrder(policies, 'Baseline')];
  // Policies without a valid priority are still drawn (validation reports them), after the others.
  for (const p of policies) if (!ordered.includes(p)) ordered.push(p);
  const edges = ordered.flatMap((p) => policyEdges(b, ws, p));
  edges.push(...routeEdges(b, ws));
  for (const p of ordered) markSubjects(ws, b.nodes, p);
  return edges;
}
