/**
 * namespacesWithPolicies (ui/canvas/geometry/fit-parts.ts): what the fitted view centres on when the whole
 * graph is too big to read. Collapsed cards count as namespaces: a large cluster starts collapsed, and
 * without them the view opened on an empty corner of the canvas.
 */
import { describe, expect, it } from 'vitest';
import { namespacesWithPolicies, type FitPart } from '../../src/ui/canvas/geometry/fit-parts.ts';

const node = (id: string, type: string, selectedBy: string[], extra: Partial<FitPart> = {}): FitPart => ({
  id,
  type,
  data: { node: { selectedBy } },
  ...extra,
});
const collapsed = (id: string, policies: number, selectedBy: string[] = []): FitPart => ({
  id,
  type: 'collapsed',
  data: { node: { selectedBy }, summary: { policies } },
});
const ids = (parts: FitPart[]) => parts.map((p) => p.id);

describe('namespacesWithPolicies', () => {
  it('takes an expanded namespace whose box or a member of it a policy selects', () => {
    const nodes = [
      node('ns:shop', 'namespace', []),
      node('wl:shop/api', 'entity', ['shop/api-in'], { parentId: 'ns:shop' }),
      node('ns:ops', 'namespace', ['ops/deny-all']),
      node('ns:idle', 'namespace', []),
      node('wl:idle/job', 'entity', [], { parentId: 'ns:idle' }),
    ];
    expect(ids(namespacesWithPolicies(nodes))).toEqual(['ns:shop', 'ns:ops']);
  });

  it('takes a collapsed card by the policies its summary counts, or those selecting it', () => {
    const nodes = [collapsed('ns:a', 3), collapsed('ns:b', 0), collapsed('ns:c', 0, ['c/ns-wide'])];
    expect(ids(namespacesWithPolicies(nodes))).toEqual(['ns:a', 'ns:c']);
  });

  it('never takes a workload or an outside peer itself', () => {
    const nodes = [node('cidr:10.0.0.0/8', 'entity', ['x/egress']), node('wl:a/b', 'entity', ['a/p'])];
    expect(namespacesWithPolicies(nodes)).toEqual([]);
  });
});
