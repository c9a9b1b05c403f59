/**
 * Collapsing a namespace (model/graph/collapse.ts) and what the canvas draws
 * of it (to-flow.ts groups by pair of ends; navigate/decorate.ts labels the
 * aggregated edges): children go, their edges meet at the card, one edge per
 * pair carries the union of the ports and the rule count.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregateLabel,
  collapsedNamespaces,
  collapseGraph,
  COLLAPSE_ABOVE_CHILDREN,
  COLLAPSE_ABOVE_NODES,
  namespaceSummary,
  portUnion,
} from '../../src/model/graph/collapse.ts';
import type { GraphEdge, GraphNode, PolicyGraph } from '../../src/model/graph/types.ts';
import { labelCollapsedEdges } from '../../src/ui/canvas/navigate/decorate.ts';
import { FlowEdges } from '../../src/ui/canvas/to-flow.ts';
import { graphOf, TWO_NAMESPACES } from './fixture.ts';

const WEB = 'wl:front/web[Deployment]';
const API = 'wl:back/api[Deployment]';

describe('collapseGraph', () => {
  const g = graphOf(TWO_NAMESPACES);

  it('removes the children of a collapsed namespace and points their edges at its card', () => {
    const c = collapseGraph(g, new Set(['ns:back']));
    expect(c.nodes.map((n) => n.id).sort()).toEqual(['ns:back', 'ns:front', WEB].sort());
    // web → api (three rules) now ends at the card; api → db lies inside the card and is not drawn.
    expect(c.edges).toHaveLength(3);
    for (const e of c.edges) expect([e.source, e.target]).toEqual([WEB, 'ns:back']);
    // The rule edges keep their ids, so selecting the aggregated edge still selects (and highlights) the rules.
    expect(new Set(c.edges.map((e) => e.id))).toEqual(
      new Set(g.edges.filter((e) => e.target === API).map((e) => e.id)),
    );
  });

  it('draws one edge per pair of ends, labelled with the port union and the rule count', () => {
    const before = new FlowEdges().of(g, new Set(g.nodes.map((n) => n.id)), new Set());
    expect(before).toHaveLength(2); // web → api, api → db
    const c = collapseGraph(g, new Set(['ns:back']));
    const edges = new FlowEdges().of(c, new Set(c.nodes.map((n) => n.id)), new Set());
    expect(edges).toHaveLength(1);
    const [edge] = labelCollapsedEdges(edges, new Set(['ns:back']));
    expect(edge.source).toBe(WEB);
    expect(edge.target).toBe('ns:back');
    expect(edge.data!.label).toBe('TCP 443 · TCP 8080 · TCP 9090 (3 rules)');
  });

  it('labels an unchanged edge once: the same edge back, the same label for the same rules', () => {
    const c = collapseGraph(g, new Set(['ns:back']));
    const edges = new FlowEdges().of(c, new Set(c.nodes.map((n) => n.id)), new Set());
    const collapsed = new Set(['ns:back']);
    const [first] = labelCollapsedEdges(edges, collapsed);
    expect(labelCollapsedEdges(edges, collapsed)[0]).toBe(first);
    // A new edge object over the same rules (selected now): its own edge, the label data kept.
    const [again] = labelCollapsedEdges([{ ...edges[0], selected: true }], collapsed);
    expect(again).not.toBe(first);
    expect(again.selected).toBe(true);
    expect(again.data).toBe(first.data);
    // Other rules: labelled afresh.
    const fewer = { ...edges[0], data: { ...edges[0].data!, rules: edges[0].data!.rules.slice(0, 1) } };
    expect(labelCollapsedEdges([fewer], collapsed)[0].data!.label).not.toBe(first.data!.label);
  });

  it('collapses both ends into one card-to-card edge', () => {
    const c = collapseGraph(g, new Set(['ns:back', 'ns:front']));
    expect(c.nodes.map((n) => n.id).sort()).toEqual(['ns:back', 'ns:front']);
    expect(c.edges.every((e) => e.source === 'ns:front' && e.target === 'ns:back')).toBe(true);
  });

  it('hands back the same re-pointed edge objects for unchanged rule edges', () => {
    const memo = new WeakMap<GraphEdge, GraphEdge>();
    const a = collapseGraph(g, new Set(['ns:back']), memo);
    const b = collapseGraph({ nodes: [...g.nodes], edges: [...g.edges] }, new Set(['ns:back']), memo);
    expect(b.edges).toHaveLength(a.edges.length);
    b.edges.forEach((e, i) => expect(e).toBe(a.edges[i]));
  });

  it('hands back the same collapsed namespace node while the namespace node is the same, its span kept current', () => {
    const a = collapseGraph(g, new Set(['ns:back']));
    // A new node list (a keystroke elsewhere) holding the same namespace node: the same card node.
    const b = collapseGraph({ nodes: [...g.nodes], edges: g.edges }, new Set(['ns:back']));
    const card = (c: PolicyGraph) => c.nodes.find((n) => n.id === 'ns:back')!;
    expect(card(a)).toMatchObject({ collapsed: true });
    expect(card(b)).toBe(card(a));
    // Text typed above moves the namespace's span in place (state/stable-graph.ts): the card's moves with it.
    const ns = g.nodes.find((n) => n.id === 'ns:back')!;
    const span = ns.span!;
    ns.span = { ...span, offset: span.offset + 5, endOffset: span.endOffset + 5, line: span.line + 1 };
    try {
      expect(card(collapseGraph({ nodes: [...g.nodes], edges: g.edges }, new Set(['ns:back']))).span).toEqual(ns.span);
    } finally {
      ns.span = span;
    }
    // A changed namespace (a new node object) gets a new card node, with its fields.
    const renamed = { ...ns, label: 'back (renamed)' };
    const c = collapseGraph(
      { nodes: g.nodes.map((n) => (n === ns ? renamed : n)), edges: g.edges },
      new Set(['ns:back']),
    );
    expect(card(c)).not.toBe(card(a));
    expect(card(c)).toMatchObject({ label: 'back (renamed)', collapsed: true });
  });

  it('changes nothing when nothing is collapsed', () => {
    expect(collapseGraph(g, new Set())).toBe(g);
  });

  it('summarises the card: workloads, policies, isolation, rules inside', () => {
    expect(namespaceSummary(g, 'ns:back')).toEqual({
      workloads: 2,
      policies: 2,
      ingressIsolated: 2,
      egressIsolated: 0,
      internalRules: 1,
    });
    expect(namespaceSummary(g, 'ns:front')).toMatchObject({ workloads: 1, policies: 1, egressIsolated: 1 });
  });
});

describe('portUnion', () => {
  const rule = (label: string) => ({ label }) as GraphEdge;
  it('lists each port once, in protocol and number order', () => {
    expect(portUnion([rule('UDP 53'), rule('TCP 8080, TCP 443'), rule('TCP 443'), rule('TCP http')])).toEqual([
      'TCP 443',
      'TCP 8080',
      'TCP http',
      'UDP 53',
    ]);
  });
  it('lets "all ports" take in everything, and a protocol\'s "all ports" its own ports', () => {
    expect(portUnion([rule('TCP 80'), rule('all ports')])).toEqual(['all ports']);
    expect(portUnion([rule('TCP 80'), rule('TCP all ports'), rule('UDP 53')])).toEqual(['TCP all ports', 'UDP 53']);
  });
  it('counts one rule in the singular and shortens long port lists', () => {
    expect(aggregateLabel([rule('TCP 80')])).toBe('TCP 80 (1 rule)');
    const many = ['TCP 1', 'TCP 2', 'TCP 3', 'TCP 4', 'TCP 5'].map(rule);
    expect(aggregateLabel(many)).toBe('TCP 1 · TCP 2 · TCP 3 +2 more (5 rules)');
  });
});

describe('collapsedNamespaces', () => {
  /** `namespaces` namespaces of `each` workloads. */
  function big(namespaces: number, each: number): PolicyGraph {
    const nodes: GraphNode[] = [];
    for (let i = 0; i < namespaces; i++) {
      const ns = `ns:n${i}`;
      nodes.push({
        id: ns,
        kind: 'namespace',
        label: `n${i}`,
        selectedBy: [],
        isolated: { ingress: false, egress: false },
      });
      for (let j = 0; j < each; j++)
        nodes.push({
          id: `wl:n${i}/w${j}`,
          kind: 'workload',
          label: `w${j}`,
          parentId: ns,
          selectedBy: [],
          isolated: { ingress: false, egress: false },
        });
    }
    return { nodes, edges: [] };
  }

  it('leaves a small graph expanded', () => {
    expect(collapsedNamespaces(graphOf(TWO_NAMESPACES), {}).size).toBe(0);
  });

  it("collapses the big namespaces of a large graph, and the user's choice wins", () => {
    const g = big(30, COLLAPSE_ABOVE_CHILDREN + 1);
    expect(g.nodes.length).toBeGreaterThan(COLLAPSE_ABOVE_NODES);
    const small: GraphNode = { ...g.nodes[0], id: 'ns:small', label: 'small' };
    const withSmall = { nodes: [...g.nodes, small], edges: [] };
    const collapsed = collapsedNamespaces(withSmall, {});
    expect(collapsed.size).toBe(30);
    expect(collapsed.has('ns:small')).toBe(false);
    const chosen = collapsedNamespaces(withSmall, { 'ns:n0': false, 'ns:small': true });
    expect(chosen.has('ns:n0')).toBe(false);
    expect(chosen.has('ns:small')).toBe(true);
  });

  it('does not take inherited keys for choices', () => {
    const g = big(1, 1);
    expect(collapsedNamespaces(g, JSON.parse('{"__proto__": {"ns:n0": true}}') as Record<string, boolean>).size).toBe(
      0,
    );
  });
});
