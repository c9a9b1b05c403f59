import { beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import type { GraphEdge, PolicyGraph } from '../../src/model/graph/types.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { AGGREGATE_EDGES, bundleLabel, FlowEdges, isAggregated } from '../../src/ui/canvas/to-flow.ts';

const rule = (id: string, label: string): GraphEdge => ({
  id,
  source: 'a',
  target: 'b',
  policyId: 'ns/p',
  direction: 'ingress',
  ruleIndex: 0,
  peerIndex: 0,
  label,
});

describe('bundleLabel', () => {
  it('names the ports, and the rule count of a namespace-to-namespace bundle', () => {
    expect(bundleLabel([rule('1', 'TCP 8080')])).toBe('TCP 8080');
    expect(bundleLabel([rule('1', 'TCP 8080'), rule('2', 'UDP 53'), rule('3', 'TCP 8080')])).toBe('TCP 8080 · UDP 53');
    expect(bundleLabel([rule('1', 'TCP 8080'), rule('2', 'UDP 53'), rule('3', 'TCP 8080')], true)).toBe(
      'TCP 8080 · UDP 53 (3 rules)',
    );
    expect(
      bundleLabel(
        ['a', 'b', 'c', 'd', 'e'].map((l, i) => rule(String(i), l)),
        true,
      ),
    ).toBe('a · b · c +2 more (5 rules)');
  });
});

describe('FlowEdges', () => {
  // Each test draws with a fresh object, as each canvas does.
  let flow = new FlowEdges();
  beforeEach(() => {
    flow = new FlowEdges();
  });
  const toFlowEdges = (...args: Parameters<FlowEdges['of']>) => flow.of(...args);

  it('bundles the rules between the same two nodes into one edge', () => {
    const graph: PolicyGraph = { nodes: [], edges: [rule('1', 'TCP 8080'), rule('2', 'UDP 53')] };
    const edges = toFlowEdges(graph, new Set(['a', 'b']), new Set());
    expect(edges).toHaveLength(1);
    expect(edges[0].data!.rules.map((r) => r.id)).toEqual(['1', '2']);
    expect(edges[0].data!.label).toBe('TCP 8080 · UDP 53');
  });

  it('draws a large graph namespace to namespace, and a selected node edge by edge', () => {
    const graph = deriveGraph(
      loadWorkspace([{ name: 'g.yaml', text: generate({ namespaces: 20, workloads: 400, policies: 160 }) }]),
    );
    expect(graph.edges.length).toBeGreaterThan(AGGREGATE_EDGES);
    expect(isAggregated(graph)).toBe(true);
    const drawn = new Set(graph.nodes.map((n) => n.id));
    const parent = new Map(graph.nodes.map((n) => [n.id, n.parentId ?? n.id]));
    const edges = toFlowEdges(graph, drawn, new Set());
    expect(edges.length).toBeLessThan(1000);
    // Every rule between namespaces is in exactly one bundle; only rules inside one namespace are left out.
    const bundled = edges.flatMap((e) => e.data!.rules.map((r) => r.id));
    expect(new Set(bundled).size).toBe(bundled.length);
    expect(bundled.length).toBe(graph.edges.filter((e) => parent.get(e.source) !== parent.get(e.target)).length);
    for (const e of edges)
      if (e.id.startsWith('ns-bundle:') && e.data!.rules.length > 1) expect(e.data!.label).toMatch(/ \(\d+ rules\)$/);
    const focus = graph.edges[0].source;
    const focused = toFlowEdges(graph, drawn, new Set(), new Set([focus]));
    const own = graph.edges.filter((e) => e.source === focus || e.target === focus);
    const ownDrawn = focused
      .filter((e) => e.source === focus || e.target === focus)
      .flatMap((e) => e.data!.rules.map((r) => r.id));
    expect(new Set(ownDrawn)).toEqual(new Set(own.map((e) => e.id)));
  });

  it('hands back the same array while the rule edges, drawn nodes and selection stay the same', () => {
    // Typing re-derives the graph on every keystroke: React Flow must not be given a new edge array then.
    const graph: PolicyGraph = {
      nodes: [],
      edges: [rule('1', 'TCP 8080'), { ...rule('2', 'UDP 53'), source: 'b', target: 'c' }],
    };
    const first = toFlowEdges(graph, new Set(['a', 'b', 'c']), new Set());
    expect(toFlowEdges({ nodes: [], edges: graph.edges }, new Set(['c', 'b', 'a']), new Set())).toBe(first);
    // Another selection: a new array; the unselected edge keeps its object.
    const selected = toFlowEdges(graph, new Set(['a', 'b', 'c']), new Set(['1']));
    expect(selected).not.toBe(first);
    expect(selected[0].selected).toBe(true);
    expect(selected[1]).toBe(first[1]);
    // A changed port label: that edge is new, with the new label.
    const relabelled = toFlowEdges(
      { nodes: [], edges: [rule('1', 'TCP 9090'), graph.edges[1]] },
      new Set(['a', 'b', 'c']),
      new Set(['1']),
    );
    expect(relabelled[0].data!.label).toBe('TCP 9090');
    expect(relabelled[1]).toBe(selected[1]);
    // A node no longer drawn: its edges go.
    expect(toFlowEdges(graph, new Set(['a', 'b']), new Set(['1']))).toHaveLength(1);
  });
});
