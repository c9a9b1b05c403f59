/**
 * The collapsed cards' counts computed for all namespaces at once (ui/canvas/navigate/namespace-summaries.ts)
 * say what model/graph/collapse.ts's namespaceSummary says of each namespace on its own.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import { collapsedNamespaces, namespaceSummary } from '../../src/model/graph/collapse.ts';
import type { PolicyGraph } from '../../src/model/graph/types.ts';
import { namespaceSummaries } from '../../src/ui/canvas/navigate/namespace-summaries.ts';
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
