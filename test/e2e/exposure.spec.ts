/**
 * Exposure of issue 13: a workload whose policy admits `role=monitoring` pods of any namespace (peers
 * the workspace does not hold) carries an exposure marker on its card, is listed in the exposure panel,
 * and is linked to the "unknown peers" node in the effective view.
 */
import { test, expect, openApp } from './fixtures.ts';
import { pasteIntoEditor } from './sync-helpers.ts';

const YAML = `apiVersion: v1
kind: Pod
metadata: {name: api, namespace: app, labels: {app: api}}
spec:
  containers: [{name: api, image: api, ports: [{containerPort: 9090, name: metrics}]}]
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: app, labels: {app: db}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-metrics, namespace: app}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Ingress]
  ingress:
  - from:
    - namespaceSelector: {}
      podSelector: {matchLabels: {role: monitoring}}
    ports: [{port: 9090}]
`;

const PEER = '[all namespaces]/[pod with {role=monitoring}]';

test('a workload exposed to role=monitoring pods in any namespace is marked, listed and linked', async ({
  page,
  watch,
}) => {
  await openApp(page);
  await pasteIntoEditor(page, YAML);
  const api = page.locator('[data-testid="entity-node"][data-node-id$="/api[Pod]"]');
  const mark = api.getByTestId('exposure-mark');
  await expect(mark).toHaveAttribute('data-exposed', 'true', { timeout: 20_000 });
  await expect(mark).toHaveAttribute('data-peers', PEER);
  // db has no policy at all: unprotected in both directions, marked as such.
  const db = page.locator('[data-testid="entity-node"][data-node-id$="/db[Pod]"]');
  await expect(db.getByTestId('exposure-mark')).toHaveAttribute('data-exposed', 'true');

  await page.getByTestId('open-exposure').click();
  const row = page.locator('[data-testid="exposure-row"][data-workload="app/api[Pod]"]');
  await expect(row.locator(`[data-testid="exposure-item"][data-peer="${PEER}"]`)).toContainText('TCP 9090');
  const dbRow = page.locator('[data-testid="exposure-row"][data-workload="app/db[Pod]"]');
  await expect(dbRow.getByTestId('exposure-unprotected')).toHaveCount(2);

  await page.getByTestId('view-effective').click();
  await expect(page.locator('[data-testid="entity-node"][data-node-id="unknown-peers"]')).toBeVisible();
  await expect(page.getByTestId('exposure-edge')).toContainText('TCP 9090');
  expect(watch.consoleErrors).toEqual([]);
});
