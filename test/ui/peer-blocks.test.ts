/**
 * Many peers of one kind outside every namespace (a policy naming hundreds of address ranges) in a large
 * graph: one framed block, its edges bundled at the frame, one per namespace (canvas/peer-blocks.ts).
 * Drawn one by one, 5,000 ranges made a fan of 5,000 edges that took a 6 s task to render.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { FlowEdges, isAggregated, toFlowNodes, type FlowNode } from '../../src/ui/canvas/to-flow.ts';
import {
  blockFrame,
  blockIdOf,
  blockKindOf,
  OUTSIDE_BLOCK_MIN,
  outsideBlocks,
} from '../../src/ui/canvas/peer-blocks.ts';
import { bundledBoxes, toElkBundled } from '../../src/ui/layout/bundled-layout.ts';
import { placeNewNodes } from '../../src/ui/layout/merge-layout.ts';
import { widePolicy } from './fixtures/wide-policy.ts';

const RULES = 800; // 1,600 rule edges: a large graph, drawn as bundles
const graph = deriveGraph(loadWorkspace([{ name: 'wide.yaml', text: widePolicy(RULES) }]));
const cidrs = graph.nodes.filter((n) => n.kind === 'cidr');
const block = blockIdOf('cidr');

async function laidOut() {
  const { elk, members, blocks } = toElkBundled(graph, { root: 'RIGHT', inner: 'RIGHT', aspectRatio: 1.6 });
  const result = await new ELK().layout(elk);
  return { boxes: bundledBoxes(result, members, blocks), result };
}

describe('outsideBlocks', () => {
  it('groups, by kind, the peers outside every box, only past OUTSIDE_BLOCK_MIN of a kind', () => {
    const nodes = [
      ...Array.from({ length: OUTSIDE_BLOCK_MIN + 1 }, (_, i) => ({ id: `c${i}`, kind: 'cidr' })),
      ...Array.from({ length: OUTSIDE_BLOCK_MIN }, (_, i) => ({ id: `p${i}`, kind: 'namespace-pods' })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: `w${i}`, kind: 'workload', parentId: 'ns:a' })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: `ns${i}`, kind: 'namespace' })),
    ];
    const blocks = outsideBlocks(nodes, (n) => 'parentId' in n);
    expect([...blocks.keys()]).toEqual([blockIdOf('cidr')]);
    expect(blocks.get(blockIdOf('cidr'))!.map((n) => n.id)).toEqual(
      nodes.slice(0, OUTSIDE_BLOCK_MIN + 1).map((n) => n.id),
    );
    expect(blockKindOf(blockIdOf('cidr'))).toBe('cidr');
    expect(blockKindOf('cidr:10.0.0.0/8')).toBeUndefined();
  });

  it('frames peers with a title bar above and padding around them', () => {
    const frame = blockFrame([
      { x: 100, y: 200, width: 50, height: 20 },
      { x: 300, y: 260, width: 40, height: 20 },
    ])!;
    expect(frame.x).toBeLessThan(100);
    expect(frame.y).toBeLessThanOrEqual(200 - 38); // a namespace box's title bar (GROUP_HEADER)
    expect(frame.x + frame.width).toBeGreaterThan(340);
    expect(frame.y + frame.height).toBeGreaterThan(280);
    expect(blockFrame([])).toBeUndefined();
  });
});

describe('a large graph with many ranges outside its namespace', () => {
  it('draws one frame around all the ranges, where the layout reserved their block', async () => {
    expect(isAggregated(graph)).toBe(true);
    expect(cidrs).toHaveLength(RULES);
    const { boxes, result } = await laidOut();
    const nodes = toFlowNodes(graph.nodes, boxes, new Set(), new Set(), true);
    const frames = nodes.filter((n) => n.type === 'block');
    expect(frames).toHaveLength(1);
    const [frame] = frames as Extract<FlowNode, { type: 'block' }>[];
    expect(frame.id).toBe(block);
    expect(frame.data).toEqual({ kind: 'cidr', count: RULES });
    expect(frame.selectable).toBe(false);
    expect(frame.draggable).toBe(false);
    const reserved = result.children!.find((c) => c.id === block)!;
    expect(frame.position).toEqual({ x: reserved.x, y: reserved.y });
    expect([frame.width, frame.height]).toEqual([reserved.width, reserved.height]);
    for (const n of cidrs) {
      const b = boxes[n.id];
      expect(b.x).toBeGreaterThan(frame.position.x);
      expect(b.y).toBeGreaterThan(frame.position.y);
      expect(b.x + b.width).toBeLessThan(frame.position.x + frame.width!);
      expect(b.y + b.height).toBeLessThan(frame.position.y + frame.height!);
    }
    // Frames go before the cards (drawn behind them), with the namespace boxes.
    const firstCard = nodes.findIndex((n) => n.type === 'entity');
    expect(nodes.indexOf(frame)).toBeLessThan(firstCard);
  });

  it('bundles the ranges’ rules into one edge from the frame to the namespace box; a selected range draws its own', async () => {
    const { boxes } = await laidOut();
    const nodes = toFlowNodes(graph.nodes, boxes, new Set(), new Set(), true);
    const drawn = new Set(nodes.map((n) => n.id));
    const fromRanges = (edges: ReturnType<FlowEdges['of']>) =>
      edges.filter((e) => e.data!.rules.some((r) => r.source.startsWith('cidr:')));
    const edges = fromRanges(new FlowEdges().of(graph, drawn, new Set()));
    expect(edges).toHaveLength(1);
    expect(edges[0].source).toBe(block);
    expect(edges[0].target).toBe('ns:big');
    expect(edges[0].data!.rules).toHaveLength(RULES);
    expect(edges[0].data!.label).toMatch(/\(800 rules\)$/);

    const one = cidrs[3].id;
    const focused = fromRanges(new FlowEdges().of(graph, drawn, new Set(), new Set([one])));
    const own = focused.filter((e) => e.source === one);
    expect(own).toHaveLength(1);
    expect(own[0].data!.rules.every((r) => r.source === one)).toBe(true);
    const bundle = focused.find((e) => e.source === block)!;
    expect(bundle.data!.rules).toHaveLength(RULES - 1);

    // The namespace selected: its members' edges are drawn to them one by one, but from the block's frame,
    // not from each of its 800 ranges.
    const nsFocused = fromRanges(new FlowEdges().of(graph, drawn, new Set(), new Set(['ns:big'])));
    expect(nsFocused.filter((e) => e.source !== block)).toEqual([]);
    expect(nsFocused.map((e) => e.target)).toEqual(['wl:big/api[Pod]']);
    expect(nsFocused[0].data!.rules).toHaveLength(RULES);
  });

  it('without the frame drawn (its ranges not laid out yet), each range is its own end', async () => {
    const { boxes } = await laidOut();
    const nodes = toFlowNodes(graph.nodes, boxes, new Set(), new Set(), true).filter((n) => n.type !== 'block');
    const edges = new FlowEdges().of(graph, new Set(nodes.map((n) => n.id)), new Set());
    expect(edges.some((e) => e.source === block)).toBe(false);
    expect(edges.filter((e) => e.source.startsWith('cidr:'))).toHaveLength(RULES);
  });
});

describe('a range typed into a policy whose ranges are a block', () => {
  it('takes a free cell of the block, so its frame still covers no namespace box', async () => {
    const { boxes } = await laidOut();
    const more = deriveGraph(loadWorkspace([{ name: 'wide.yaml', text: widePolicy(RULES + 1) }]));
    const added = more.nodes.find((n) => n.kind === 'cidr' && !boxes[n.id])!;
    expect(added).toBeDefined();
    const placed = placeNewNodes(more, boxes);
    const at = placed[added.id];
    const before = blockFrame(cidrs.map((n) => boxes[n.id]))!;
    // Inside the block's frame as it was (its last row has room): the frame does not grow at all.
    expect(at.x).toBeGreaterThanOrEqual(before.x);
    expect(at.y).toBeGreaterThanOrEqual(before.y);
    expect(at.x + at.width).toBeLessThanOrEqual(before.x + before.width);
    expect(at.y + at.height).toBeLessThanOrEqual(before.y + before.height);
    for (const n of more.nodes)
      if (n.id !== added.id && !n.parentId) {
        const b = placed[n.id];
        const apart =
          at.x + at.width <= b.x || b.x + b.width <= at.x || at.y + at.height <= b.y || b.y + b.height <= at.y;
        expect(apart, n.id).toBe(true);
      }
  });
});

describe('a small graph with a block of ranges', () => {
  // 40 rules: 80 rule edges, far from a large graph, but 40 ranges reaching one workload.
  const small = deriveGraph(loadWorkspace([{ name: 'small.yaml', text: widePolicy(40) }]));

  it('bundles only the ranges’ edges at the frame; other edges stay node to node', async () => {
    expect(isAggregated(small)).toBe(false);
    const { elk, members, blocks } = toElkBundled(small, { root: 'RIGHT', inner: 'RIGHT', aspectRatio: 1.6 });
    const boxes = bundledBoxes(await new ELK().layout(elk), members, blocks);
    const nodes = toFlowNodes(small.nodes, boxes, new Set(), new Set(), false);
    expect(nodes.filter((n) => n.type === 'block')).toHaveLength(1);
    const edges = new FlowEdges().of(small, new Set(nodes.map((n) => n.id)), new Set());
    const fromBlock = edges.filter((e) => e.source === block);
    expect(fromBlock).toHaveLength(1);
    expect(fromBlock[0].data!.rules).toHaveLength(40);
    expect(fromBlock[0].data!.rules.every((r) => r.source.startsWith('cidr:'))).toBe(true);
    // The client pods' rules: drawn from the client's own card to the api's, not bundled at any box.
    const others = edges.filter((e) => e.source !== block);
    expect(others.length).toBeGreaterThan(0);
    for (const e of others) {
      for (const r of e.data!.rules) expect([e.source, e.target]).toEqual([r.source, r.target]);
      expect(e.data!.label).not.toMatch(/rules?\)$/); // a pill of ports, as in any small graph, not a count
    }
    expect(others.flatMap((e) => e.data!.rules)).toHaveLength(small.edges.length - 40);
  });
});
