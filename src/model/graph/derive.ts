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
import { isEmptySelector, matchesSelector, selectorKey } from '../analysis/selectors.ts';
import type { GraphEdge, GraphNode, PolicyGraph } from './types.ts';
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
  // Indexes and memos: the keystroke → graph budget (issue 4) leaves no room for scanning every
  // workload per peer and every policy per workload on 1,000-workload workspaces.
  private readonly policiesIn: Map<string, NetworkPolicy[]>;
  private readonly workloadsIn: Map<string, Workload[]>;
  /** `ns \0 selectorKey` → podsIn result. */
  private readonly podsMemo = new Map<string, string[]>();
  /** peerKey → peerNodes result (peerKey is canonical for what a peer selects, the policy's namespace included where it matters). */
  private readonly peerMemo = new Map<string, string[]>();

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
      this.nodes.set(ANYWHERE_ID, {
        id: ANYWHERE_ID,
        kind: 'anywhere',
        label: 'anywhere',
        selectedBy: [],
        isolated: { ingress: false, egress: false },
      });
    }
    return ANYWHERE_ID;
  }

  /**
   * What a policy's edges are made of: per drawn rule and peer, the node ids at both ends, in the order
   * the edges are generated. Everything an edge holds but its span comes from here.
   */
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
        : [{ ids: [this.anywhere()], key: 'anywhere', peerIndex: -1, span: rule.span }];
      rules.push({ rule, label: portsLabel(rule.ports), peers });
    }
    return { selected, rules };
  }
}

interface ResolvedPeer {
  ids: string[];
  key: string;
  peerIndex: number;
  span: GraphEdge['span'];
}
interface ResolvedRule {
  rule: PolicyRule;
  label: string;
  peers: ResolvedPeer[];
}
interface ResolvedPolicy {
  selected: string[];
  rules: ResolvedRule[];
}

/** One policy's edges: in generation order (to move spans onto), and sorted by id (the output order). */
interface PolicyEdges {
  /** Everything the edges depend on but spans: equal signatures give equal edges. */
  signature: string;
  generated: GraphEdge[];
  sorted: GraphEdge[];
}

/**
 * Reuse between derivations of successive texts of one workspace (the
 * editor's, derived again on every keystroke: issue 4's 100 ms budget). A
 * policy whose rules resolve to the same nodes as last time gets its previous
 * edge objects back instead of rebuilding tens of thousands of ids and sorting
 * them; only spans that moved (text typed above the policy) are updated, in
 * place. So the edges of a graph derived with a cache belong to the cache: a
 * later derivation with it may move their spans. Without a cache
 * `deriveGraph` is pure.
 */
export class GraphCache {
  /** Policy id → its edges at the last derivation. */
  policies = new Map<string, PolicyEdges>();
  /** Policies whose edges the last derivation reused; for tests and benchmarks. */
  reused = 0;
  /** The last derivation's per-policy lists and their join: when every list is reused, so is the join (no copy of tens of thousands of edges). */
  joined: { lists: GraphEdge[][]; edges: GraphEdge[] } | undefined;
}

function signatureOf(p: NetworkPolicy, r: ResolvedPolicy): string {
  const parts = [p.id, r.selected.join(' ')];
  for (const { rule, label, peers } of r.rules) {
    parts.push(`${rule.direction} ${rule.index} ${label}`);
    for (const peer of peers) parts.push(`${peer.peerIndex} ${peer.key} ${peer.ids.join(' ')}`);
  }
  return parts.join('\n');
}

const sameSpan = (a: GraphEdge['span'], b: GraphEdge['span']): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.offset === b.offset &&
    a.endOffset === b.endOffset &&
    a.line === b.line &&
    a.column === b.column &&
    a.file === b.file);

/** Hot path (tens of thousands of edges on large workspaces): no spread, no per-edge temporaries. */
function buildEdges(p: NetworkPolicy, r: ResolvedPolicy, signature: string, ids = new Set<string>()): PolicyEdges {
  const generated: GraphEdge[] = [];
  for (const { rule, label, peers } of r.rules) {
    const ingress = rule.direction === 'ingress';
    for (const peer of peers) {
      // Edge id: edge:<policy>:<direction>:<peer key>:<source>><target>
      const prefix = `edge:${p.id}:${rule.direction}:${peer.key}:`;
      for (const other of peer.ids) {
        for (const own of r.selected) {
          const source = ingress ? other : own;
          const target = ingress ? own : other;
          const key = prefix + source + '>' + target;
          let id = key;
          // The same peer in two rules of one policy: keep ids unique, still position-free for the first.
          for (let n = 2; ids.has(id); n++) id = `${key}#${n}`;
          ids.add(id);
          generated.push({
            id,
            source,
            target,
            policyId: p.id,
            direction: rule.direction,
            ruleIndex: rule.index,
            peerIndex: peer.peerIndex,
            label,
            span: peer.span,
          });
        }
      }
    }
  }
  return { signature, generated, sorted: [...generated].sort(byId) };
}

/** Moves the spans of reused edges to where their peers (or rules) are now, walking in generation order. */
function moveSpans(entry: PolicyEdges, r: ResolvedPolicy): void {
  let k = 0;
  for (const { peers } of r.rules) {
    for (const peer of peers) {
      const n = peer.ids.length * r.selected.length;
      for (let i = 0; i < n; i++) {
        const e = entry.generated[k++];
        if (!sameSpan(e.span, peer.span)) e.span = peer.span;
      }
    }
  }
}

/** The policies' sorted edge lists joined into one list sorted by id. */
function joinSorted(lists: GraphEdge[][]): GraphEdge[] {
  // Edge ids start with `edge:<policy id>:`, so the lists, ordered by their first ids, are almost always in
  // order end to end: checked at each seam, else sorted whole (a policy name holding ':' can break it).
  const order = lists.filter((l) => l.length > 0);
  order.sort((a, b) => byId(a[0], b[0]));
  let total = 0;
  for (const l of order) total += l.length;
  const out: GraphEdge[] = new Array(total);
  let k = 0;
  for (const l of order) for (let i = 0; i < l.length; i++) out[k++] = l[i];
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1];
    if (byId(prev[prev.length - 1], order[i][0]) > 0) return out.sort(byId);
  }
  return out;
}

/** The same lists as last time (every policy's edges reused, in the same order): the same joined list. */
const sameLists = (a: readonly GraphEdge[][], b: readonly GraphEdge[][]): boolean =>
  a.length === b.length && a.every((l, i) => l === b[i]);

export function deriveGraph(ws: Workspace, cache?: GraphCache): PolicyGraph {
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
  const lists: GraphEdge[][] = [];
  const next = new Map<string, PolicyEdges>();
  const duplicateIds: Record<string, Set<string>> = Object.create(null);
  let reused = 0;
  for (const p of ws.policies) {
    const r = b.resolve(p);
    const signature = signatureOf(p, r);
    const first = next.get(p.id);
    if (first) {
      // A second policy with the same id (a duplicate, which lint reports): built afresh, never cached,
      // its edge ids numbered on from those of the first (`#2`...).
      const taken = (duplicateIds[p.id] ??= new Set(first.generated.map((e) => e.id)));
      lists.push(buildEdges(p, r, signature, taken).sorted);
      continue;
    }
    let entry = cache?.policies.get(p.id);
    if (entry && entry.signature === signature) {
      moveSpans(entry, r);
      reused++;
    } else entry = buildEdges(p, r, signature);
    next.set(p.id, entry);
    lists.push(entry.sorted);
  }
  const edges = cache?.joined && sameLists(cache.joined.lists, lists) ? cache.joined.edges : joinSorted(lists);
  if (cache) {
    cache.policies = next;
    cache.reused = reused;
    cache.joined = { lists, edges };
  }
  // Namespaces only named by a peer (`kubernetes.io/metadata.name: x`) got their group node through podsIn.
  return { nodes: [...b.nodes.values()].sort(byId), edges };
}
