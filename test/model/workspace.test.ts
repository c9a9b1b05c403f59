/**
 * Loading manifests into the workspace model: what the graph, the analysis and
 * the CLI see when a user pastes YAML/JSON, `kubectl get -o yaml` lists, or
 * hostile input. Workload naming must be netpol-analyzer's (oracle README).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { formatConnlist } from '../../src/model/analysis/connlist.ts';
import { parseSource } from '../../src/model/manifests/source.ts';
import { buildWorkspace, loadWorkspace } from '../../src/model/manifests/workspace.ts';

const load = (text: string, name = 'a.yaml') => loadWorkspace([{ name, text }]);

describe('object kinds', () => {
  it('reads NetworkPolicy, Namespace, Pod and every workload kind with its pod template', () => {
    const ws = load(`
apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: a}}
---
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{ports: [{name: http, containerPort: 8080}]}]}}}
---
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec: {template: {metadata: {labels: {app: db}}}}
---
kind: DaemonSet
metadata: {name: agent}
spec: {template: {metadata: {labels: {app: agent}}}}
---
kind: ReplicaSet
metadata: {name: rs}
---
kind: ReplicationController
metadata: {name: rc}
---
kind: Job
metadata: {name: job}
spec: {template: {metadata: {labels: {app: job}}}}
---
kind: CronJob
metadata: {name: cron}
spec: {jobTemplate: {spec: {template: {metadata: {labels: {app: cron}}}}}}
---
kind: Pod
metadata: {name: lone}
---
kind: NetworkPolicy
metadata: {name: np, namespace: shop}
spec: {podSelector: {}}
`);
    expect(ws.workloads.map((w) => w.id)).toEqual([
      'shop/web[Deployment]',
      'shop/db[StatefulSet]',
      'default/agent[DaemonSet]',
      'default/rs[ReplicaSet]',
      'default/rc[ReplicationController]',
      'default/job[Job]',
      'default/cron[CronJob]',
      'default/lone[Pod]',
    ]);
    expect(ws.workloads[0].labels).toEqual({ app: 'web' });
    expect(ws.workloads[0].ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(ws.workloads[6].labels).toEqual({ app: 'cron' });
    expect(ws.policies.map((p) => p.id)).toEqual(['shop/np']);
  });

  it('other kinds are ignored with an info diagnostic at the object', () => {
    const ws = load('kind: Pod\nmetadata: {name: p}\n---\nkind: Service\nmetadata: {name: s}\n');
    const d = ws.diagnostics.find((x) => x.rule === 'ignored-kind')!;
    expect(d.severity).toBe('info');
    expect(d.line).toBe(4);
    expect(d.message).toContain('Service');
  });

  it('expands List / PodList / NamespaceList, inferring item kinds from the list kind', () => {
    const ws = load(`
kind: List
items:
- kind: NetworkPolicy
  metadata: {name: np}
- kind: PodList
  items:
  - metadata: {name: p1, namespace: a}
---
kind: NamespaceList
items:
- metadata: {name: b, labels: {x: y}}
`);
    expect(ws.policies).toHaveLength(1);
    expect(ws.workloads.map((w) => w.id)).toEqual(['a/p1[Pod]']);
    expect(ws.namespaces.get('b')!.labels).toEqual({ x: 'y', 'kubernetes.io/metadata.name': 'b' });
  });

  it('reads JSON (kubectl get -o json) with positions', () => {
    const ws = load('{"kind":"PodList","items":[{"metadata":{"name":"p","labels":{"app":"x"}}}]}', 'pods.json');
    expect(ws.workloads[0]).toMatchObject({ id: 'default/p[Pod]', labels: { app: 'x' } });
    expect(ws.workloads[0].span).toMatchObject({ file: 'pods.json', line: 1 });
  });
});

describe('namespaces', () => {
  it('objects without a namespace go to default; referenced namespaces exist implicitly with the name label', () => {
    const ws = load(
      'kind: Pod\nmetadata: {name: p}\n---\nkind: NetworkPolicy\nmetadata: {name: n, namespace: other}\n',
    );
    expect([...ws.namespaces.keys()].sort()).toEqual(['default', 'other']);
    expect(ws.namespaces.get('other')).toMatchObject({
      declared: false,
      labels: { 'kubernetes.io/metadata.name': 'other' },
    });
  });

  it('declared namespaces always get kubernetes.io/metadata.name = their name', () => {
    const ws = load('kind: Namespace\nmetadata: {name: a, labels: {kubernetes.io/metadata.name: wrong, t: "1"}}\n');
    expect(ws.namespaces.get('a')).toMatchObject({
      declared: true,
      labels: { t: '1', 'kubernetes.io/metadata.name': 'a' },
    });
  });
});

describe('workload identity (netpol-analyzer naming)', () => {
  const pod = (name: string, owner: string, labels = '{app: x}') =>
    `kind: Pod\nmetadata:\n  name: ${name}\n  labels: ${labels}\n  ownerReferences: ${owner}\n---\n`;

  it('a pod with a controller ownerReference is its owner; replicas merge into one workload', () => {
    const ws = load(
      pod('fe-1', '[{kind: ReplicaSet, name: fe-99, controller: true}]') +
        pod('fe-2', '[{kind: ReplicaSet, name: fe-99, controller: true}]') +
        pod('fe-3', '[{kind: ReplicaSet, name: fe-99, controller: true}]', '{app: x, extra: "1"}'),
    );
    expect(ws.workloads.map((w) => w.id)).toEqual(['default/fe-99[ReplicaSet]']);
    // Identical replicas add nothing; a replica with different labels is kept as a distinct pod.
    expect(ws.workloads[0].pods.map((p) => p.name)).toEqual(['fe-1', 'fe-3']);
  });

  it('kind Node owners (static pods) and non-controller owners leave the pod as itself', () => {
    const ws = load(
      pod('static', '[{kind: Node, name: n1, controller: true}]') +
        pod('loose', '[{kind: ReplicaSet, name: r, controller: false}]'),
    );
    expect(ws.workloads.map((w) => w.id)).toEqual(['default/static[Pod]', 'default/loose[Pod]']);
  });

  it('an ownerReference without kind prints as [Pod] with the owner name', () => {
    const ws = load(pod('p1', '[{name: internal-security, controller: true}]'));
    expect(ws.workloads.map((w) => w.id)).toEqual(['default/internal-security[Pod]']);
  });
});

describe('policies', () => {
  const ws = load(`kind: NetworkPolicy
metadata:
  name: np
  namespace: prod
spec:
  podSelector:
    matchLabels: {app: web}
    matchExpressions:
    - {key: tier, operator: In, values: [a, b]}
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: x}}
      podSelector: {}
    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
    ports:
    - port: 80
    - {protocol: UDP, port: dns}
    - {port: 8000, endPort: 8100}
  egress:
  - {}
`);
  const np = ws.policies[0];

  it('reads selectors, peers and ports; protocol defaults to TCP', () => {
    expect(np.podSelector.matchExpressions).toEqual([{ key: 'tier', operator: 'In', values: ['a', 'b'] }]);
    const rule = np.ingress[0];
    expect(rule.peers[0].namespaceSelector!.matchLabels).toEqual({ team: 'x' });
    expect(rule.peers[0].podSelector).toBeDefined();
    expect(rule.peers[1].ipBlock).toEqual({ cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] });
    expect(rule.ports.map((p) => [p.protocol, p.port, p.endPort])).toEqual([
      ['TCP', 80, undefined],
      ['UDP', 'dns', undefined],
      ['TCP', 8000, 8100],
    ]);
  });

  it('keeps spans (file, line, column) for the policy, rules, peers and ports', () => {
    expect(np.span).toMatchObject({ file: 'a.yaml', line: 1, column: 1 });
    expect(np.ingress[0].span).toMatchObject({ line: 11, column: 5 });
    expect(np.ingress[0].peers[1].span).toMatchObject({ line: 14, column: 7 });
    expect(np.ingress[0].ports[1].span).toMatchObject({ line: 17, column: 7 });
    expect(np.egress[0].span).toMatchObject({ line: 20 });
  });

  it('effective policyTypes: absent → Ingress, plus Egress when spec.egress has rules', () => {
    expect(np.policyTypes).toEqual({ ingress: true, egress: true });
    expect(np.explicitPolicyTypes).toBe(false);
    const t = (spec: string) =>
      load(`kind: NetworkPolicy\nmetadata: {name: x}\nspec: ${spec}\n`).policies[0].policyTypes;
    expect(t('{podSelector: {}}')).toEqual({ ingress: true, egress: false });
    expect(t('{podSelector: {}, egress: []}')).toEqual({ ingress: true, egress: false });
    expect(t('{podSelector: {}, policyTypes: [Egress]}')).toEqual({ ingress: false, egress: true });
    expect(t('{podSelector: {}, policyTypes: [], egress: [{}]}')).toEqual({ ingress: true, egress: true });
  });

  it('podSelector with null matchLabels selects all pods (recipe 04)', () => {
    const p = load('kind: NetworkPolicy\nmetadata: {name: x}\nspec:\n  podSelector:\n    matchLabels:\n').policies[0];
    expect(p.podSelector.matchExpressions).toEqual([]);
    expect(Object.keys(p.podSelector.matchLabels)).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws on wrong types; skips the bad pieces', () => {
    const texts = [
      'kind: NetworkPolicy\nmetadata: x\nspec: [1, 2]\n',
      'kind: NetworkPolicy\nmetadata: {name: n}\nspec: {podSelector: "all", ingress: {from: 1}, egress: [1, "x", null, {to: "y", ports: [7, {port: [1]}]}]}\n',
      'kind: Pod\nmetadata: {name: p, labels: [a, b], ownerReferences: {kind: X}}\nspec: {containers: "no"}\n',
      'kind: Pod\nmetadata: {name: [1]}\n',
      'kind: [List]\n',
      'kind: List\nitems: 3\n',
      '- just\n- a list\n',
      '42\n',
      '',
      'kind: Namespace\nmetadata: {name: {a: 1}}\n',
    ];
    for (const t of texts) expect(() => load(t)).not.toThrow();
    const ws = load(texts[1]);
    expect(ws.policies[0].egress.map((r) => r.index)).toEqual([2, 3]); // null rule = allow all; non-maps skipped
  });

  it('a __proto__ label is stored as a plain label and pollutes nothing', () => {
    const ws = load('kind: Pod\nmetadata:\n  name: p\n  labels:\n    __proto__: evil\n    constructor: c\n');
    const labels = ws.workloads[0].labels;
    expect(Object.keys(labels).sort()).toEqual(['__proto__', 'constructor']);
    expect(labels['__proto__']).toBe('evil');
    expect(({} as Record<string, unknown>).evil).toBeUndefined();
  });

  it('skips documents with syntax errors but keeps the others, and reports the error', () => {
    const ws = load('kind: Pod\nmetadata: {name: ok}\n---\nkind: Pod\nmetadata: {name: [bad\n');
    expect(ws.workloads.map((w) => w.id)).toEqual(['default/ok[Pod]']);
    expect(ws.diagnostics.some((d) => d.rule === 'yaml-syntax' && d.severity === 'error')).toBe(true);
  });

  it('an alias bomb does not expand', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`,
      );
    const text = `kind: Pod\nmetadata:\n  name: p\n  annotations:\n${levels.map((l) => `    ${l}`).join('\n')}\n  labels: *l\nspec: {containers: *l}\n`;
    // Expanded, this would be 10^12 nodes: the test finishing at all (within vitest's
    // timeout) is the proof that aliases are followed lazily, not expanded.
    const ws = load(text);
    expect(ws.workloads).toHaveLength(1);
  });

  it('labels given through an alias are read', () => {
    const ws = load('kind: Pod\nmetadata:\n  name: p\n  annotations: &l {app: web}\n  labels: *l\n');
    expect(ws.workloads[0].labels).toEqual({ app: 'web' });
  });

  it('deep nesting does not crash', () => {
    const deep = `kind: Pod\nmetadata: {name: p}\nspec: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect(() => load(deep)).not.toThrow();
    const deepList = `${'{kind: List, items: ['.repeat(50)}{kind: Pod, metadata: {name: q}}${']}'.repeat(50)}\n`;
    expect(() => load(deepList)).not.toThrow();
  });

  // Speed is measured by bench/analysis.bench.ts and bench/malformed.bench.ts; this checks correctness at size.
  it('a 10 MB file of workloads loads completely', () => {
    const doc = (i: number) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: ns-${i % 50}\n  labels: {app: app-${i}}\nspec:\n  replicas: 2\n  template:\n    metadata:\n      labels: {app: app-${i}, tier: t${i % 7}}\n    spec:\n      containers:\n      - name: c\n        image: registry.example.com/app:${i}\n        ports:\n        - {name: http, containerPort: 8080}\n        - {name: metrics, containerPort: 9090}\n---\n`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      const d = doc(i);
      parts.push(d);
      size += d.length;
    }
    const text = parts.join('');
    const ws = buildWorkspace([parseSource({ name: 'big.yaml', text })]);
    expect(ws.workloads.length).toBe(parts.length);
    expect(ws.workloads[parts.length - 1].ports.map((p) => p.name)).toEqual(['http', 'metrics']);
  }, 120_000);
});

describe('fuzz: arbitrary values in every field', () => {
  // Users paste half-written manifests; no shape of value may crash loading or the analysis.
  it('loadWorkspace → analyzeConnectivity → formatConnlist never throws', () => {
    const junk = fc.jsonValue({ maxDepth: 3 });
    const peer = fc.record(
      { podSelector: junk, namespaceSelector: junk, ipBlock: fc.oneof(junk, fc.record({ cidr: junk, except: junk })) },
      { requiredKeys: [] },
    );
    const rule = fc.oneof(
      junk,
      fc.record(
        {
          from: fc.oneof(junk, fc.array(peer)),
          to: fc.oneof(junk, fc.array(peer)),
          ports: fc.oneof(
            junk,
            fc.array(fc.record({ port: junk, endPort: junk, protocol: junk }, { requiredKeys: [] })),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    const policy = fc.record({
      kind: fc.constant('NetworkPolicy'),
      metadata: fc.oneof(junk, fc.record({ name: junk, namespace: junk })),
      spec: fc.oneof(
        junk,
        fc.record(
          {
            podSelector: junk,
            policyTypes: junk,
            ingress: fc.oneof(junk, fc.array(rule)),
            egress: fc.oneof(junk, fc.array(rule)),
          },
          { requiredKeys: [] },
        ),
      ),
    });
    const pod = fc.record(
      {
        kind: fc.constantFrom('Pod', 'Deployment', 'CronJob', 'PodList', 'List', 'Namespace'),
        metadata: fc.oneof(
          junk,
          fc.record(
            { name: fc.oneof(fc.constantFrom('a', 'b'), junk), labels: junk, ownerReferences: junk },
            { requiredKeys: [] },
          ),
        ),
        spec: junk,
        items: junk,
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(policy, pod), { maxLength: 6 }), (docs) => {
        const ws = loadWorkspace([{ name: 'f.json', text: docs.map((d) => JSON.stringify(d)).join('\n---\n') }]);
        formatConnlist(analyzeConnectivity(ws), 'txt');
      }),
      { numRuns: 300 },
    );
  });
});
