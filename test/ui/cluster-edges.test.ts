/**
 * The canvas edges of the cluster layer (issue 14): an ANP Deny, an ANP Pass and a NetworkPolicy allow
 * on the same pair of nodes stay three canvas edges, each drawn by its action, and a Deny's pill carries
 * a sign, not only a colour.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { FlowEdges } from '../../src/ui/canvas/to-flow.ts';

const TEXT = readFileSync(join(import.meta.dirname, '../e2e/fixtures/cluster-policies/three-layers.yaml'), 'utf8');

describe('cluster-layer canvas edges', () => {
  const graph = deriveGraph(loadWorkspace([{ name: 'c.yaml', text: TEXT }]));
  const drawn = new Set(graph.nodes.map((n) => n.id));
  const edges = new FlowEdges().of(graph, drawn, new Set());
  const between = (s: string, t: string) => edges.filter((e) => e.source === s && e.target === t);

  it('keeps a Pass and a NetworkPolicy allow on one pair apart, each with its look', () => {
    const apiDb = between('wl:shop/api[Deployment]', 'wl:shop/db[Deployment]');
    const looks = apiDb.map((e) => [e.data!.style ?? 'NetworkPolicy', e.data!.label]);
    expect(looks.sort()).toEqual([
      ['NetworkPolicy', 'TCP 5432'],
      ['pass', '↷ ANP 10 · Pass all ports'],
    ]);
  });

  it('marks a Deny with ⊘ and the error colour on its arrow', () => {
    const [deny] = between('wl:shop/web[Deployment]', 'wl:shop/db[Deployment]');
    expect(deny.data).toMatchObject({ style: 'deny', label: '⊘ ANP 10 · Deny TCP 5432' });
    expect(deny.markerEnd).toMatchObject({ color: 'var(--err)' });
  });

  it('draws the ingress controller route and Allow rules without a sign', () => {
    const [route] = between('ingress-controller', 'wl:shop/web[Deployment]');
    expect(route.data).toMatchObject({ style: 'route', label: 'Ingress shop/shop · TCP 8080' });
    const [allow] = between('pods:monitoring', 'pods:shop').filter((e) => e.data!.style === 'allow');
    expect(allow.data!.label).toBe('ANP 20 · Allow TCP 8080');
  });
});
