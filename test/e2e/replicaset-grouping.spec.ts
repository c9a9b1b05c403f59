/**
 * Issue 10 "workloads as people think of them": a `kubectl get deploy,pods`
 * dump, imported through the cluster-inventory dialog, draws one node per
 * Deployment with its replica count — not a second `<deployment>-<hash>`
 * ReplicaSet node beside it — although the dump has no ReplicaSet objects.
 */
import { test, expect, openApp } from './fixtures.ts';
import { exportFile, pick } from './io-helpers.ts';

function pod(app: string, hash: string, suffix: string, port: number): string {
  return `- apiVersion: v1
  kind: Pod
  metadata:
    name: ${app}-${hash}-${suffix}
    namespace: shop
    labels:
      app: ${app}
      pod-template-hash: ${hash}
    ownerReferences:
    - apiVersion: apps/v1
      blockOwnerDeletion: true
      controller: true
      kind: ReplicaSet
      name: ${app}-${hash}
      uid: 0b7f2c1e-5a4d-4c43-9d2e-${hash.padEnd(12, '0').slice(0, 12)}
  spec:
    containers:
    - image: nginx
      name: main
      ports:
      - containerPort: ${port}
        protocol: TCP
  status:
    phase: Running
    podIP: 10.0.0.${port % 200}
`;
}

function deployment(app: string, replicas: number, port: number): string {
  return `- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${app}
    namespace: shop
  spec:
    replicas: ${replicas}
    selector:
      matchLabels:
        app: ${app}
    template:
      metadata:
        labels:
          app: ${app}
      spec:
        containers:
        - image: nginx
          name: main
          ports:
          - containerPort: ${port}
            protocol: TCP
`;
}

const DUMP = `apiVersion: v1
kind: List
items:
${deployment('frontend', 3, 8080)}${deployment('backend', 2, 9090)}${pod('frontend', '6d4b9c7f8', 'x2kqp', 8080)}${pod(
  'frontend',
  '6d4b9c7f8',
  'm7vzn',
  8080,
)}${pod('frontend', '6d4b9c7f8', 'p9wtc', 8080)}${pod('backend', '5f7c8d9b4', 'q4hlr', 9090)}${pod(
  'backend',
  '5f7c8d9b4',
  'z8bcd',
  9090,
)}metadata:
  resourceVersion: ""
`;

test('a kubectl dump draws each Deployment once, with its replica count', async ({ page, watch: _watch }) => {
  await openApp(page);
  await pick(page, 'import-menu', 'inventory');
  await expect(page.getByTestId('inventory-command')).toContainText('rs');
  await page.getByTestId('inventory-text').fill(DUMP);
  await page.getByTestId('inventory-continue').click();
  await page.getByTestId('import-mode-replace').check();
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-dialog')).toBeHidden();

  const workloads = page.locator('[data-testid="entity-node"][data-kind="workload"]');
  const frontend = workloads.and(page.locator('[data-node-id$="/frontend[Deployment]"]'));
  const backend = workloads.and(page.locator('[data-node-id$="/backend[Deployment]"]'));
  await expect(frontend).toHaveCount(1);
  await expect(backend).toHaveCount(1);
  await expect(workloads).toHaveCount(2);
  // No node named after a ReplicaSet (`frontend-6d4b9c7f8`).
  await expect(page.locator('[data-testid="entity-node"][data-node-id*="ReplicaSet"]')).toHaveCount(0);
  await expect(frontend).toContainText('3 replicas');
  await expect(frontend).toContainText('8080');
  await expect(backend).toContainText('2 replicas');

  // The connectivity export names the same workloads as the graph: Deployments, never ReplicaSets.
  const csv = (await exportFile(page, 'export-csv')).bytes.toString('utf8');
  expect(csv).toMatch(/frontend\[Deployment\]/);
  expect(csv).toMatch(/backend\[Deployment\]/);
  expect(csv).not.toContain('[ReplicaSet]');
});
