/**
 * Issue 10 "workloads as people think of them": with `groupReplicaSets`, Pods
 * of a Deployment's ReplicaSet are that Deployment (found through the
 * ReplicaSet's ownerReference, or through `pod-template-hash` when the dump
 * has no ReplicaSets); without it, netpol-analyzer's ReplicaSet workloads.
 */
import { describe, expect, it } from 'vitest';
import { loadWorkspace, type WorkspaceOptions } from '../../src/model/manifests/workspace.ts';
import { WorkspaceReader } from '../../src/model/manifests/workspace-reader.ts';
import { applyEdit } from '../../src/sync/index.ts';

const GROUPED: WorkspaceOptions = { groupReplicaSets: true };

function pod(name: string, rs: string, hash: string | undefined, labels = 'app: frontend'): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
  labels:
    ${labels}${hash ? `\n    pod-template-hash: ${hash}` : ''}
  ownerReferences:
  - apiVersion: apps/v1
    kind: ReplicaSet
    name: ${rs}
    controller: true
spec:
  containers:
  - name: web
    image: nginx
    ports:
    - containerPort: 8080
`;
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels: {app: frontend}
  template:
    metadata:
      labels: {app: frontend}
    spec:
      containers:
      - name: web
        image: nginx
        ports:
        - containerPort: 8080
`;

const REPLICASET = `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: frontend-6d4b9c7f8
  namespace: shop
  labels: {app: frontend, pod-template-hash: 6d4b9c7f8}
  ownerReferences:
  - apiVersion: apps/v1
    kind: Deployment
    name: frontend
    controller: true
spec:
  replicas: 2
  selector:
    matchLabels: {app: frontend, pod-template-hash: 6d4b9c7f8}
  template:
    metadata:
      labels: {app: frontend, pod-template-hash: 6d4b9c7f8}
    spec:
      containers: [{name: web, image: nginx}]
`;

const docs = (...parts: string[]) => parts.join('---\n');
const ids = (text: string, options?: WorkspaceOptions) =>
  loadWorkspace([{ name: 'dump.yaml', text }], options)
    .workloads.map((w) => w.id)
    .sort();
const workload = (text: string, id: string) =>
  loadWorkspace([{ name: 'dump.yaml', text }], GROUPED).workloads.find((w) => w.id === id);

// Pods first, their Deployment last: the builder must not depend on the order of the dump.
const NO_RS = docs(
  pod('frontend-6d4b9c7f8-abcde', 'frontend-6d4b9c7f8', '6d4b9c7f8'),
  pod('frontend-6d4b9c7f8-fghij', 'frontend-6d4b9c7f8', '6d4b9c7f8'),
  DEPLOYMENT,
);

describe('grouping ReplicaSets into their Deployment', () => {
  it('without ReplicaSet objects: pod-template-hash and the Deployment of that name', () => {
    expect(ids(NO_RS, GROUPED)).toEqual(['shop/frontend[Deployment]']);
    const wl = workload(NO_RS, 'shop/frontend[Deployment]')!;
    // Two Pods seen: what runs, not the Deployment's spec.replicas (3).
    expect(wl.replicas).toBe(2);
    expect(wl.replicaSets).toEqual(['frontend-6d4b9c7f8']);
    // Drawn with the Deployment's labels: the ReplicaSet's hash is no label of the Deployment.
    expect(wl.labels).toEqual({ app: 'frontend' });
    expect(wl.ports).toEqual([{ containerPort: 8080, protocol: 'TCP' }]);
  });

  it('with the ReplicaSet object: its controller ownerReference, and the ReplicaSet is no workload', () => {
    // No Deployment object and no hash label: the ReplicaSet's ownerReference alone says whose Pods these are.
    const text = docs(REPLICASET, pod('frontend-6d4b9c7f8-abcde', 'frontend-6d4b9c7f8', undefined));
    expect(ids(text, GROUPED)).toEqual(['shop/frontend[Deployment]']);
    expect(workload(text, 'shop/frontend[Deployment]')).toMatchObject({
      replicas: 1,
      replicaSets: ['frontend-6d4b9c7f8'],
    });
    expect(
      ids(docs(DEPLOYMENT, REPLICASET, pod('frontend-6d4b9c7f8-x', 'frontend-6d4b9c7f8', '6d4b9c7f8')), GROUPED),
    ).toEqual(['shop/frontend[Deployment]']);
  });

  it('a Deployment without Pods in the dump counts its spec.replicas', () => {
    expect(workload(DEPLOYMENT, 'shop/frontend[Deployment]')?.replicas).toBe(3);
  });

  it('a hash that names no Deployment leaves the Pod its ReplicaSet-named workload', () => {
    const text = docs(pod('backend-5f7c8d9b4-abcde', 'backend-5f7c8d9b4', '5f7c8d9b4', 'app: backend'), DEPLOYMENT);
    expect(ids(text, GROUPED)).toEqual(['shop/backend-5f7c8d9b4[ReplicaSet]', 'shop/frontend[Deployment]']);
    // Nor does a hash that is not the ReplicaSet name's suffix.
    const wrongHash = docs(pod('frontend-6d4b9c7f8-abcde', 'frontend-6d4b9c7f8', 'ffffffff'), DEPLOYMENT);
    expect(ids(wrongHash, GROUPED)).toEqual(['shop/frontend-6d4b9c7f8[ReplicaSet]', 'shop/frontend[Deployment]']);
  });

  it('a ReplicaSet object not owned by a Deployment stays a workload with its Pods', () => {
    const alone = REPLICASET.replace(/ {2}ownerReferences:\n(?: {2}- .*\n| {4}.*\n)+/, '');
    expect(alone).not.toContain('ownerReferences');
    const text = docs(alone, pod('frontend-6d4b9c7f8-abcde', 'frontend-6d4b9c7f8', '6d4b9c7f8'), DEPLOYMENT);
    expect(ids(text, GROUPED)).toEqual(['shop/frontend-6d4b9c7f8[ReplicaSet]', 'shop/frontend[Deployment]']);
  });

  it('is off by default: netpol-analyzer workloads, one per ReplicaSet', () => {
    expect(ids(NO_RS)).toEqual(['shop/frontend-6d4b9c7f8[ReplicaSet]', 'shop/frontend[Deployment]']);
    expect(loadWorkspace([{ name: 'd.yaml', text: NO_RS }]).workloads.every((w) => w.replicas === undefined)).toBe(
      true,
    );
  });

  it('WorkspaceReader passes the option to every read', () => {
    const reader = new WorkspaceReader(GROUPED);
    expect(reader.read({ name: 'a.yaml', text: NO_RS }).workloads.map((w) => w.id)).toEqual([
      'shop/frontend[Deployment]',
    ]);
    expect(new WorkspaceReader().read({ name: 'a.yaml', text: NO_RS }).workloads).toHaveLength(2);
  });
});

describe('edits on a grouped Deployment', () => {
  const edit = (text: string, e: Parameters<typeof applyEdit>[1]) => {
    const r = applyEdit(text, e, { workspace: loadWorkspace([{ name: 'workspace.yaml', text }], GROUPED) });
    if ('error' in r) throw new Error(r.error);
    return r.text;
  };
  const frontend = { namespace: 'shop', name: 'frontend', kind: 'Deployment' as const };

  it('relabel the Deployment and every Pod of its ReplicaSets', () => {
    const text = edit(NO_RS, {
      op: 'setWorkloadLabels',
      workload: frontend,
      labels: { app: 'frontend', tier: 'web' },
    });
    // The Deployment's template and both Pods.
    expect(text.match(/tier: web/g)).toHaveLength(3);
    expect(ids(text, GROUPED)).toEqual(['shop/frontend[Deployment]']);
    expect(workload(text, 'shop/frontend[Deployment]')!.pods.every((p) => p.labels.tier === 'web')).toBe(true);
  });

  it('reach Pods and ReplicaSet when there is no Deployment object', () => {
    const text = docs(REPLICASET, pod('frontend-6d4b9c7f8-abcde', 'frontend-6d4b9c7f8', undefined));
    const out = edit(text, { op: 'setContainerPorts', workload: frontend, ports: [{ containerPort: 9090 }] });
    expect(out.match(/containerPort: 9090/g)).toHaveLength(2);
    expect(out).not.toContain('8080');
  });

  it('refuse a rename, which would split the Pods off', () => {
    const r = applyEdit(
      NO_RS,
      { op: 'renameWorkload', workload: frontend, to: 'web' },
      { workspace: loadWorkspace([{ name: 'workspace.yaml', text: NO_RS }], GROUPED) },
    );
    expect(r).toEqual({ error: expect.stringContaining('rename it in the YAML') });
  });
});
