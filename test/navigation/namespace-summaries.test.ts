/**
 * The collapsed cards' counts computed for all namespaces at once (ui/canvas/navigate/namespace-summaries.ts)
 * say what model/graph/collapse.ts's namespaceSummary says of each namespace on its own.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import { collapsedNamespaces, namespaceSummary } from '../../src/model/graph/collapse.ts';
import type { PolicyGraph } from '../../src/model/graph/types.ts';
import { tellReplaced } from '../../src/model/graph/edge-replacements.ts';
import { namespaceSummaries, SummaryCache } from '../../src/ui/canvas/navigate/namespace-summaries.ts';
import { graphOf, TWO_NAMESPACES } from './fixture.ts';

const allNamespaces = (g: PolicyGraph): Set<string> =>
  new Set(g.nodes.filter((n) => n.kind === 'namespace').map((n) => n.id));

function expectSameAsOneByOne(g: PolicyGraph, ids: Set<string>): void {
  const all = namespaceSummaries(g, ids);
  expect([...all.keys()].sort()).toEqual([...ids].sort());
  for (const id of ids) expect(all.get(id), id).toEqual(namespaceSummary(g, id));
}

describe('namespaceSummaries', () => {
  it('counts workloads, policies, isolation and inside rules per card', () => {
    const g = graphOf(TWO_NAMESPACES);
    const all = namespaceSummaries(g, new Set(['ns:back', 'ns:front']));
    expect(all.get('ns:back')).toEqual({
      workloads: 2,
      policies: 2,
      ingressIsolated: 2,
      egressIsolated: 0,
      internalRules: 1,
    });
    expect(all.get('ns:front')).toMatchObject({ workloads: 1, policies: 1, egressIsolated: 1 });
  });

  it('equals the one-namespace summary on a generated cluster, for every namespace and for a few', () => {
    const g = graphOf(generate({ namespaces: 6, workloads: 60, policies: 30 }));
    const ids = allNamespaces(g);
    expect(ids.size).toBe(6);
    expectSameAsOneByOne(g, ids);
    expectSameAsOneByOne(g, new Set([...ids].slice(0, 2)));
    // The default choice of a large graph, as the canvas starts.
    expectSameAsOneByOne(g, collapsedNamespaces(g, Object.fromEntries([...ids].map((id) => [id, true]))));
  });

  it('counts a policy that selects nothing drawn in its namespace, by its id', () => {
    const g = graphOf(TWO_NAMESPACES);
    const extra = { ...g.edges[0], id: 'extra', policyId: 'back/orphan', source: 'nowhere', target: 'nowhere-else' };
    const withOrphan = { nodes: g.nodes, edges: [...g.edges, extra] };
    expect(namespaceSummaries(withOrphan, new Set(['ns:back'])).get('ns:back')!.policies).toBe(3);
    expectSameAsOneByOne(withOrphan, allNamespaces(g));
  });

  it('has nothing to say when nothing is collapsed', () => {
    expect(namespaceSummaries(graphOf(TWO_NAMESPACES), new Set()).size).toBe(0);
  });
});

describe('SummaryCache', () => {
  // A graph of a generated cluster, and the next graph as a keystroke hands it over: the same node list,
  // the unchanged rule edges the same objects, some gone, some new, some replaced under their id.
  const g = graphOf(generate({ namespaces: 6, workloads: 60, policies: 30 }));
  const ids = collapsedNamespaces(g, Object.fromEntries([...allNamespaces(g)].map((id) => [id, true])));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const moved = (e: PolicyGraph['edges'][number], i: number) =>
    // Another policy and another target for some: the counts of two namespaces change.
    ({ ...e, policyId: i % 2 ? 'ns-1/np-new' : e.policyId, target: g.edges[(i * 13) % g.edges.length].target });
  const next: PolicyGraph = {
    nodes: g.nodes,
    edges: [
      ...g.edges.filter((_, i) => i % 11 !== 0).map((e, i) => (i % 17 === 0 ? moved(e, i) : e)),
      { ...g.edges[0], id: 'zz-new', source: g.edges[5].source, target: g.edges[9].target, policyId: 'ns-2/np-added' },
    ].sort(byId),
  };

  it('counts a changed graph as a fresh count does, and gives the same map back when nothing changed', () => {
    expect(g.edges.length).toBeGreaterThan(100);
    const cache = new SummaryCache();
    const first = cache.summaries(g, ids);
    expect(first).toEqual(namespaceSummaries(g, ids));
    expect(cache.summaries(g, new Set(ids))).toBe(first);
    const changed = cache.summaries(next, ids);
    expect(changed).toEqual(namespaceSummaries(next, ids));
    expect(changed).not.toEqual(first);
    // And back: every count returns to what it was.
    expect(cache.summaries(g, ids)).toEqual(first);
  });

  it('gives the same map back when rules changed but no count did (a port typed)', () => {
    const cache = new SummaryCache();
    const first = cache.summaries(g, ids);
    // Every fifth rule replaced by an equal one under the same id, as a port edit re-derives it.
    const retyped = { nodes: g.nodes, edges: g.edges.map((e, i) => (i % 5 === 0 ? { ...e, label: 'TCP 1' } : e)) };
    expect(cache.summaries(retyped, ids)).toBe(first);
    // A rule whose target moves to another namespace changes a count: a new map, counted right.
    const inside = g.edges.findIndex((e) => e.source.startsWith('wl:ns-0/') && e.target.startsWith('wl:ns-0/'));
    const outside = g.nodes.find((n) => n.parentId && n.parentId !== 'ns:ns-0' && n.kind === 'workload')!;
    expect(inside).toBeGreaterThanOrEqual(0);
    const moved = { nodes: g.nodes, edges: g.edges.map((e, i) => (i === inside ? { ...e, target: outside.id } : e)) };
    const after = cache.summaries(moved, ids);
    expect(after).not.toBe(first);
    expect(after).toEqual(namespaceSummaries(moved, ids));
  });

  it('counts only where the new list was told to differ (edge-replacements.ts), as a fresh count does', () => {
    const inside = g.edges.findIndex((e) => e.source.startsWith('wl:ns-0/') && e.target.startsWith('wl:ns-0/'));
    const outside = g.nodes.find((n) => n.parentId && n.parentId !== 'ns:ns-0' && n.kind === 'workload')!;
    const edges = g.edges.map((e, i) => (i === inside ? { ...e, target: outside.id } : i % 5 === 0 ? { ...e } : e));
    const at = edges.flatMap((e, i) => (e === g.edges[i] ? [] : [i]));
    const cache = new SummaryCache();
    const first = cache.summaries(g, ids);
    tellReplaced(edges, g.edges, at);
    const after = cache.summaries({ nodes: g.nodes, edges }, ids);
    expect(after).toEqual(namespaceSummaries({ nodes: g.nodes, edges }, ids));
    expect(after).not.toEqual(first);
    // It trusts what it is told: told nothing of the moved rule, it counts none of it (so it did not walk).
    const blind = new SummaryCache();
    blind.summaries(g, ids);
    const edges2 = g.edges.map((e, i) => (i === inside ? { ...e, target: outside.id } : e));
    tellReplaced(edges2, g.edges, []);
    expect(blind.summaries({ nodes: g.nodes, edges: edges2 }, ids)).toEqual(first);
  });

  it('counts right when the lists are not sorted by id, and starts again when the nodes or the cards change', () => {
    const cache = new SummaryCache();
    cache.summaries(g, ids);
    const shuffled = { nodes: g.nodes, edges: [...next.edges].reverse() };
    expect(cache.summaries(shuffled, ids)).toEqual(namespaceSummaries(shuffled, ids));
    const fewer = new Set([...ids].slice(0, 2));
    expect(cache.summaries(shuffled, fewer)).toEqual(namespaceSummaries(shuffled, fewer));
    const otherNodes = { nodes: g.nodes.filter((n) => n.kind !== 'workload' || n.id.endsWith('0')), edges: g.edges };
    expect(cache.summaries(otherNodes, fewer)).toEqual(namespaceSummaries(otherNodes, fewer));
    expect(cache.summaries(otherNodes, new Set())).toEqual(new Map());
  });
});
