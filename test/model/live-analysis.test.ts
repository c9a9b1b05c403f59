/**
 * The app's live diff and exposure rows (model/analysis/live-diff.ts, exposure-view.ts): a row per
 * pair whose connections differ, each end on the canvas node the effective view draws it on; the
 * exposure of each workload to peers the workspace does not hold, and the directions no policy protects.
 */
import { describe, expect, it } from 'vitest';
import { exposureLinks, exposureView } from '../../src/model/analysis/exposure-view.ts';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { diffByEdge, liveDiff } from '../../src/model/analysis/live-diff.ts';
import { ANYWHERE_ID, workloadNodeId } from '../../src/model/graph/ids.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

const PODS = `
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
---
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
spec: {containers: [{name: db, image: db, ports: [{containerPort: 5432}]}]}
`;

const DB_FROM_WEB = (port: number) => `
---
kind: NetworkPolicy
metadata: {name: db-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: ${port}}]
`;

const ws = (text: string) => loadWorkspace([{ name: 'x.yaml', text }]);
const web = workloadNodeId({ namespace: 'shop', name: 'web', kind: 'Pod' });
const db = workloadNodeId({ namespace: 'shop', name: 'db', kind: 'Pod' });

describe('liveDiff', () => {
  it('is empty for the same workspace', () => {
    const w = ws(PODS + DB_FROM_WEB(5432));
    expect(liveDiff(w, w)).toEqual({
      rows: [],
      counts: { changed: 0, added: 0, removed: 0 },
      baselineErrors: [],
    });
  });

  it('lists a flow an edit takes away as removed, on the nodes of its ends', () => {
    // Before: db admits web on 5432. After: on 5433 only.
    const d = liveDiff(ws(PODS + DB_FROM_WEB(5432)), ws(PODS + DB_FROM_WEB(5433)));
    const row = d.rows.find((r) => r.src.id === 'shop/web[Pod]' && r.dst.id === 'shop/db[Pod]');
    expect(row).toMatchObject({ type: 'changed', before: 'TCP 5432', after: 'TCP 5433' });
    expect(row?.src.node).toBe(web);
    expect(row?.dst.node).toBe(db);

    const deny = `${PODS}
---
kind: NetworkPolicy
metadata: {name: db-in, namespace: shop}
spec: {podSelector: {matchLabels: {app: db}}}
`;
    const gone = liveDiff(ws(PODS + DB_FROM_WEB(5432)), ws(deny));
    const removed = gone.rows.find((r) => r.src.id === 'shop/web[Pod]' && r.dst.id === 'shop/db[Pod]');
    expect(removed).toMatchObject({ type: 'removed', before: 'TCP 5432', after: '' });
    expect(gone.counts.removed).toBe(gone.rows.filter((r) => r.type === 'removed').length);
    // Nothing new is allowed by denying more.
    expect(gone.counts.added).toBe(0);
  });

  it('draws address ends on `anywhere` when no ipBlock names them, and marks a workload that appears', () => {
    const d = liveDiff(
      ws(PODS + DB_FROM_WEB(5432)),
      ws(`${PODS}${DB_FROM_WEB(5432)}
---
kind: Pod
metadata: {name: cache, namespace: shop, labels: {app: cache}}
`),
    );
    const added = d.rows.filter((r) => r.type === 'added');
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((r) => r.newOrGoneWorkload)).toBe(true);
    const external = added.find((r) => r.src.namespace === '');
    expect(external?.src.node).toBe(ANYWHERE_ID);
  });

  it('marks an edge by its rows: one kind, or `changed` when rows of several kinds share it', () => {
    const end = (node: string) => ({ id: node, node, namespace: '', label: node });
    const row = (type: 'added' | 'removed', dst: string) => ({
      type,
      src: end('a'),
      dst: end(dst),
      before: '',
      after: '',
      newOrGoneWorkload: false,
    });
    const marks = diffByEdge([row('added', 'b'), row('added', 'b'), row('added', 'c'), row('removed', 'c')]);
    expect(marks.get('a>b')).toBe('added');
    expect(marks.get('a>c')).toBe('changed');
  });
});

describe('exposureView', () => {
  const MONITORED = `${PODS}
---
kind: NetworkPolicy
metadata: {name: db-metrics, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress:
  - from: [{namespaceSelector: {}, podSelector: {matchLabels: {role: monitoring}}}]
    ports: [{port: 9090}]
`;

  it('lists a workload exposed to role=monitoring pods in any namespace, and one no policy protects', () => {
    const w = ws(MONITORED);
    const rows = exposureView(w, analyzeConnectivity(w));
    const dbRow = rows.find((r) => r.workload === 'shop/db[Pod]');
    expect(dbRow?.node).toBe(db);
    expect(dbRow?.items).toEqual([
      {
        direction: 'ingress',
        kind: 'representative',
        peer: '[all namespaces]/[pod with {role=monitoring}]',
        conns: 'TCP 9090',
      },
    ]);
    // db's egress is not isolated: unprotected that way, and it reaches every address.
    expect(dbRow?.unprotected).toEqual(['egress']);
    expect(dbRow?.external).toEqual(['egress']);
    const webRow = rows.find((r) => r.workload === 'shop/web[Pod]');
    expect(webRow?.unprotected.sort()).toEqual(['egress', 'ingress']);
    expect(webRow?.items).toEqual([]);
  });

  it('links the unknown-peers node to exposed workloads only, per direction', () => {
    const w = ws(MONITORED);
    const links = exposureLinks(exposureView(w));
    expect(links).toEqual([expect.objectContaining({ node: db, direction: 'ingress' })]);
  });

  it('leaves out a workload that policies protect both ways and expose to nothing outside', () => {
    const closed = `${PODS}
---
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
`;
    const w = ws(closed);
    expect(exposureView(w, analyzeConnectivity(w))).toEqual([]);
  });
});
