/**
 * Workspace → PolicyGraph (DESIGN.md §2 "Graph model").
 *
 * Ids come from names and canonical selectors only, so a node keeps its id
 * (and its layout) across re-parses and unrelated edits:
 *   ns:<name>  wl:<ns>/<name>[<Kind>]  inferred:<ns>/<selector>  pods:<ns>
 *   pods:nssel:<nsSelector>|<podSelector>  cidr:<cidr except ...>  all-namespaces  anywhere
 *   edge:<policy>:<direction>:<peer key>:<source node>><target node>
 * Edge ids never use rule or peer positions (those change when a rule above is
 * removed) nor ports (an edge keeps its id, and its selection, while its ports
 * are edited); the positions are carried as fields for the edits instead. The
 * same peer in two rules of one policy gets `#2`, `#3`... in rule order.
 */
import { isEmptySelector, matchesSelector, selectorKey } from '../selectors.ts';
import type { GraphEdge, GraphNode, PolicyGraph } from '../graph-types.ts';
import type { LabelSelector, NetworkPolicy, PolicyPeer, PolicyRule, Workload, Workspace } from '../types.ts';
import { cidrKey, namedNamespaces, NS_NAME_LABEL, peerKey } from './keys.ts';
import { portsLabel } from './ports-label.ts';

export const nsNodeId = (ns: string): string => `ns:${ns}`;
export const workloadNodeId = (wl: Workload): string => `wl:${wl.id}`;
export const namespacePodsNodeId = (ns: string): string => `pods:${ns}`;
export const inferredNodeId = (ns: string, sel: LabelSelector): string => `inferred:${ns}/${selectorKey(sel)}`;
export const ALL_NAMESPACES_ID = 'all-namespaces';
export const ANYWHERE_ID = 'anywhere';

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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

class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges: GraphEdge[] = [];
  private readonly edgeIds = new Set<string>();
  // Indexes and memos: the keystroke → graph budget (issue 4) leaves no room for scanning every
  // workload per peer and every policy per workload on 1,000-workload workspaces.
  private readonly policiesIn: Map<string, NetworkPolicy[]>;
  private readonly workloadsIn: Map<string, Workload[]>;
  /** `ns \0 selectorKey` → podsIn result. */
  private readonly podsMemo = new Map<string, string[]>();
  /** `policy namespace \0 peerKey` → peerNodes result (peerKey is canonical for what a peer selects). */
  private readonly peerMemo = new Map<string, string[]>();

  constructor(private readonly ws: Workspace) {
    this.policiesIn = byNamespace(ws.policies);
    this.workloadsIn = byNamespace(ws.workloads);
  }

  /** Policies of `ns` whose podSelector selects pods with these labels. */
  selecting(ns: string, test: (p: NetworkPolicy) => boolean): { selectedBy: string[]; isolated: { ingress: boolean; egress: boolean } } {
    const ps = (this.policiesIn.get(ns) ?? []).filter(test);
    return {
      selectedBy: [...new Set(ps.map((p) => p.id))].sort(),
      isolated: { ingress: ps.some((p) => p.policyTypes.ingress), egress: ps.some((p) => p.policyTypes.egress) },
    };
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
      this.nodes.set(id, { id, kind: 'namespace-pods', label: `all pods in ${ns}`, parentId, namespace: ns, endpoint: { type: 'namespace', namespace: ns }, ...sel });
    }
    return id;
  }

  inferred(ns: string, selector: LabelSelector): string {
    const id = inferredNodeId(ns, selector);
    if (!this.nodes.has(id)) {
      const parentId = this.namespace(ns);
      const key = selectorKey(selector);
      const plain = selector.matchExpressions.length === 0;
      const sel = this.selecting(ns, (p) => (plain ? matchesSelector(p.podSelector, selector.matchLabels) : selectorKey(p.podSelector) === key));
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
    if (wls.length) return wls.map(workloadNodeId);
    return [this.inferred(ns, selector)];
  }

  peerNodes(peer: PolicyPeer, policyNs: string, key: string): string[] {
    const memoKey = `${policyNs}\0${key}`;
    let ids = this.peerMemo.get(memoKey);
    if (!ids) {
      ids = this.resolvePeer(peer, policyNs);
      this.peerMemo.set(memoKey, ids);
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
      const nss = [...this.ws.namespaces.values()].filter((n) => matchesSelector(peer.namespaceSelector!, n.labels)).map((n) => n.name);
      const wls = this.ws.workloads.filter((w) => nss.includes(w.namespace) && matchesSelector(pods, w.labels));
      if (wls.length) return wls.map(workloadNodeId);
    }
    return [this.selectedNamespacesPods(peer.namespaceSelector, pods)];
  }

  cidr(cidr: string, except: readonly string[]): string {
    const id = `cidr:${cidrKey({ cidr, except: [...except] })}`;
    if (!this.nodes.has(id)) {
      this.nodes.set(id, {
        id,
        kind: 'cidr',
        label: cidr,
        detail: except.length ? `except ${except.join(', ')}` : undefined,
        endpoint: { type: 'cidr', cidr, except: except.length ? [...except] : undefined },
        selectedBy: [],
        isolated: { ingress: false, egress: false },
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
        selectedBy: [],
        isolated: { ingress: false, egress: false },
      });
    }
    return ALL_NAMESPACES_ID;
  }

  /** Pods selected through a namespace label selector (namespaces outside the workspace included). */
  selectedNamespacesPods(nsSel: LabelSelector, pods: LabelSelector): string {
    const nsKey = selectorKey(nsSel);
    const podKey = selectorKey(pods);
    const id = `pods:nssel:${nsKey}|${podKey}`;
    if (!this.nodes.has(id)) {
      const where = nsKey === '' ? 'all namespaces' : `namespaces ${nsKey}`;
      this.nodes.set(id, {
        id,
        kind: 'namespace-pods',
        label: podKey === '' ? `all pods in ${where}` : `pods ${podKey} in ${where}`,
        detail: `namespaceSelector: ${nsKey || '{}'}; podSelector: ${podKey || '{}'}`,
        selectedBy: [],
        isolated: { ingress: false, egress: false },
      });
    }
    return id;
  }

  anywhere(): string {
    if (!this.nodes.has(ANYWHERE_ID)) {
      this.nodes.set(ANYWHERE_ID, { id: ANYWHERE_ID, kind: 'anywhere', label: 'anywhere', selectedBy: [], isolated: { ingress: false, egress: false } });
    }
    return ANYWHERE_ID;
  }

  /** Hot path (tens of thousands of edges on large workspaces): no spread, no per-edge temporaries. */
  private edge(key: string, source: string, target: string, p: NetworkPolicy, rule: PolicyRule, peerIndex: number, label: string, span: GraphEdge['span']): void {
    let id = key;
    // The same peer in two rules of one policy: keep ids unique, still position-free for the first.
    for (let n = 2; this.edgeIds.has(id); n++) id = `${key}#${n}`;
    this.edgeIds.add(id);
    this.edges.push({ id, source, target, policyId: p.id, direction: rule.direction, ruleIndex: rule.index, peerIndex, label, span });
  }

  rule(p: NetworkPolicy, rule: PolicyRule, selected: string[]): void {
    const label = portsLabel(rule.ports);
    const peers: Array<{ ids: string[]; key: string; peerIndex: number; span: GraphEdge['span'] }> = rule.peers.length
      ? rule.peers.map((peer, i) => {
          const key = peerKey(peer, p.namespace);
          return { ids: this.peerNodes(peer, p.namespace, key), key, peerIndex: i, span: peer.span };
        })
      : [{ ids: [this.anywhere()], key: 'anywhere', peerIndex: -1, span: rule.span }];
    const ingress = rule.direction === 'ingress';
    for (const peer of peers) {
      // Edge id: edge:<policy>:<direction>:<peer key>:<source>><target>
      const prefix = `edge:${p.id}:${rule.direction}:${peer.key}:`;
      for (const other of peer.ids) {
        for (const own of selected) {
          const source = ingress ? other : own;
          const target = ingress ? own : other;
          this.edge(prefix + source + '>' + target, source, target, p, rule, peer.peerIndex, label, peer.span);
        }
      }
    }
  }
}

export function deriveGraph(ws: Workspace): PolicyGraph {
  const b = new GraphBuilder(ws);
  for (const name of ws.namespaces.keys()) b.namespace(name);
  for (const wl of ws.workloads) {
    const parentId = b.namespace(wl.namespace);
    const sel = b.selecting(wl.namespace, (p) => matchesSelector(p.podSelector, wl.labels));
    b.nodes.set(workloadNodeId(wl), {
      id: workloadNodeId(wl),
      kind: 'workload',
      label: wl.name,
      parentId,
      namespace: wl.namespace,
      labels: wl.labels,
      ports: wl.ports,
      detail: wl.kind,
      span: wl.span,
      endpoint: { type: 'workload', namespace: wl.namespace, name: wl.name, kind: wl.kind },
      ...sel,
    });
  }
  for (const p of ws.policies) {
    const selected = b.podsIn(p.namespace, p.podSelector);
    // Rules of a direction the policy's policyTypes leave out have no effect: not drawn.
    if (p.policyTypes.ingress) for (const r of p.ingress) b.rule(p, r, selected);
    if (p.policyTypes.egress) for (const r of p.egress) b.rule(p, r, selected);
  }
  // Namespaces only named by a peer (`kubernetes.io/metadata.name: x`) got their group node through podsIn.
  return { nodes: [...b.nodes.values()].sort(byId), edges: b.edges.sort(byId) };
}
