/**
 * Placing new nodes into an arranged graph (issue 11, "Placement"): a new card goes where neither it nor
 * its namespace box, grown to hold it, covers anything; a new namespace comes sized for its members.
 */
import { describe, expect, it } from 'vitest';
import type { GraphNode, PolicyGraph } from '../../src/model/graph/types.ts';
import type { Box } from '../../src/state/layout-slice.ts';
import { placeNodes } from '../../src/ui/canvas/geometry/placement.ts';
import { childSlot, placeNewNodes } from '../../src/ui/layout/merge-layout.ts';

const node = (id: string, kind: GraphNode['kind'], parentId?: string): GraphNode => ({
  id,
  kind,
  label: id,
  ...(parentId ? { parentId } : {}),
  selectedBy: [],
  isolated: { ingress: false, egress: false },
});
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Every pair of top-level boxes, and every pair of siblings, apart. */
function expectNoOverlap(graph: PolicyGraph, boxes: Record<string, Box>) {
  const groups = new Map<string | undefined, string[]>();
  for (const n of graph.nodes) groups.set(n.parentId, [...(groups.get(n.parentId) ?? []), n.id]);
  for (const ids of groups.values())
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        expect(overlap(boxes[ids[i]], boxes[ids[j]]), `${ids[i]} over ${ids[j]}`).toBe(false);
}

describe('childSlot', () => {
  const card = { width: 200, height: 58 };
  // A full one-row box: the next card goes below (the box grows down) or beside (it grows right).
  const group: Box = { x: 0, y: 0, width: 480, height: 140 };
  const siblings: Box[] = [
    { x: 20, y: 62, width: 200, height: 58 },
    { x: 244, y: 62, width: 200, height: 58 },
  ];
  const grownBy = (at: Box): Box => ({
    x: group.x,
    y: group.y,
    width: Math.max(group.width, at.x + at.width + 20),
    height: Math.max(group.height, at.y + at.height + 20),
  });
  it('skips the candidates whose growth would cover the box below, and grows right instead', () => {
    const below: Box = { x: 0, y: 184, width: 300, height: 110 };
    const at = childSlot(card, siblings, group, [below]);
    for (const s of siblings) expect(overlap(at, s)).toBe(false);
    expect(overlap(grownBy(at), below)).toBe(false);
    expect(grownBy(at).width).toBeGreaterThan(group.width);
  });
  it('skips the candidates whose growth would cover the box beside, and grows down instead', () => {
    const beside: Box = { x: 524, y: 0, width: 300, height: 110 };
    const at = childSlot(card, siblings, group, [beside]);
    for (const s of siblings) expect(overlap(at, s)).toBe(false);
    expect(overlap(grownBy(at), beside)).toBe(false);
    expect(grownBy(at).height).toBeGreaterThan(group.height);
  });
  it('uses room the box already has before growing it', () => {
    const group: Box = { x: 0, y: 0, width: 700, height: 140 };
    const at = childSlot(card, [{ x: 20, y: 62, width: 200, height: 58 }], group, []);
    expect(at.x + at.width).toBeLessThanOrEqual(700);
    expect(at.y + at.height).toBeLessThanOrEqual(140);
  });
});

describe('placeNewNodes', () => {
  it("grows a namespace for a template's new member without covering the namespace below it", () => {
    const graph: PolicyGraph = {
      nodes: [
        node('ns:a', 'namespace'),
        node('wl:a/1', 'workload', 'ns:a'),
        node('wl:a/2', 'workload', 'ns:a'),
        node('pods:a', 'namespace-pods', 'ns:a'),
        node('ns:b', 'namespace'),
        node('wl:b/1', 'workload', 'ns:b'),
      ],
      edges: [],
    };
    const prev: Record<string, Box> = {
      'ns:a': { x: 0, y: 0, width: 400, height: 140 },
      'wl:a/1': { x: 20, y: 62, width: 160, height: 58 },
      'wl:a/2': { x: 204, y: 62, width: 160, height: 58 },
      'ns:b': { x: 0, y: 184, width: 400, height: 140 },
      'wl:b/1': { x: 20, y: 62, width: 160, height: 58 },
    };
    const out = placeNewNodes(graph, prev);
    expectNoOverlap(graph, out);
    expect(out['ns:b']).toMatchObject({ x: 0, y: 184 });
  });

  it('sizes a new namespace box for its members, so it covers nothing placed beside it', () => {
    const graph: PolicyGraph = {
      nodes: [
        node('ns:a', 'namespace'),
        node('wl:a/1', 'workload', 'ns:a'),
        node('anywhere', 'anywhere'),
        node('ns:kube-system', 'namespace'),
        node('inf:kube-dns-with-a-long-name-that-makes-a-wide-card', 'inferred', 'ns:kube-system'),
        node('cidr:10.0.0.0/24', 'cidr'),
      ],
      edges: [],
    };
    const prev: Record<string, Box> = {
      'ns:a': { x: 0, y: 0, width: 400, height: 140 },
      'wl:a/1': { x: 20, y: 62, width: 160, height: 58 },
    };
    const out = placeNewNodes(graph, prev);
    expectNoOverlap(graph, out);
    const ks = out['ns:kube-system'];
    const kid = out['inf:kube-dns-with-a-long-name-that-makes-a-wide-card'];
    expect(kid.x + kid.width).toBeLessThanOrEqual(ks.width);
  });
});

describe('placeNodes (drafts)', () => {
  it('gives a draft peer with neither a layout box nor a drop point a free spot (Tidy layout forgot its drop point)', () => {
    const nodes = [node('ns:a', 'namespace'), node('wl:a/1', 'workload', 'ns:a'), node('cidr:10.0.0.0/24', 'cidr')];
    const boxes: Record<string, Box> = {
      'ns:a': { x: 0, y: 0, width: 400, height: 140 },
      'wl:a/1': { x: 20, y: 62, width: 160, height: 58 },
    };
    const out = placeNodes(nodes, boxes, {}, new Set(['cidr:10.0.0.0/24']));
    expect(out['cidr:10.0.0.0/24']).toBeDefined();
    expect(overlap(out['cidr:10.0.0.0/24'], out['ns:a'])).toBe(false);
  });
});
