/**
 * stabiliseGraph (src/state/stable-graph.ts): a keystroke keeps the objects of
 * every node and edge it did not change — even when their spans moved — so the
 * canvas redraws only what changed, and spans stay exact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { sameEdgeButSpan, sameNodeButSpan, stabiliseGraph } from '../../src/state/stable-graph.ts';
import { SHOP } from '../sync/fixtures.ts';
import { generate } from '../../bench/generate.ts';

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
    // New lists of the very same objects (what the worker's delta hands over when a keystroke changed nothing).
    expect(stabiliseGraph(a, { nodes: [...a.nodes], edges: [...a.edges] })).toBe(a);
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

  it('keeps every unchanged edge when edges come and go around it', () => {
    // The benchmark's generated workspace (no comments of its own), with a comment typed at the top and one
    // selector changed, so edges appear and disappear across the sorted list.
    const base = generate({ namespaces: 4, workloads: 24, policies: 16 });
    const a = graphOf(base);
    const edited = `# a comment typed at the top\n${base.replace('tier: api', 'tier: web')}`;
    const fresh = graphOf(edited);
    const b = stabiliseGraph(a, fresh);
    expect(b).toEqual(fresh);
    const before = new Map(a.edges.map((e) => [e.id, e]));
    let kept = 0;
    for (const e of b.edges) {
      const old = before.get(e.id);
      if (old && sameEdgeButSpan(old, e)) {
        expect(e).toBe(old);
        kept++;
      }
    }
    expect(kept).toBeGreaterThan(0);
    expect(b.edges.length).not.toBe(a.edges.length);
  });
});

describe('stabiliseGraph on any edit of the edge list', () => {
  // Real edges of the generated workspace. Each one is kept (the same object, as the worker's delta and
  // GraphCache keep them), copied with a moved span (an equal new object), copied with a changed label
  // (a changed edge), or dropped; new edges are inserted in id order. Whatever the mix, the result must
  // equal the new list, hold the old object wherever an equal one existed, and be the old graph itself
  // when nothing changed.
  const base = graphOf(generate({ namespaces: 3, workloads: 12, policies: 8 }));
  const op = fc.constantFrom('keep', 'moved', 'changed', 'dropped');
  it('keeps exactly the equal objects, in order', () => {
    // Derivations sort edges by id, and the walk relies on it.
    expect(base.edges.map((e) => e.id)).toEqual(base.edges.map((e) => e.id).sort());
    fc.assert(
      fc.property(
        fc.array(op, { minLength: base.edges.length, maxLength: base.edges.length }),
        fc.nat(5),
        (ops, added) => {
          const prev = { nodes: base.nodes, edges: base.edges.map((e) => ({ ...e, span: e.span && { ...e.span } })) };
          const next: typeof prev.edges = [];
          prev.edges.forEach((e, i) => {
            if (ops[i] === 'keep') next.push(e);
            else if (ops[i] === 'moved') next.push({ ...e, span: e.span && { ...e.span, offset: e.span.offset + 3 } });
            else if (ops[i] === 'changed') next.push({ ...e, label: `${e.label} changed` });
            if (i < added) next.push({ ...e, id: `${e.id}\u0000new` }); // sorts right after its namesake
          });
          const expected = structuredClone(next);
          const out = stabiliseGraph(prev, { nodes: base.nodes, edges: next });
          expect(out.edges).toEqual(expected);
          const olds = new Map(prev.edges.map((e) => [e.id, e]));
          out.edges.forEach((e, i) => {
            const old = olds.get(e.id);
            expect(e).toBe(old && sameEdgeButSpan(old, next[i]) ? old : next[i]);
          });
          const unchanged = added === 0 && ops.every((o) => o === 'keep' || o === 'moved');
          expect(out === prev).toBe(unchanged);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sameNodeButSpan / sameEdgeButSpan', () => {
  // They compare field by field (for speed): a field they forget would leave a stale card on screen.
  // So every field of real nodes and edges (all kinds, from the commented SHOP fixture), changed at its
  // first leaf, must make them report a difference; only `span` may change unnoticed.
  const perturb = (v: unknown): unknown => {
    if (typeof v === 'string') return `${v}x`;
    if (typeof v === 'number') return v + 1;
    if (typeof v === 'boolean') return !v;
    if (Array.isArray(v)) return v.length ? [perturb(v[0]), ...v.slice(1)] : ['x'];
    if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      if (!entries.length) return { x: 'x' };
      const [[k, first], ...rest] = entries;
      return { [k]: perturb(first), ...Object.fromEntries(rest) };
    }
    return 'x'; // undefined: now set
  };
  const g = deriveGraph(loadWorkspace([{ name: 'shop.yaml', text: SHOP }]));
  const keys = new Set(g.nodes.flatMap((n) => Object.keys(n)));

  it('see a change in any field of a node but its span', () => {
    expect(keys).toEqual(
      new Set([
        'id',
        'kind',
        'label',
        'parentId',
        'namespace',
        'labels',
        'ports',
        'selectedBy',
        'isolated',
        'detail',
        'span',
        'endpoint',
      ]),
    );
    for (const n of g.nodes) {
      expect(sameNodeButSpan(n, structuredClone(n))).toBe(true);
      expect(sameNodeButSpan(n, { ...n, span: n.span ? { ...n.span, offset: n.span.offset + 1 } : undefined })).toBe(
        true,
      );
      for (const k of keys) {
        if (k === 'span') continue;
        const changed = { ...structuredClone(n), [k]: perturb((n as unknown as Record<string, unknown>)[k]) };
        expect(sameNodeButSpan(n, changed as typeof n), `${n.id}: ${k}`).toBe(false);
      }
    }
  });

  it('see a change in any field of an edge but its span', () => {
    for (const e of g.edges) {
      expect(sameEdgeButSpan(e, { ...e })).toBe(true);
      for (const k of Object.keys(e)) {
        if (k === 'span') continue;
        expect(
          sameEdgeButSpan(e, { ...e, [k]: perturb((e as unknown as Record<string, unknown>)[k]) }),
          `${e.id}: ${k}`,
        ).toBe(false);
      }
    }
  });
});
