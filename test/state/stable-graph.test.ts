/**
 * stabiliseGraph (src/state/stable-graph.ts): a keystroke keeps the objects of
 * every node and edge it did not change — even when their spans moved — so the
 * canvas redraws only what changed, and spans stay exact.
 */
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph.ts';
import { loadWorkspace } from '../../src/model/workspace.ts';
import { stabiliseGraph } from '../../src/state/stable-graph.ts';

const TEXT = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web, version: v1}}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from:
    - podSelector: {matchLabels: {app: web}}
`;

const graphOf = (text: string) => deriveGraph(loadWorkspace([{ name: 'w.yaml', text }]));

describe('stabiliseGraph', () => {
  it('returns the previous graph itself when nothing changed', () => {
    const a = graphOf(TEXT);
    expect(stabiliseGraph(a, graphOf(TEXT))).toBe(a);
  });

  it('keeps unchanged objects across shifted spans and gives them the new spans', () => {
    const a = graphOf(TEXT);
    const edited = TEXT.replace('version: v1', 'version: v12'); // in the first document: every later span moves
    const fresh = graphOf(edited);
    const b = stabiliseGraph(a, fresh);
    expect(b).toEqual(fresh);
    const web = (g: typeof a) => g.nodes.find((n) => n.id === 'wl:shop/web[Pod]')!;
    const api = (g: typeof a) => g.nodes.find((n) => n.id === 'wl:shop/api[Pod]')!;
    expect(web(b)).not.toBe(web(a)); // its labels changed
    expect(api(b)).toBe(api(a)); // only its span moved
    expect(api(b).span).toEqual(api(fresh).span);
    expect(b.edges[0]).toBe(a.edges[0]);
    expect(b.edges[0].span).toEqual(fresh.edges[0].span);
  });
});
