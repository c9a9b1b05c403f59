/**
 * Drawing the article's flows (seed listings 02–06) onto a namespace that has only the article's
 * deny-all policy (listing-01): the deny-all stays a deny-all byte for byte, each flow gets its own
 * allow policy, and the workspace then allows exactly those flows — checked by the connectivity
 * analysis, not by reading the YAML.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { connlistEntries, type ConnlistEntry } from '../../src/model/analysis/connlist.ts';
import type { EndpointRef, PolicyEdit } from '../../src/model/edits/index.ts';
import { applyEdit } from '../../src/sync/index.ts';
import { applyOk, docRegions, ws } from './helpers.ts';

const deployment = (ns: string, name: string, labels: string, port: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels: {${labels}}
  template:
    metadata:
      labels: {${labels}}
    spec:
      containers:
      - name: ${name}
        image: example
        ports: [${port}]
`;

/** listing-01's third document, verbatim, plus a comment saying what it means. */
const DENY_ALL = `---
# すべてのトラフィックを拒否
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-all
  namespace: production
spec:
  podSelector: {}   # nothing in, nothing out
  policyTypes:
    - Ingress
    - Egress
`;

const NAMESPACES = `apiVersion: v1
kind: Namespace
metadata:
  name: production
---
apiVersion: v1
kind: Namespace
metadata:
  name: monitoring
  labels:
    purpose: monitoring
---
apiVersion: v1
kind: Namespace
metadata:
  name: observability
  labels:
    purpose: monitoring
---
apiVersion: v1
kind: Namespace
metadata:
  name: staging
`;

/** The deny-all sits between other documents so its region is closed by the next one. */
const WORKSPACE =
  NAMESPACES +
  deployment('production', 'frontend', 'app: frontend, tier: frontend', '{containerPort: 80}') +
  deployment('production', 'backend', 'app: backend, tier: backend', '{containerPort: 8080}') +
  DENY_ALL +
  deployment('production', 'database', 'tier: database', '{containerPort: 5432}') +
  deployment('monitoring', 'prometheus', 'app: prometheus', '{containerPort: 9090}') +
  deployment('observability', 'grafana', 'app: grafana', '{containerPort: 3000}') +
  deployment('staging', 'tester', 'app: tester', '{containerPort: 80}') +
  deployment('kube-system', 'coredns', 'k8s-app: kube-dns', '{containerPort: 53, protocol: UDP}');

const wl = (namespace: string, name: string): EndpointRef => ({ type: 'workload', namespace, name });
const frontend = wl('production', 'frontend');
const backend = wl('production', 'backend');
const database = wl('production', 'database');
const tcp = (port: number) => [{ protocol: 'TCP' as const, port }];

/** The article's flows, in the order a reader would draw them. */
const ARTICLE_FLOWS: PolicyEdit[] = [
  // listing-02 / listing-06: frontend → backend on 8080
  { op: 'allowFlow', from: frontend, to: backend, ports: tcp(8080) },
  // listing-03: from namespaces labelled purpose=monitoring to every pod of production
  {
    op: 'allowFlow',
    from: { type: 'namespace', namespace: 'monitoring', namespaceLabels: { purpose: 'monitoring' } },
    to: { type: 'namespace', namespace: 'production' },
  },
  // listing-04: backend → the external database network
  { op: 'allowFlow', from: backend, to: { type: 'cidr', cidr: '10.0.0.0/24' }, ports: tcp(5432) },
  // listing-05: every pod of production → kube-dns, egress only
  {
    op: 'allowFlow',
    from: { type: 'namespace', namespace: 'production' },
    to: wl('kube-system', 'coredns'),
    ports: [{ protocol: 'UDP', port: 53 }],
    sides: 'egress',
  },
];
/** listing-06: backend → database on 5432. */
const BACKEND_TO_DATABASE: PolicyEdit = { op: 'allowFlow', from: backend, to: database, ports: tcp(5432) };

const DENY_ALL_DOC = 6;

function drawAll(text: string, edits: PolicyEdit[]): string {
  return edits.reduce((t, e) => applyOk(t, e).text, text);
}

/** Allowed connections with production on at least one side, as `src => dst : conns`. */
function productionFlows(text: string): string[] {
  const entries: ConnlistEntry[] = connlistEntries(analyzeConnectivity(ws(text)));
  return entries
    .filter((e) => e.src.startsWith('production/') || e.dst.startsWith('production/'))
    .map((e) => `${e.src} => ${e.dst} : ${e.conn}`)
    .sort();
}

const PROD = (name: string) => `production/${name}[Deployment]`;

describe('drawing flows onto a deny-all namespace', () => {
  it('starts from a namespace where nothing reaches production and production reaches nothing', () => {
    expect(docRegions(WORKSPACE)[DENY_ALL_DOC]).toBe(DENY_ALL);
    expect(productionFlows(WORKSPACE)).toEqual([]);
  });

  it('leaves the deny-all byte-identical and rule-free', () => {
    const after = drawAll(WORKSPACE, [...ARTICLE_FLOWS, BACKEND_TO_DATABASE]);
    expect(docRegions(after)[DENY_ALL_DOC]).toBe(docRegions(WORKSPACE)[DENY_ALL_DOC]);
    const deny = ws(after).policies.find((p) => p.id === 'production/deny-all')!;
    expect(deny.ingress).toEqual([]);
    expect(deny.egress).toEqual([]);
    expect(deny.policyTypes).toEqual({ ingress: true, egress: true });
  });

  const summary = (text: string) =>
    ws(text)
      .policies.filter((p) => p.id !== 'production/deny-all')
      .map((p) => `${p.id} ${p.ingress.length}in ${p.egress.length}out`)
      .sort();

  it('writes one allow policy per flow of listings 02–05 (per side), each named for its flow', () => {
    expect(summary(drawAll(WORKSPACE, ARTICLE_FLOWS))).toEqual([
      'production/allow-backend-to-10.0.0.0-24 0in 1out',
      'production/allow-frontend-to-backend 1in 0out',
      // frontend is egress-isolated by the deny-all: the flow needs its egress side too.
      'production/allow-frontend-to-backend-egress 0in 1out',
      'production/allow-ns-monitoring-to-ns-production 1in 0out',
      'production/allow-ns-production-to-coredns 0in 1out',
    ]);
  });

  it("groups a pod's rules of one direction like listing-06's per-tier policies", () => {
    // backend's egress already has an allow policy (to the external database on the same port 5432): the
    // database joins that rule as a second peer instead of a new policy.
    const after = drawAll(WORKSPACE, [...ARTICLE_FLOWS, BACKEND_TO_DATABASE]);
    const egress = ws(after).policies.find((p) => p.id === 'production/allow-backend-to-10.0.0.0-24')!.egress;
    expect(egress[0].peers.map((x) => x.ipBlock?.cidr ?? x.podSelector?.matchLabels)).toEqual([
      '10.0.0.0/24',
      { tier: 'database' },
    ]);
    expect(summary(after)).toEqual([
      'production/allow-backend-to-10.0.0.0-24 0in 1out',
      'production/allow-backend-to-database 1in 0out',
      'production/allow-frontend-to-backend 1in 0out',
      'production/allow-frontend-to-backend-egress 0in 1out',
      'production/allow-ns-monitoring-to-ns-production 1in 0out',
      'production/allow-ns-production-to-coredns 0in 1out',
    ]);
  });

  it('allows exactly the drawn flows', () => {
    const after = drawAll(WORKSPACE, [...ARTICLE_FLOWS, BACKEND_TO_DATABASE]);
    const dns = (src: string) => `${PROD(src)} => kube-system/coredns[Deployment] : UDP 53`;
    const fromMonitoring = (dst: string) => [
      `monitoring/prometheus[Deployment] => ${PROD(dst)} : All Connections`,
      // The label selector picks every namespace labelled purpose=monitoring, as in listing-03.
      `observability/grafana[Deployment] => ${PROD(dst)} : All Connections`,
    ];
    expect(productionFlows(after)).toEqual(
      [
        `${PROD('frontend')} => ${PROD('backend')} : TCP 8080`,
        `${PROD('backend')} => ${PROD('database')} : TCP 5432`,
        `${PROD('backend')} => 10.0.0.0-10.0.0.255[External] : TCP 5432`,
        dns('frontend'),
        dns('backend'),
        dns('database'),
        ...fromMonitoring('frontend'),
        ...fromMonitoring('backend'),
        ...fromMonitoring('database'),
      ].sort(),
    );
  });

  it('extends the allow policy the first flow to a target created', () => {
    const first = applyOk(WORKSPACE, ARTICLE_FLOWS[0]).text;
    const second = applyOk(first, {
      op: 'allowFlow',
      from: wl('monitoring', 'prometheus'),
      to: backend,
      ports: tcp(9090),
    }).text;
    const policies = ws(second).policies;
    expect(policies.map((p) => p.id).sort()).toEqual([
      'production/allow-frontend-to-backend',
      'production/allow-frontend-to-backend-egress',
      'production/deny-all',
    ]);
    expect(policies.find((p) => p.id === 'production/allow-frontend-to-backend')!.ingress).toHaveLength(2);
    expect(productionFlows(second)).toContain(`monitoring/prometheus[Deployment] => ${PROD('backend')} : TCP 9090`);
    expect(docRegions(second)[DENY_ALL_DOC]).toBe(docRegions(WORKSPACE)[DENY_ALL_DOC]);
  });

  it('extends both sides of a flow drawn again on another port', () => {
    const first = applyOk(WORKSPACE, ARTICLE_FLOWS[0]).text;
    const again = applyOk(first, { op: 'allowFlow', from: frontend, to: backend, ports: tcp(8443) }).text;
    const policies = ws(again).policies;
    expect(policies).toHaveLength(3);
    expect(policies.find((p) => p.id === 'production/allow-frontend-to-backend')!.ingress).toHaveLength(2);
    expect(policies.find((p) => p.id === 'production/allow-frontend-to-backend-egress')!.egress).toHaveLength(2);
    expect(productionFlows(again)).toEqual([`${PROD('frontend')} => ${PROD('backend')} : TCP 8080,8443`]);
  });

  it('does not write into a policy that only isolates its target ("isolate this node")', () => {
    const isolated = applyOk(WORKSPACE, { op: 'createPolicy', for: database, name: 'database-isolated' }).text;
    const after = applyOk(isolated, { op: 'allowFlow', from: backend, to: database, ports: tcp(5432) }).text;
    const policies = ws(after).policies;
    expect(policies.find((p) => p.id === 'production/database-isolated')!.ingress).toEqual([]);
    expect(policies.find((p) => p.id === 'production/allow-backend-to-database')!.ingress).toHaveLength(1);
  });
});

describe('a namespace peer selected by one of its own labels', () => {
  const monitoringByLabel: EndpointRef = {
    type: 'namespace',
    namespace: 'monitoring',
    namespaceLabels: { purpose: 'monitoring' },
  };

  it('writes the chosen label, and the analysis matches the namespaces carrying it', () => {
    const after = applyOk(WORKSPACE, {
      op: 'allowFlow',
      from: monitoringByLabel,
      to: database,
      ports: tcp(5432),
    }).text;
    const rule = ws(after).policies.find((p) => p.id === 'production/allow-ns-monitoring-to-database')!.ingress[0];
    expect(rule.peers).toHaveLength(1);
    expect(rule.peers[0].namespaceSelector?.matchLabels).toEqual({ purpose: 'monitoring' });
    expect(rule.peers[0].podSelector).toBeUndefined();
    const flows = productionFlows(after);
    expect(flows).toContain(`monitoring/prometheus[Deployment] => ${PROD('database')} : TCP 5432`);
    expect(flows).toContain(`observability/grafana[Deployment] => ${PROD('database')} : TCP 5432`);
    expect(flows.filter((f) => f.startsWith('staging/'))).toEqual([]);
  });

  it('by default selects the namespace by name, so only that namespace matches', () => {
    const after = applyOk(WORKSPACE, {
      op: 'allowFlow',
      from: { type: 'namespace', namespace: 'monitoring' },
      to: database,
      ports: tcp(5432),
    }).text;
    const flows = productionFlows(after);
    expect(flows).toContain(`monitoring/prometheus[Deployment] => ${PROD('database')} : TCP 5432`);
    expect(flows.filter((f) => f.startsWith('observability/'))).toEqual([]);
  });

  it('refuses a label the namespace does not have', () => {
    const r = applyEdit(WORKSPACE, {
      op: 'allowFlow',
      from: { type: 'namespace', namespace: 'staging', namespaceLabels: { purpose: 'monitoring' } },
      to: database,
    });
    expect(r).toEqual({ error: 'Namespace staging has no label purpose=monitoring.' });
  });
});
