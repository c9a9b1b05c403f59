/**
 * Node and edge ids (src/model/graph/ids.ts): the ids users' saved layouts and
 * selections are keyed on keep their spelling, every id parses back to what
 * it was built from (names holding the separators `:` `/` `[` `|` `>` `#`
 * included), and the ids of a derived graph say what its nodes and edges are.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveGraph,
  effectiveEdgeId,
  nodeId,
  parseEffectiveEdgeId,
  parseNodeId,
  parsePeerKey,
  parseRuleEdgeId,
  peerKeyText,
  ruleEdgeId,
  type NodeIdParts,
  type PeerKeyParts,
  type RuleEdgeIdParts,
} from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { SHOP } from '../sync/fixtures.ts';
import { workspaceArb } from '../model/arbitraries.ts';

/** Every kind of node id, as it has always been spelled for valid names. */
const SPELLED: [string, NodeIdParts][] = [
  ['ns:shop', { kind: 'namespace', namespace: 'shop' }],
  ['wl:shop/web[Deployment]', { kind: 'workload', namespace: 'shop', name: 'web', workloadKind: 'Deployment' }],
  ['pods:shop', { kind: 'namespace-pods', namespace: 'shop' }],
  [
    'pods:nssel:team=web|app.kubernetes.io/name=api',
    { kind: 'selected-pods', namespaceSelector: 'team=web', podSelector: 'app.kubernetes.io/name=api' },
  ],
  ['pods:nssel:|', { kind: 'selected-pods', namespaceSelector: '', podSelector: '' }],
  ['inferred:shop/tier in (api,web)', { kind: 'inferred', namespace: 'shop', selector: 'tier in (api,web)' }],
  ['cidr:10.0.0.0/8', { kind: 'cidr', cidr: '10.0.0.0/8', except: [] }],
  [
    'cidr:0.0.0.0/0 except 10.0.0.0/8,192.168.0.0/16',
    { kind: 'cidr', cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '192.168.0.0/16'] },
  ],
  ['cidr:fe80::/10', { kind: 'cidr', cidr: 'fe80::/10', except: [] }],
  ['all-namespaces', { kind: 'all-namespaces' }],
  ['anywhere', { kind: 'anywhere' }],
];

describe('node ids', () => {
  it.each(SPELLED)('%s is built and parsed', (id, parts) => {
    expect(nodeId(parts)).toBe(id);
    expect(parseNodeId(id)).toEqual(parts);
  });

  it('sorts an except list, whatever order the policy gives it in', () => {
    expect(nodeId({ kind: 'cidr', cidr: '0.0.0.0/0', except: ['192.168.0.0/16', '10.0.0.0/8'] })).toBe(
      'cidr:0.0.0.0/0 except 10.0.0.0/8,192.168.0.0/16',
    );
  });

  it('keeps names holding separators apart and parses them back', () => {
    const a: NodeIdParts = { kind: 'workload', namespace: 'a/b', name: 'c', workloadKind: 'Deployment' };
    const b: NodeIdParts = { kind: 'workload', namespace: 'a', name: 'b/c', workloadKind: 'Deployment' };
    expect(nodeId(a)).not.toBe(nodeId(b));
    const odd: NodeIdParts[] = [
      a,
      b,
      { kind: 'workload', namespace: 'x:y', name: 'web[1]', workloadKind: 'K]' },
      { kind: 'namespace', namespace: 'nssel:x' },
      { kind: 'namespace-pods', namespace: 'nssel:x|y' },
      { kind: 'inferred', namespace: 'a/b', selector: 'app=x|y>z#w:v' },
      { kind: 'cidr', cidr: '10.0.0.0/8 except 1.2.3.4/32', except: ['%41', 'a,b'] },
    ];
    for (const parts of odd) expect(parseNodeId(nodeId(parts))).toEqual(parts);
    // Another namespace than "nssel:x|y" read as a selector pair would be a different node.
    expect(parseNodeId('pods:nssel:x|y')).toEqual({ kind: 'selected-pods', namespaceSelector: 'x', podSelector: 'y' });
  });

  it('refuses strings no builder returns', () => {
    for (const id of [
      '',
      'foo',
      'ns',
      'wl:shop/web',
      'wl:shop/web[Deployment]x',
      'inferred:shop',
      'pods:nssel:a|b|c',
      'ns:%41', // `A` needs no escape: not the spelling of any namespace
      'cidr:0.0.0.0/0 except b,a', // unsorted except list
      'edge:shop/api:ingress:anywhere:anywhere>ns:shop',
    ])
      expect(parseNodeId(id), id).toBeUndefined();
  });
});

/** The rule edge ids as derive.test.ts and saved selections spell them. */
const EDGES: [string, RuleEdgeIdParts][] = [
  [
    'edge:shop/api-allow:ingress:ns:shop|pods:app=web:wl:shop/web[Deployment]>wl:shop/api[Deployment]',
    {
      policyId: 'shop/api-allow',
      direction: 'ingress',
      peer: { kind: 'namespace', namespace: 'shop', podSelector: 'app=web' },
      source: 'wl:shop/web[Deployment]',
      target: 'wl:shop/api[Deployment]',
      occurrence: 1,
    },
  ],
  [
    'edge:shop/db:egress:anywhere:wl:shop/db[StatefulSet]>anywhere#2',
    {
      policyId: 'shop/db',
      direction: 'egress',
      peer: { kind: 'anywhere' },
      source: 'wl:shop/db[StatefulSet]',
      target: 'anywhere',
      occurrence: 2,
    },
  ],
  [
    'edge:shop/web:ingress:nssel:team=ops|pods::pods:nssel:team=ops|>pods:shop',
    {
      policyId: 'shop/web',
      direction: 'ingress',
      peer: { kind: 'namespace-selector', namespaceSelector: 'team=ops', podSelector: '' },
      source: 'pods:nssel:team=ops|',
      target: 'pods:shop',
      occurrence: 1,
    },
  ],
];

describe('rule edge ids', () => {
  it.each(EDGES)('%s is built and parsed', (id, parts) => {
    expect(ruleEdgeId(parts)).toBe(id);
    expect(parseRuleEdgeId(id)).toEqual(parts);
  });

  it('parses an IPv6 block as a peer: its colons do not end the peer key', () => {
    const parts: RuleEdgeIdParts = {
      policyId: 'shop/web',
      direction: 'egress',
      peer: { kind: 'cidr', cidr: 'fe80::/10', except: ['fe80::1/128'] },
      source: 'wl:shop/web[Deployment]',
      target: 'cidr:fe80::/10 except fe80::1/128',
      occurrence: 1,
    };
    expect(parseRuleEdgeId(ruleEdgeId(parts))).toEqual(parts);
  });

  it('refuses strings no builder returns', () => {
    for (const id of [
      'edge:',
      'edge:shop/api:sideways:anywhere:anywhere>ns:shop',
      'edge:shop/api:ingress:anywhere:anywhere',
      'edge:shop/api:ingress:anywhere:anywhere>nowhere',
      'edge:shop/api:ingress:anywhere:anywhere>ns:shop#1',
      'edge:shop/api:ingress:anywhere:anywhere>ns:shop#x',
      'ns:shop',
    ])
      expect(parseRuleEdgeId(id), id).toBeUndefined();
  });
});

describe('effective flow ids', () => {
  it('are built over node ids and parsed back', () => {
    expect(effectiveEdgeId('wl:shop/web[Deployment]', 'anywhere')).toBe('eff:wl:shop/web[Deployment]>anywhere');
    expect(parseEffectiveEdgeId('eff:wl:shop/web[Deployment]>anywhere')).toEqual({
      source: 'wl:shop/web[Deployment]',
      target: 'anywhere',
    });
    expect(parseEffectiveEdgeId('eff:wl:shop/web[Deployment]')).toBeUndefined();
  });
});

// ---- properties ---------------------------------------------------------------------------------------

/** Short strings over the separators, the escape character and a few ordinary characters. */
const text = fc.string({ unit: fc.constantFrom(...':/[]|>#%, -.=a1A'), maxLength: 8 });
const sortedTexts = fc.array(text, { maxLength: 3 }).map((xs) => xs.sort());

const nodePartsArb: fc.Arbitrary<NodeIdParts> = fc.oneof(
  fc.record({ kind: fc.constant('namespace' as const), namespace: text }),
  fc.record({ kind: fc.constant('workload' as const), namespace: text, name: text, workloadKind: text }),
  fc.record({ kind: fc.constant('namespace-pods' as const), namespace: text }),
  fc.record({ kind: fc.constant('selected-pods' as const), namespaceSelector: text, podSelector: text }),
  fc.record({ kind: fc.constant('inferred' as const), namespace: text, selector: text }),
  fc.record({ kind: fc.constant('cidr' as const), cidr: text, except: sortedTexts }),
  fc.constant<NodeIdParts>({ kind: 'all-namespaces' }),
  fc.constant<NodeIdParts>({ kind: 'anywhere' }),
);

const peerPartsArb: fc.Arbitrary<PeerKeyParts> = fc.oneof(
  fc.record({ kind: fc.constant('cidr' as const), cidr: text, except: sortedTexts }),
  fc.record({ kind: fc.constant('namespace' as const), namespace: text, podSelector: text }),
  fc.record({ kind: fc.constant('namespace-selector' as const), namespaceSelector: text, podSelector: text }),
  fc.constant<PeerKeyParts>({ kind: 'all-namespaces' }),
  fc.constant<PeerKeyParts>({ kind: 'anywhere' }),
);

const edgePartsArb: fc.Arbitrary<RuleEdgeIdParts> = fc.record({
  policyId: text,
  direction: fc.constantFrom('ingress' as const, 'egress' as const),
  peer: peerPartsArb,
  source: nodePartsArb.map(nodeId),
  target: nodePartsArb.map(nodeId),
  occurrence: fc.integer({ min: 1, max: 12 }),
});

describe('ids, property', () => {
  it('parse(build(x)) = x for node ids', () => {
    fc.assert(
      fc.property(nodePartsArb, (parts) => {
        expect(parseNodeId(nodeId(parts))).toEqual(parts);
      }),
    );
  });

  it('parse(build(x)) = x for peer keys', () => {
    fc.assert(
      fc.property(peerPartsArb, (parts) => {
        expect(parsePeerKey(peerKeyText(parts))).toEqual(parts);
      }),
    );
  });

  it('parse(build(x)) = x for rule edge ids', () => {
    fc.assert(
      fc.property(edgePartsArb, (parts) => {
        expect(parseRuleEdgeId(ruleEdgeId(parts))).toEqual(parts);
      }),
    );
  });

  it('parse(build(x)) = x for effective flow ids', () => {
    fc.assert(
      fc.property(nodePartsArb.map(nodeId), nodePartsArb.map(nodeId), (source, target) => {
        expect(parseEffectiveEdgeId(effectiveEdgeId(source, target))).toEqual({ source, target });
      }),
    );
  });
});

describe('ids of a derived graph', () => {
  /** The node's id says what its data says: kind and namespace (never read off the label). */
  const agrees = (graph: ReturnType<typeof deriveGraph>) => {
    for (const n of graph.nodes) {
      const parts = parseNodeId(n.id);
      expect(parts, n.id).toBeDefined();
      const kind = parts!.kind === 'selected-pods' ? 'namespace-pods' : parts!.kind;
      expect(kind, n.id).toBe(n.kind);
      if ('namespace' in parts!) expect(parts.namespace, n.id).toBe(n.namespace);
      if (parts!.kind === 'workload')
        expect(n.endpoint).toMatchObject({ name: parts!.name, kind: parts!.workloadKind });
    }
    for (const e of graph.edges) {
      expect(parseRuleEdgeId(e.id), e.id).toMatchObject({
        policyId: e.policyId,
        direction: e.direction,
        source: e.source,
        target: e.target,
      });
    }
  };

  it('parse back to the nodes and edges of the shop workspace', () => {
    agrees(deriveGraph(loadWorkspace([{ name: 'g.yaml', text: SHOP }])));
  });

  it('parse back for names Kubernetes would refuse but the workspace still draws', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: { name: "web/v1[a]", namespace: "team:a" }
spec: { template: { metadata: { labels: { app: web } } } }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: "in:web", namespace: "team:a" }
spec:
  podSelector: { matchLabels: { app: web } }
  ingress:
    - from: [{ podSelector: { matchLabels: { app: "x|y" } } }, { ipBlock: { cidr: "2001:db8::/32" } }]
`;
    const graph = deriveGraph(loadWorkspace([{ name: 'g.yaml', text }]));
    agrees(graph);
    expect(parseNodeId(graph.nodes.find((n) => n.kind === 'workload')!.id)).toEqual({
      kind: 'workload',
      namespace: 'team:a',
      name: 'web/v1[a]',
      workloadKind: 'Deployment',
    });
    expect(graph.edges).toHaveLength(2);
  });

  it('parse back for random workspaces', () => {
    fc.assert(
      fc.property(workspaceArb, (ws) => {
        agrees(deriveGraph(ws));
      }),
      { numRuns: 100 },
    );
  });
});
