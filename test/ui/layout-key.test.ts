/**
 * The layout key decides when the canvas runs ELK again: it must change with
 * the structure (nodes, nesting, connections) and only then. It is carried
 * over from the previous graph when the structure is unchanged (typing
 * re-derives the graph on every keystroke), so these tests check that the
 * carried key is the one a fresh computation gives. Fixtures: the commented
 * SHOP workspace, edited the way users type.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { deriveGraph as derive, GraphCache } from '../../src/model/graph/index.ts';
import { stabiliseGraph } from '../../src/state/stable-graph.ts';
import { layoutKeyFromScratch, LayoutKeys } from '../../src/ui/layout/layout-key.ts';
import { SHOP } from '../sync/fixtures.ts';
import { everyTypingSequence } from '../graph/typing-edits.ts';
import type { PolicyGraph } from '../../src/model/graph/types.ts';
import { tellReplaced } from '../../src/model/graph/edge-replacements.ts';

const graphOf = (text: string) => deriveGraph(loadWorkspace([{ name: 'g.yaml', text }]));

describe('LayoutKeys', () => {
  // Each test keys its graphs with a fresh object, as each canvas does.
  let keys = new LayoutKeys();
  beforeEach(() => {
    keys = new LayoutKeys();
  });
  const layoutKeyOf = (graph: PolicyGraph) => keys.of(graph);

  it('keeps the key when only labels, ports or comments change', () => {
    const key = layoutKeyOf(graphOf(SHOP));
    expect(layoutKeyOf(graphOf(SHOP.replace('port: 8080   # api port', 'port: 8081   # api port, moved')))).toBe(key);
    expect(layoutKeyOf(graphOf(SHOP.replace('# second header line', '# a comment typed at the top')))).toBe(key);
  });

  it('changes when a connection or a node changes, and comes back with the structure', () => {
    const key = layoutKeyOf(graphOf(SHOP));
    // web's pods no longer match the `app: web` peer: an inferred node and other edges appear.
    const renamed = layoutKeyOf(
      graphOf(SHOP.replace('app: web  # the web label', 'app: admin  # the web label, renamed')),
    );
    expect(renamed).not.toBe(key);
    // A new workload: a new node, same edges.
    const more = SHOP.replace(
      '---\napiVersion: apps/v1\nkind: StatefulSet',
      '---\napiVersion: v1\nkind: Pod\nmetadata: {name: extra, namespace: shop}\n---\napiVersion: apps/v1\nkind: StatefulSet',
    );
    expect(layoutKeyOf(graphOf(more))).not.toBe(key);
    expect(layoutKeyOf(graphOf(SHOP))).toBe(key);
  });

  it('looks only where the new edge list was told to differ (edge-replacements.ts), and equals the key from scratch', () => {
    const g = graphOf(SHOP);
    const key = layoutKeyOf(g);
    expect(g.edges.length).toBeGreaterThan(2);
    const other = g.nodes.find((n) => n.id !== g.edges[0].target && n.kind !== 'namespace')!;
    // The first edge re-pointed (a connection changed), the second relabelled (a port typed).
    const edges = g.edges.map((e, i) =>
      i === 0 ? { ...e, target: other.id } : i === 1 ? { ...e, label: 'TCP 1' } : e,
    );
    tellReplaced(edges, g.edges, [0, 1]);
    const next = { nodes: g.nodes, edges };
    expect(layoutKeyOf(next)).toBe(layoutKeyFromScratch(next));
    expect(layoutKeyOf(next)).not.toBe(key);
    // It trusts what it is told: told nothing of the re-pointed edge, it keeps the key (so it did not walk).
    const blind = new LayoutKeys();
    blind.of(g);
    const edges2 = g.edges.map((e, i) => (i === 0 ? { ...e, target: other.id } : e));
    tellReplaced(edges2, g.edges, []);
    expect(blind.of({ nodes: g.nodes, edges: edges2 })).toBe(key);
  });

  it('is the same whichever graph came before', () => {
    const edited = SHOP.replace('port: 8080   # api port', 'port: 8081   # api port, moved');
    layoutKeyOf(graphOf(SHOP.replace('app: web  # the web label', 'app: admin  # renamed')));
    const afterOther = layoutKeyOf(graphOf(edited));
    layoutKeyOf(graphOf(SHOP));
    expect(layoutKeyOf(graphOf(edited))).toBe(afterOther);
  });

  it('equals the key computed from scratch over random edit sequences, as the store derives them', () => {
    // The store's own path: a GraphCache and stabiliseGraph, so unchanged edges stay the same objects and
    // the key is updated by the edges that differ.
    everyTypingSequence(
      () => {
        const cache = new GraphCache();
        let shown: PolicyGraph = { nodes: [], edges: [] };
        return (text) => {
          shown = stabiliseGraph(shown, derive(loadWorkspace([{ name: 'g.yaml', text }]), cache));
          expect(layoutKeyOf(shown)).toBe(layoutKeyFromScratch(shown));
        };
      },
      { runs: 60, maxLength: 8 },
    );
  });
});
