/**
 * The layout of a large graph follows what the canvas draws (bundled-layout.ts): members of a namespace
 * in a grid inside its box, ELK for the boxes and outside peers only, so a 200-workload cluster is laid
 * out compactly instead of as a 38,000 px strip.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { isAggregated } from '../../src/ui/canvas/to-flow.ts';
import { bundledBoxes, memberGrid, toElkBundled } from '../../src/ui/layout/bundled-layout.ts';
import type { Box } from '../../src/state/layout-slice.ts';

const graph = deriveGraph(
  loadWorkspace([{ name: 'cluster.yaml', text: generate({ namespaces: 10, workloads: 200, policies: 60 }) }]),
);
const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) &&
  Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);

describe('toElkBundled', () => {
  it('gives ELK only the top level: namespace boxes and the peers outside them, one edge per pair', () => {
    expect(isAggregated(graph)).toBe(true);
    const { elk } = toElkBundled(graph, { root: 'DOWN', inner: 'RIGHT' });
    const tops = graph.nodes.filter((n) => !n.parentId);
    expect(elk.children!.map((c) => c.id).sort()).toEqual(tops.map((n) => n.id).sort());
    const pairs = elk.edges!.map((e) => `${e.sources[0]}>${e.targets[0]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const e of elk.edges!) expect(e.sources[0]).not.toBe(e.targets[0]);
  });

  it('lays a 200-workload cluster out without overlaps, members inside their box, and compactly', async () => {
    const { elk, members } = toElkBundled(graph, { root: 'DOWN', inner: 'RIGHT', aspectRatio: 1 });
    const boxes = bundledBoxes(await new ELK().layout(elk), members);
    const tops = graph.nodes.filter((n) => !n.parentId).map((n) => boxes[n.id]);
    for (let i = 0; i < tops.length; i++)
      for (let j = i + 1; j < tops.length; j++) expect(overlap(tops[i], tops[j])).toBe(false);
    const byBox = new Map<string, Box[]>();
    for (const n of graph.nodes) {
      if (!n.parentId) continue;
      const b = boxes[n.id];
      const parent = boxes[n.parentId];
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(parent.width);
      expect(b.y + b.height).toBeLessThanOrEqual(parent.height);
      byBox.set(n.parentId, [...(byBox.get(n.parentId) ?? []), b]);
    }
    for (const list of byBox.values())
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) expect(overlap(list[i], list[j])).toBe(false);
    // Compact: within 8× the area of the cards and their gaps (the layout of every rule edge took 47×).
    const cells = graph.nodes
      .filter((n) => n.kind !== 'namespace')
      .reduce((sum, n) => sum + (boxes[n.id].width + 36) * (boxes[n.id].height + 36), 0);
    const x0 = Math.min(...tops.map((b) => b.x)),
      y0 = Math.min(...tops.map((b) => b.y));
    const x1 = Math.max(...tops.map((b) => b.x + b.width)),
      y1 = Math.max(...tops.map((b) => b.y + b.height));
    expect((x1 - x0) * (y1 - y0)).toBeLessThan(8 * cells);
  });
});

describe('memberGrid', () => {
  it('puts members in rows below the title, a box large enough for all of them', () => {
    const nodes = graph.nodes.filter((n) => n.parentId === 'ns:ns-1');
    const grid = memberGrid(nodes);
    const rows = new Set(Object.values(grid.boxes).map((b) => b.y));
    const columns = new Set(Object.values(grid.boxes).map((b) => b.x));
    expect(rows.size).toBeGreaterThan(1);
    expect(columns.size).toBeGreaterThan(1);
    for (const b of Object.values(grid.boxes)) {
      expect(b.y).toBeGreaterThanOrEqual(38); // below the title bar
      expect(b.x + b.width).toBeLessThanOrEqual(grid.width);
      expect(b.y + b.height).toBeLessThanOrEqual(grid.height);
    }
  });
});
