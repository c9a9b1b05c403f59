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
import { OUTSIDE_BLOCK_MIN } from '../../src/ui/canvas/peer-blocks.ts';
import { gridLayout } from '../../src/ui/layout/elk-graph.ts';
import { widePolicy } from './fixtures/wide-policy.ts';
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

describe('peers of one kind outside every box, past OUTSIDE_BLOCK_MIN', () => {
  // A policy naming 60 address ranges (and pods of its own namespace): too many ranges for ELK to place one
  // by one in a large graph (5,000 of them made it give up after 15 s).
  const ranges = 60;
  const wide = deriveGraph(loadWorkspace([{ name: 'wide.yaml', text: widePolicy(ranges) }]));
  const cidrs = wide.nodes.filter((n) => n.kind === 'cidr');
  const shape = { root: 'RIGHT', inner: 'RIGHT', aspectRatio: 1.6 } as const;

  it('are one block for ELK, joined to a box by one edge', () => {
    expect(cidrs.length).toBe(ranges);
    expect(ranges).toBeGreaterThan(OUTSIDE_BLOCK_MIN);
    const { elk, blocks } = toElkBundled(wide, shape);
    const ids = elk.children!.map((c) => c.id);
    for (const n of cidrs) expect(ids).not.toContain(n.id);
    expect(blocks.size).toBe(1);
    const [[block, members]] = [...blocks];
    expect([...members].sort()).toEqual(cidrs.map((n) => n.id).sort());
    expect(ids).toContain(block);
    expect(elk.edges!.filter((e) => e.sources[0] === block)).toHaveLength(1);
  });

  it('land in a grid beside the boxes: every range placed, none overlapping another or a box, rows not a strip', async () => {
    const { elk, members, blocks } = toElkBundled(wide, shape);
    const result = await new ELK().layout(elk);
    const boxes = bundledBoxes(result, members, blocks);
    const placed = cidrs.map((n) => boxes[n.id]);
    // Where ELK put the block, the ranges are.
    const block = result.children!.find((c) => blocks.has(c.id))!;
    for (const b of placed) {
      expect(b.x).toBeGreaterThanOrEqual(block.x!);
      expect(b.y).toBeGreaterThanOrEqual(block.y!);
      expect(b.x + b.width).toBeLessThanOrEqual(block.x! + block.width!);
      expect(b.y + b.height).toBeLessThanOrEqual(block.y! + block.height!);
    }
    for (const b of placed) for (const v of [b.x, b.y, b.width, b.height]) expect(Number.isFinite(v)).toBe(true);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i], placed[j])).toBe(false);
    const namespaces = wide.nodes.filter((n) => n.kind === 'namespace').map((n) => boxes[n.id]);
    for (const b of placed) for (const ns of namespaces) expect(overlap(b, ns)).toBe(false);
    // A block's own id is no node: it gets no box.
    for (const id of blocks.keys()) expect(boxes[id]).toBeUndefined();
    const width = Math.max(...placed.map((b) => b.x + b.width)) - Math.min(...placed.map((b) => b.x));
    const height = Math.max(...placed.map((b) => b.y + b.height)) - Math.min(...placed.map((b) => b.y));
    expect(width / height).toBeLessThan(8);
  });

  it('a few peers of a kind stay single nodes for ELK', () => {
    const few = wide.nodes.filter((n) => n.kind !== 'cidr' || cidrs.indexOf(n) < OUTSIDE_BLOCK_MIN);
    const keep = new Set(few.map((n) => n.id));
    const graph = { nodes: few, edges: wide.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
    const { elk, blocks } = toElkBundled(graph, shape);
    expect(blocks.size).toBe(0);
    const ids = elk.children!.map((c) => c.id);
    for (const n of few) if (n.kind === 'cidr') expect(ids).toContain(n.id);
  });
});

describe('gridLayout, the fallback when ELK fails', () => {
  it('puts many outside peers in rows, not in one strip', () => {
    const graph = deriveGraph(
      loadWorkspace([{ name: 'c.yaml', text: generate({ namespaces: 4, workloads: 20, policies: 8 }) }]),
    );
    const extra = Array.from({ length: 200 }, (_, i) => ({
      id: `cidr:10.${i}.0.0/16`,
      kind: 'cidr' as const,
      label: `10.${i}.0.0/16`,
      selectedBy: [],
      isolated: { ingress: false, egress: false },
    }));
    const boxes = gridLayout({ nodes: [...graph.nodes, ...extra], edges: graph.edges });
    const placed = extra.map((n) => boxes[n.id]);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i], placed[j])).toBe(false);
    const width = Math.max(...placed.map((b) => b.x + b.width));
    expect(width).toBeLessThan(10_000); // one row of them: over 40,000 px
    // The namespace boxes start below them.
    const below = Math.max(...placed.map((b) => b.y + b.height));
    for (const n of graph.nodes) if (n.kind === 'namespace') expect(boxes[n.id].y).toBeGreaterThan(below);
  });
});
