/**
 * Synthetic graphs for property tests of the canvas's incremental paths (rule bundles, collapse): namespaces
 * with workloads and two nodes outside any namespace, rule edges sorted by id, and random steps that
 * drop, change and add rule edges (as typing does: unchanged edges keep their objects) and add namespaces.
 */
import fc from 'fast-check';
import type { GraphEdge, GraphNode } from '../../src/model/graph/types.ts';
import { compareIds } from '../../src/model/graph/ids.ts';

export const node = (id: string, parentId?: string): GraphNode =>
  ({
    id,
    kind: parentId ? 'workload' : id.startsWith('ns:') ? 'namespace' : 'cidr',
    label: id,
    parentId,
    selectedBy: [],
    isolated: { ingress: false, egress: false },
  }) as GraphNode;

export const edge = (id: string, source: string, target: string, label: string, deny: boolean): GraphEdge =>
  ({
    id,
    source,
    target,
    policyId: id.split('/')[0],
    direction: 'ingress',
    ruleIndex: 0,
    peerIndex: 0,
    label,
    ...(deny ? { cluster: { action: 'Deny' } } : {}),
  }) as GraphEdge;

/** Namespaces `ns:0…` with workloads `wl:n/w`, and `cidr:a`, `cidr:b` outside any namespace. */
export function nodesOf(namespaces: number, perNamespace: number): GraphNode[] {
  const out: GraphNode[] = [node('cidr:a'), node('cidr:b')];
  for (let n = 0; n < namespaces; n++) {
    out.push(node(`ns:${n}`));
    for (let w = 0; w < perNamespace; w++) out.push(node(`wl:${n}/${w}`, `ns:${n}`));
  }
  return out.sort(compareIds);
}

/** One step of a sequence: which rules go, which change their label, which come; a namespace added. */
export interface EdgeStep {
  drop: number[];
  relabel: number[];
  add: { from: number; to: number; deny: boolean }[];
  newNamespace: boolean;
}

export const edgeStepArb = (maxEdges: number): fc.Arbitrary<EdgeStep> =>
  fc.record({
    drop: fc.array(fc.nat(maxEdges), { maxLength: 6 }),
    relabel: fc.array(fc.nat(maxEdges), { maxLength: 6 }),
    add: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), deny: fc.boolean() }), { maxLength: 6 }),
    newNamespace: fc.boolean(),
  });

/** A graph that steps as typing changes it: `start` then `apply` each step (new arrays, kept objects). */
export class SteppedGraph {
  nodes = nodesOf(5, 8);
  edges: GraphEdge[] = [];
  private serial = 0;

  constructor(startEdges: number) {
    for (let i = 0; i < startEdges; i++) this.edges.push(this.newEdge(i * 7, i * 13 + 5, 'TCP 80', i % 11 === 0, i));
    this.edges.sort(compareIds);
  }

  private pick(i: number): string {
    return this.nodes[i % this.nodes.length].id;
  }

  private newEdge(from: number, to: number, label: string, deny: boolean, policy = from): GraphEdge {
    return edge(
      `p${policy % 37}/${String(this.serial++).padStart(6, '0')}`,
      this.pick(from),
      this.pick(to),
      label,
      deny,
    );
  }

  apply(s: EdgeStep): void {
    const drop = new Set(s.drop.map((i) => this.edges[i % this.edges.length]));
    const relabel = new Set(s.relabel.map((i) => this.edges[i % this.edges.length]));
    this.edges = this.edges
      .filter((e) => !drop.has(e))
      .map((e) => (relabel.has(e) ? { ...e, label: e.label === 'TCP 80' ? 'UDP 53' : 'TCP 80' } : e));
    if (s.newNamespace) {
      const n = this.nodes.filter((x) => x.kind === 'namespace').length;
      this.nodes = [...this.nodes, node(`ns:${n}`), node(`wl:${n}/0`, `ns:${n}`)].sort(compareIds);
    }
    for (const a of s.add) this.edges.push(this.newEdge(a.from, a.to, 'TCP 443', a.deny));
    this.edges.sort(compareIds);
  }
}
