/**
 * The builder half of graph derivation (DESIGN.md §2 "Graph model"): the
 * nodes of a workspace, and what each policy's rules resolve to — per rule and
 * peer, the node ids at both ends. Turning resolutions into edges, and reusing
 * them between keystrokes, is edge-cache.ts's part.
 *
 * Ids come from names and canonical selectors only (ids.ts), so a node keeps
 * its id (and its layout) across re-parses and unrelated edits.
 */
import { isEmptySelector, matchesSelector, selectorKey } from '../analysis/selectors.ts';
import type { GraphEdge, GraphNode } from './types.ts';
import type { LabelSelector, NetworkPolicy, PolicyPeer, PolicyRule, Workload, Workspace } from '../types.ts';
import { namedNamespaces, NS_NAME_LABEL, peerKey } from './keys.ts';
import {
  ALL_NAMESPACES_ID,
  ANYWHERE_ID,
  ANYWHERE_PEER_KEY,
  cidrNodeId,
  inferredNodeId,
  namespacePodsNodeId,
  nsNodeId,
  selectedPodsNodeId,
  workloadNodeId,
} from './ids.ts';
import { portsLabel } from './ports-label.ts';

export interface ResolvedPeer {
  /** Node ids of the peer's side. */
  ids: string[];
  /** peerKey: what the peer selects, canonically. */
  key: string;
  peerIndex: number;
  span: GraphEdge['span'];
}
export interface ResolvedRule {
  rule: PolicyRule;
  label: string;
  peers: ResolvedPeer[];
}
/** What a policy's edges are made of: everything an edge holds but its id and span comes from here. */
export interface ResolvedPolicy {
  /** Node ids of the pods the policy selects. */
  selected: string[];
  rules: ResolvedRule[];
}

const NOT_SELECTED = (): Pick<GraphNode, 'selectedBy' | 'isolated'> => ({
  selectedBy: [],
  isolated: { ingress: false, egress: false },
});

/** Groups items by namespace, keeping their order. */
function byNamespace<T extends { namespace: string }>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const l = out.get(x.namespace);
    if (l) l.push(x);
    else out.set(x.namespace, [x]);
  }
  return out;
}

export class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  // Indexes and memos: the keystroke → graph budget (issue 4) leaves no room for scanning every
  // workload per peer and every policy per workload on 1,000-workload workspaces.
  private readonly policiesIn: Map<string, NetworkPolicy[]>;
  private readonly workloadsIn: Map<string, Workload[]>;
  /** `ns \0 selectorKey` → podsIn result. */
  private readonly podsMemo = new Map<string, string[]>();
  /** peerKey → peerNodes result (peerKey is canonical for what a peer selects, the policy's namespace included where it matters). */
  private readonly peerMemo = new Map<string, string[]>();
  /** Workload → its node id (built once per derivation: peers name the same workloads over and over). */
  private readonly workloadIds = new Map<Workload, string>();

  constructor(private readonly ws: Workspace) {
    this.policiesIn = byNamespace(ws.policies);
    this.workloadsIn = byNamespace(ws.workloads);
  }

  /** Policies of `ns` whose podSelector selects pods with these labels. */
  selecting(
    ns: string,
    test: (p: NetworkPolicy) => boolean,
  ): { selectedBy: string[]; isolated: { ingress: boolean; egress: boolean } } {
    const ps = (this.policiesIn.get(ns) ?? []).filter(test);
    return {
      selectedBy: [...new Set(ps.map((p) => p.id))].sort(),
      isolated: { ingress: ps.some((p) => p.policyTypes.ingress), egress: ps.some((p) => p.policyTypes.egress) },
    };
  }

  private workloadId(wl: Workload): string {
    let id = this.workloadIds.get(wl);
    if (id === undefined) this.workloadIds.set(wl, (id = workloadNodeId(wl)));
    return id;
  }

  workload(wl: Workload): string {
    const id = this.workloadId(wl);
    const parentId = this.namespace(wl.namespace);
    const sel = this.selecting(wl.namespace, (p) => matchesSelector(p.podSelector, wl.labels));
    this.nodes.set(id, {
      id,
      kind: 'workload',
      label: wl.name,
      parentId,
      namespace: wl.namespace,
      labels: wl.labels,
      ports: wl.ports,
      detail: wl.kind,
      ...(wl.replicas !== undefined ? { replicas: wl.replicas } : {}),
      span: wl.span,
      endpoint: { type: 'workload', namespace: wl.namespace, name: wl.name, kind: wl.kind },
      ...sel,
    });
    return id;
  }

  namespace(name: string): string {
    const id = nsNodeId(name);
    if (!this.nodes.has(id)) {
      const ns = this.ws.namespaces.get(name);
      const sel = this.selecting(name, (p) => isEmptySelector(p.podSelector));
      this.nodes.set(id, {
        id,
        kind: 'namespace',
        label: name,
        namespace: name,
        labels: ns?.labels ?? { [NS_NAME_LABEL]: name },
        detail: ns?.declared ? undefined : 'not declared',
        span: ns?.span,
        ...sel,
      });
    }
    return id;
  }

  /** "All pods of namespace X": its own node so a namespace-wide peer is one edge, not one per workload. */
  namespacePods(ns: string): string {
    const id = namespacePodsNodeId(ns);
    if (!this.nodes.has(id)) {
      const parentId = this.namespace(ns);
      const sel = this.selecting(ns, (p) => isEmptySelector(p.podSelector));
      this.nodes.set(id, {
        id,
        kind: 'namespace-pods',
        label: `all pods in ${ns}`,
        parentId,
        namespace: ns,
        endpoint: { type: 'namespace', namespace: ns },
        ...sel,
      });
    }
    return id;
  }

  inferred(ns: string, selector: LabelSelector): string {
    const id = inferredNodeId(ns, selector);
    if (!this.nodes.has(id)) {
      const parentId = this.namespace(ns);
      const key = selectorKey(selector);
      const plain = selector.matchExpressions.length === 0;
      const sel = this.selecting(ns, (p) =>
        plain ? matchesSelector(p.podSelector, selector.matchLabels) : selectorKey(p.podSelector) === key,
      );
      this.nodes.set(id, {
        id,
        kind: 'inferred',
        label: key,
        parentId,
        namespace: ns,
        labels: plain ? { ...selector.matchLabels } : undefined,
        detail: `pods matching ${key} (no workload in the workspace matches)`,
        endpoint: { type: 'selector', namespace: ns, selector },
        ...sel,
      });
    }
    return id;
  }

  cidr(cidr: string, except: readonly string[]): string {
    const id = cidrNodeId(cidr, except);
    if (!this.nodes.has(id)) {
      this.nodes.set(id, {
        id,
        kind: 'cidr',
        label: cidr,
        detail: except.length ? `except ${except.join(', ')}` : undefined,
        endpoint: { type: 'cidr', cidr, except: except.length ? [...except] : undefined },
        ...NOT_SELECTED(),
      });
    }
    return id;
  }

  allNamespaces(): string {
    if (!this.nodes.has(ALL_NAMESPACES_ID)) {
      this.nodes.set(ALL_NAMESPACES_ID, {
        id: ALL_NAMESPACES_ID,
        kind: 'all-namespaces',
        label: 'all namespaces',
        endpoint: { type: 'all-namespaces' },
        ...NOT_SELECTED(),
      });
    }
    return ALL_NAMESPACES_ID;
  }

  /** Pods selected through a namespace label selector (namespaces outside the workspace included). */
  selectedNamespacesPods(nsSel: LabelSelector, pods: LabelSelector): string {
    const id = selectedPodsNodeId(nsSel, pods);
    if (!this.nodes.has(id)) {
      const nsKey = selectorKey(nsSel);
      const podKey = selectorKey(pods);
      const where = nsKey === '' ? 'all namespaces' : `namespaces ${nsKey}`;
      this.nodes.set(id, {
        id,
        kind: 'namespace-pods',
        label: podKey === '' ? `all pods in ${where}` : `pods ${podKey} in ${where}`,
        detail: `namespaceSelector: ${nsKey || '{}'}; podSelector: ${podKey || '{}'}`,
        ...NOT_SELECTED(),
      });
    }
    return id;
  }

  anywhere(): string {
    if (!this.nodes.has(ANYWHERE_ID)) {
      this.nodes.set(ANYWHERE_ID, { id: ANYWHERE_ID, kind: 'anywhere', label: 'anywhere', ...NOT_SELECTED() });
    }
    return ANYWHERE_ID;
  }

  /** Node ids for the pods a selector picks in one namespace: matching workloads, else one inferred node. */
  podsIn(ns: string, selector: LabelSelector): string[] {
    const key = `${ns}\0${selectorKey(selector)}`;
    let ids = this.podsMemo.get(key);
    if (!ids) {
      ids = this.resolvePods(ns, selector);
      this.podsMemo.set(key, ids);
    }
    return ids;
  }

  private resolvePods(ns: string, selector: LabelSelector): string[] {
    if (isEmptySelector(selector)) return [this.namespacePods(ns)];
    const wls = (this.workloadsIn.get(ns) ?? []).filter((w) => matchesSelector(selector, w.labels));
    if (wls.length) return wls.map((w) => this.workloadId(w));
    return [this.inferred(ns, selector)];
  }

  peerNodes(peer: PolicyPeer, policyNs: string, key: string): string[] {
    let ids = this.peerMemo.get(key);
    if (!ids) {
      ids = this.resolvePeer(peer, policyNs);
      this.peerMemo.set(key, ids);
    }
    return ids;
  }

  private resolvePeer(peer: PolicyPeer, policyNs: string): string[] {
    if (peer.ipBlock) return [this.cidr(peer.ipBlock.cidr, peer.ipBlock.except)];
    const pods = peer.podSelector ?? { matchLabels: {}, matchExpressions: [] };
    if (!peer.namespaceSelector) return this.podsIn(policyNs, pods);
    // Namespaces named by their name label get (or join) their group, even when nothing else mentions them.
    const named = namedNamespaces(peer.namespaceSelector);
    if (named !== undefined) return named.flatMap((ns) => this.podsIn(ns, pods));
    if (isEmptySelector(peer.namespaceSelector) && isEmptySelector(pods)) return [this.allNamespaces()];
    if (!isEmptySelector(pods)) {
      const wls: Workload[] = [];
      for (const n of this.ws.namespaces.values()) {
        if (!matchesSelector(peer.namespaceSelector, n.labels)) continue;
        for (const w of this.workloadsIn.get(n.name) ?? []) if (matchesSelector(pods, w.labels)) wls.push(w);
      }
      if (wls.length) return wls.map((w) => this.workloadId(w));
    }
    return [this.selectedNamespacesPods(peer.namespaceSelector, pods)];
  }

  /** Per drawn rule and peer of a policy, the node ids at both ends, in the order the edges are generated. */
  resolve(p: NetworkPolicy): ResolvedPolicy {
    const selected = this.podsIn(p.namespace, p.podSelector);
    const rules: ResolvedRule[] = [];
    // Rules of a direction the policy's policyTypes leave out have no effect: not drawn.
    const drawn = [...(p.policyTypes.ingress ? p.ingress : []), ...(p.policyTypes.egress ? p.egress : [])];
    for (const rule of drawn) {
      const peers: ResolvedPeer[] = rule.peers.length
        ? rule.peers.map((peer, i) => {
            const key = peerKey(peer, p.namespace);
            return { ids: this.peerNodes(peer, p.namespace, key), key, peerIndex: i, span: peer.span };
          })
        : [{ ids: [this.anywhere()], key: ANYWHERE_PEER_KEY, peerIndex: -1, span: rule.span }];
      rules.push({ rule, label: portsLabel(rule.ports), peers });
    }
    return { selected, rules };
  }
}
