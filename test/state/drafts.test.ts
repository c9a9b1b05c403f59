/**
 * Draft peers (a CIDR or "all namespaces" dropped from the palette, in no rule
 * yet) are saved with the workspace as what they are, and restored as the
 * nodes the palette makes; malformed saved data is dropped, never trusted.
 */
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { allNamespacesDraft, cidrDraft, restoreDrafts, saveDrafts } from '../../src/state/drafts.ts';

describe('saved drafts', () => {
  it('round-trips CIDR and all-namespaces drafts', () => {
    const drafts = {
      [cidrDraft('203.0.113.0/24').id]: cidrDraft('203.0.113.0/24'),
      [allNamespacesDraft().id]: allNamespacesDraft(),
    };
    const saved = JSON.parse(JSON.stringify(saveDrafts(drafts)));
    expect(saved).toEqual([{ kind: 'cidr', cidr: '203.0.113.0/24' }, { kind: 'all-namespaces' }]);
    expect(restoreDrafts(saved)).toEqual(drafts);
  });

  it('gives a draft the id the graph gives the same peer once a rule names it', () => {
    // A policy (with a comment) whose egress rule names the block: its node must replace the draft, same id.
    const text = `# egress to the partner network
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: out, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to:
    - ipBlock: {cidr: 203.0.113.0/24}   # partner
    - namespaceSelector: {}
`;
    const ids = deriveGraph(loadWorkspace([{ name: 'w.yaml', text }])).nodes.map((n) => n.id);
    expect(ids).toContain(cidrDraft('203.0.113.0/24').id);
    expect(ids).toContain(allNamespacesDraft().id);
  });

  it('drops malformed entries', () => {
    expect(restoreDrafts(undefined)).toEqual({});
    expect(restoreDrafts({ kind: 'cidr', cidr: '10.0.0.0/8' })).toEqual({});
    const restored = restoreDrafts([
      null,
      7,
      { kind: 'cidr' },
      { kind: 'cidr', cidr: 42 },
      { kind: 'pod' },
      { kind: 'cidr', cidr: 'x'.repeat(200) },
      { kind: 'cidr', cidr: '10.0.0.0/8' },
    ]);
    expect(Object.keys(restored)).toEqual(['cidr:10.0.0.0/8']);
  });
});
