// `connlist` keeps netpol-analyzer's peers (a Deployment's Pods are its ReplicaSet) unless given
// --group-replicasets, which lists them as the app draws them: as the Deployment.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONNLIST_HELP } from '../../src/cli/help.ts';
import { cli } from './capture.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netpol-rs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// What `kubectl get deploy,pods -n shop -o yaml` prints, trimmed: no ReplicaSet objects.
const DUMP = `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: frontend, namespace: shop}
  spec:
    replicas: 2
    selector: {matchLabels: {app: frontend}}
    template:
      metadata: {labels: {app: frontend}}
      spec: {containers: [{name: web, image: nginx}]}
- apiVersion: v1
  kind: Pod
  metadata:
    name: frontend-6d4b9c7f8-abcde
    namespace: shop
    labels: {app: frontend, pod-template-hash: 6d4b9c7f8}
    ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: frontend-6d4b9c7f8, controller: true}]
  spec: {containers: [{name: web, image: nginx}]}
- apiVersion: v1
  kind: Pod
  metadata: {name: db, namespace: shop, labels: {app: db}}
  spec: {containers: [{name: db, image: postgres}]}
- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: db-from-frontend, namespace: shop}
  spec:
    podSelector: {matchLabels: {app: db}}
    ingress:
    - from: [{podSelector: {matchLabels: {app: frontend}}}]
      ports: [{port: 5432}]
`;

describe('connlist --group-replicasets', () => {
  const file = join(tmp, 'dump.yaml');
  writeFileSync(file, DUMP);

  it('by default lists the ReplicaSet beside its Deployment, as netpol-analyzer does', async () => {
    const r = await cli('connlist', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('shop/frontend-6d4b9c7f8[ReplicaSet] => shop/db[Pod] : TCP 5432\n');
    expect(r.stdout).toContain('shop/frontend[Deployment] => shop/db[Pod] : TCP 5432\n');
  });

  it('with the flag lists the Deployment alone', async () => {
    const r = await cli('connlist', '--group-replicasets', file);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('[ReplicaSet]');
    expect(r.stdout).toContain('shop/frontend[Deployment] => shop/db[Pod] : TCP 5432\n');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('shop/frontend[Deployment] => shop/db'))).toHaveLength(1);
  });

  it('is documented in connlist --help', () => {
    expect(CONNLIST_HELP).toContain('--group-replicasets');
  });
});
