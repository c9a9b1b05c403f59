import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { gridLayout, toElk } from '../../src/ui/layout/elk-graph.ts';

// Regression: with POLYLINE routing, ELK 0.12 threw "Cannot read properties of null (reading 'a')" on the
// generated benchmark workspaces (namespace boxes with SOUTH ports in RIGHT-directed layers), so a pasted
// cluster got no layout at all.
const text = generate({ namespaces: 20, workloads: 200, policies: 60 });
const graph = deriveGraph(loadWorkspace([{ name: 'generated.yaml', text }]));

type Abs = { id: string; x: number; y: number; w: number; h: number };
const siblingsOverlap = (set: Abs[]): string | undefined => {
  for (let i = 0; i < set.length; i++)
    for (let j = i + 1; j < set.length; j++) {
      const a = set[i],
        b = set[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) return `${a.id} overlaps ${b.id}`;
    }
  return undefined;
};

describe('layout of a generated workspace', () => {
  it('has every kind of peer the canvas draws', () => {
    const kinds = new Set(graph.nodes.map((n) => n.kind));
    for (const k of ['namespace', 'workload', 'inferred', 'cidr', 'namespace-pods']) expect(kinds, k).toContain(k);
    // Cross-namespace flows (through namespace ports).
    const parent = new Map(graph.nodes.map((n) => [n.id, n.parentId]));
    expect(
      graph.edges.some(
        (e) => parent.get(e.source) && parent.get(e.target) && parent.get(e.source) !== parent.get(e.target),
      ),
    ).toBe(true);
  });

  it('lays out with real elkjs: every node placed at a finite position, no siblings overlapping', async () => {
    const result = await new ELK().layout(toElk(graph));
    const boxes = new Map<string, ElkNode>();
    const walk = (n: ElkNode) => (n.children ?? []).forEach((c) => (boxes.set(c.id, c), walk(c)));
    walk(result);
    for (const n of graph.nodes) {
      const b = boxes.get(n.id);
      expect(b, n.id).toBeDefined();
      for (const v of [b!.x, b!.y, b!.width, b!.height]) expect(Number.isFinite(v), `${n.id}: ${v}`).toBe(true);
    }
    const abs = (c: ElkNode): Abs => ({ id: c.id, x: c.x!, y: c.y!, w: c.width!, h: c.height! });
    expect(siblingsOverlap((result.children ?? []).map(abs))).toBeUndefined();
    for (const group of result.children ?? []) expect(siblingsOverlap((group.children ?? []).map(abs))).toBeUndefined();
  }, 120_000);

  it('gridLayout (the fallback when ELK fails) places every node without overlapping siblings', () => {
    const boxes = gridLayout(graph);
    for (const n of graph.nodes) {
      const b = boxes[n.id];
      expect(b, n.id).toBeDefined();
      for (const v of [b.x, b.y, b.width, b.height]) expect(Number.isFinite(v)).toBe(true);
    }
    const byParent = new Map<string, Abs[]>();
    for (const n of graph.nodes) {
      const key = n.parentId ?? '';
      const b = boxes[n.id];
      byParent.set(key, [...(byParent.get(key) ?? []), { id: n.id, x: b.x, y: b.y, w: b.width, h: b.height }]);
    }
    for (const set of byParent.values()) expect(siblingsOverlap(set)).toBeUndefined();
    // Children fit inside their namespace box (positions are relative to it).
    for (const n of graph.nodes)
      if (n.parentId) {
        const b = boxes[n.id],
          p = boxes[n.parentId];
        expect(b.x + b.width).toBeLessThanOrEqual(p.width);
        expect(b.y + b.height).toBeLessThanOrEqual(p.height);
      }
  });
});
