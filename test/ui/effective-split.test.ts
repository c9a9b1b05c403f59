/**
 * The effective canvas draws or counts every connectivity-list line: unrestricted address flows of
 * many workloads no policy isolates are counted in the legend instead of drawn one by one, and the
 * address ends the rules view does not draw get a box that covers no node.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { connlistEntries } from '../../src/model/analysis/connlist.ts';
import { effectiveFlows } from '../../src/model/analysis/effective.ts';
import { deriveGraph } from '../../src/model/graph/derive.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { overlaps } from '../../src/ui/canvas/geometry/placement.ts';
import {
  UNRESTRICTED_EDGE_LIMIT,
  drawnFlows,
  effectiveGraph,
  isInferredView,
  splitFlows,
  withOutsideBoxes,
} from '../../src/ui/effective/to-effective.ts';

// 20 pods, none isolated but `db`, which accepts web on 5432 and 10.0.0.0/8 on 443.
const pods = Array.from(
  { length: 20 },
  (_, i) => `kind: Pod\nmetadata: {name: p${i}, namespace: app, labels: {app: p${i}}}`,
);
const ws = loadWorkspace([
  {
    name: 't.yaml',
    text: [
      ...pods,
      `kind: NetworkPolicy
metadata: {name: db, namespace: app}
spec:
  podSelector: {matchLabels: {app: p0}}
  ingress:
    - from: [{podSelector: {matchLabels: {app: p1}}}]
      ports: [{port: 5432}]
    - from: [{ipBlock: {cidr: 10.0.0.0/8}}]
      ports: [{port: 443}]`,
    ].join('\n---\n'),
  },
]);

describe('effective canvas: every connectivity-list line drawn or counted', () => {
  const flows = effectiveFlows(ws);
  const { shown, counted } = splitFlows(flows);

  it('counts the unrestricted address flows of many open workloads instead of drawing them', () => {
    expect(counted.length).toBeGreaterThan(UNRESTRICTED_EDGE_LIMIT);
    expect(counted.every((f) => f.unrestricted && f.label === 'All Connections')).toBe(true);
    // p0's ingress from 10.0.0.0/8 is isolated and specific: it is drawn, from its CIDR.
    expect(shown.map((f) => f.id)).toContain('eff:cidr:10.0.0.0/8>wl:app/p0[Pod]');
    expect(shown.some((f) => f.unrestricted)).toBe(false);
  });

  it('drawn lines plus counted lines are the connectivity list, line for line', () => {
    const all = connlistEntries(analyzeConnectivity(ws)).length;
    const nodes = new Set(effectiveGraph(deriveGraph(ws), shown).nodes.map((n) => n.id));
    const drawn = drawnFlows(shown, nodes);
    const lines = (fs: typeof flows) => fs.reduce((n, f) => n + f.lines, 0);
    expect(drawn).toHaveLength(shown.length);
    expect(lines(drawn) + lines(counted)).toBe(all);
  });

  it('an address end the rules view lacks gets a box clear of every node', () => {
    // Rules view: only `cidr:10.0.0.0/8` is an address end. p5 (unrestricted) → anywhere makes it draw `anywhere`.
    const few = flows.filter((f) => !f.unrestricted || f.id === 'eff:wl:app/p5[Pod]>anywhere');
    const rules = deriveGraph(ws);
    const shownGraph = effectiveGraph(rules, few);
    expect(shownGraph.nodes.map((n) => n.id)).toContain('anywhere');
    const boxes = Object.fromEntries(
      rules.nodes.map((n, i) => [
        n.id,
        { x: 100 + (i % 5) * 200, y: 40 + Math.floor(i / 5) * 80, width: 160, height: 44 },
      ]),
    );
    const placed = withOutsideBoxes(shownGraph, rules, boxes);
    const others = shownGraph.nodes.filter((n) => n.id !== 'anywhere').map((n) => placed[n.id]);
    expect(others.some((b) => overlaps(placed.anywhere, b))).toBe(false);
  });

  it('policies alone: the view says its nodes are stand-ins', () => {
    const policiesOnly = loadWorkspace([
      { name: 'p.yaml', text: 'kind: NetworkPolicy\nmetadata: {name: d, namespace: x}\nspec: {podSelector: {}}' },
    ]);
    expect(isInferredView(deriveGraph(policiesOnly))).toBe(true);
    expect(isInferredView(deriveGraph(ws))).toBe(false);
    // Deny-all: no flow, but the "all pods in x" node stays on the canvas.
    expect(effectiveGraph(deriveGraph(policiesOnly), []).nodes.map((n) => n.id)).toEqual(['ns:x', 'pods:x']);
  });
});
