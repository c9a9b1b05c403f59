/** Diagnostics → the nodes and edges they are about, by span offsets (model/graph/diagnostic-targets.ts). */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import {
  diagnosticsOfEdge,
  diagnosticTargets,
  placeInPolicies,
  targetsByDiagnostic,
} from '../../src/model/graph/diagnostic-targets.ts';
import { graphOf, TWO_NAMESPACES } from './fixture.ts';

/** A warning on the first occurrence of `needle` (after `after`) in the fixture text. */
function at(needle: string, after = ''): Diagnostic {
  const offset = TWO_NAMESPACES.indexOf(needle, after ? TWO_NAMESPACES.indexOf(after) : 0);
  if (offset < 0) throw new Error(`not in fixture: ${needle}`);
  return {
    file: 'g.yaml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset,
    endOffset: offset + needle.length,
    severity: 'warning',
    rule: 'test',
    message: `about ${needle}`,
  };
}

describe('diagnosticTargets', () => {
  const g = graphOf(TWO_NAMESPACES);

  it('marks the workload whose manifest holds the diagnostic', () => {
    const d = at('image: example/db');
    const t = diagnosticTargets(g, [d]);
    expect([...t.nodes.keys()]).toEqual(['wl:back/db[Deployment]']);
    expect(t.nodes.get('wl:back/db[Deployment]')).toEqual([d]);
    expect(t.edges.size).toBe(0);
  });

  it("marks the rule edge of the peer the diagnostic is in, not the policy's other rules", () => {
    const inPeer = at('app: web', 'port: 8080\n    - from:'); // the peer of api-ingress's second rule
    const t = diagnosticTargets(g, [inPeer]);
    const edges = [...t.edges.keys()];
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatch(/^edge:back\/api-ingress:ingress:.*#2$/);
    expect(t.nodes.size).toBe(0);
  });

  it('marks every edge of a policy for a problem outside its peers, given the policy spans', () => {
    const d = at('policyTypes: [Egress]');
    const start = TWO_NAMESPACES.indexOf('name: web-egress');
    const span = { file: 'g.yaml', offset: start, endOffset: TWO_NAMESPACES.length, line: 1, column: 1 };
    const t = diagnosticTargets(g, [d], [{ id: 'front/web-egress', span }]);
    const own = g.edges.filter((e) => e.policyId === 'front/web-egress');
    expect(own.length).toBe(1);
    for (const e of own) expect(diagnosticsOfEdge(t, e)).toEqual([d]);
    // …and no edge of another policy.
    for (const e of g.edges.filter((x) => x.policyId !== 'front/web-egress'))
      expect(diagnosticsOfEdge(t, e)).toEqual([]);
  });

  it('marks the selected nodes of a policy that has no edges', () => {
    const start = TWO_NAMESPACES.indexOf('name: db-ingress');
    const span = { file: 'g.yaml', offset: start, endOffset: start + 40, line: 1, column: 1 };
    const bare = { nodes: g.nodes, edges: g.edges.filter((e) => e.policyId !== 'back/db-ingress') };
    const t = diagnosticTargets(bare, [at('name: db-ingress')], [{ id: 'back/db-ingress', span }]);
    expect([...t.nodes.keys()]).toEqual(['wl:back/db[Deployment]']);
  });

  it('marks the namespace box of a Namespace manifest', () => {
    const t = diagnosticTargets(g, [at('name: back')]);
    expect([...t.nodes.keys()]).toEqual(['ns:back']);
  });

  it('ignores diagnostics outside every drawn span or of another file', () => {
    const outside = at('policyTypes: [Egress]');
    const elsewhere = { ...at('image: example/db'), file: 'other.yaml' };
    const t = diagnosticTargets(g, [outside, elsewhere]);
    expect(t.nodes.size + t.edges.size).toBe(0);
  });
});

describe('the one-pass sweep', () => {
  // Reference: the plain definition, every spanned element checked one by one.
  function naive(g: ReturnType<typeof graphOf>, d: Diagnostic): string[] {
    const all = [...g.nodes, ...g.edges].filter((x) => x.span && x.span.file === d.file);
    const hits = all.filter(
      (x) => x.span!.offset <= d.offset && d.offset < Math.max(x.span!.endOffset, x.span!.offset + 1),
    );
    if (hits.length === 0) return [];
    const narrowest = Math.min(...hits.map((h) => h.span!.endOffset - h.span!.offset));
    return hits.filter((h) => h.span!.endOffset - h.span!.offset === narrowest).map((h) => h.id);
  }
  const g = graphOf(TWO_NAMESPACES);

  it('finds, at every offset of the fixture, exactly the innermost elements the plain scan finds', () => {
    // Every offset at once, in reverse order: the sweep must not depend on the order it is given.
    const ds: Diagnostic[] = [];
    for (let offset = TWO_NAMESPACES.length; offset >= 0; offset--)
      ds.push({ ...at('kind'), offset, endOffset: offset });
    const all = targetsByDiagnostic(g, ds);
    const mismatches = ds
      .filter((d, i) => [...all[i].nodes, ...all[i].edges].sort().join() !== naive(g, d).sort().join())
      .map((d) => d.offset);
    expect(mismatches).toEqual([]);
    // The fixture must exercise both kinds, or this test proves nothing.
    expect(g.nodes.some((n) => n.span) && g.edges.some((e) => e.span)).toBe(true);
  });
});

describe('placeInPolicies', () => {
  const g = graphOf(TWO_NAMESPACES);
  const start = TWO_NAMESPACES.indexOf('name: web-egress');
  const span = { file: 'g.yaml', offset: start, endOffset: TWO_NAMESPACES.length, line: 1, column: 1 };

  it('names the policy a problem is written in, so the canvas needs no policy spans later', () => {
    const inside = at('policyTypes: [Egress]');
    const outside = at('image: example/db');
    const [placed, untouched] = placeInPolicies([inside, outside], [{ id: 'front/web-egress', span }]);
    expect(placed.policy).toBe('front/web-egress');
    expect(untouched).toBe(outside);
    const t = diagnosticTargets(g, [placed]);
    const own = g.edges.filter((e) => e.policyId === 'front/web-egress');
    for (const e of own) expect(diagnosticsOfEdge(t, e)).toEqual([placed]);
  });
});
