/**
 * Drawing the article's flows with the mouse onto a namespace that holds the article's deny-all
 * (seed listing-01): the deny-all stays rule-free, each flow gets an allow policy of its own, the
 * port field is prefilled from the target's containerPort, a namespace box has a connector, and a
 * namespace peer can be selected by the namespace's own label (listing-03's `purpose: monitoring`).
 * The model-level twin is test/sync/article-flows.test.ts; this one drives the gestures a user makes.
 */
import type { Locator, Page } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import { expect, openApp, test } from './fixtures.ts';
import { drawEdge, editorText, pasteIntoEditor, workload } from './sync-helpers.ts';

const deployment = (ns: string, name: string, port: number) => `---
# ${name}: the article's ${ns} tier
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
      - name: ${name}
        image: example
        ports: [{containerPort: ${port}}]
`;

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

const WORKSPACE = `# The article's cluster before any allow policy
apiVersion: v1
kind: Namespace
metadata:
  name: production
---
apiVersion: v1
kind: Namespace
metadata:
  name: monitoring
  labels:
    purpose: monitoring # listing-03 selects by this label
${DENY_ALL}${deployment('production', 'frontend', 80)}${deployment('production', 'backend', 8080)}${deployment(
  'production',
  'database',
  5432,
)}${deployment('monitoring', 'prometheus', 9090)}`;

type Obj = {
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  spec?: { podSelector?: unknown; ingress?: unknown[]; egress?: unknown[]; policyTypes?: string[] };
};
const policies = (text: string): Obj[] =>
  parseAllDocuments(text)
    .map((d) => d.toJS() as Obj)
    .filter((o) => o?.kind === 'NetworkPolicy');

const namespaceBox = (page: Page, ns: string): Locator =>
  page.locator(`[data-testid="namespace-node"][data-node-id="ns:${ns}"]`);

/** Draws `from` → `to`, checks the prefilled port, optionally picks a namespace label, and allows. */
async function allow(page: Page, from: Locator, to: Locator, expectPort: string, nsLabel?: string) {
  await drawEdge(page, from, to);
  const dialog = page.getByTestId('flow-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('input[name="port"]')).toHaveValue(expectPort);
  if (nsLabel) await dialog.locator('select[name="namespaceSelector"]').selectOption({ label: nsLabel });
  await dialog.getByRole('button', { name: 'Allow' }).click();
  await expect(dialog).toBeHidden();
}

test('drawing the article flows onto a deny-all namespace writes allow policies and leaves the deny-all rule-free', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page); // the saved workspace has loaded: a paste before that would be replaced by it
  await pasteIntoEditor(page, WORKSPACE);
  for (const name of ['frontend', 'backend', 'database', 'prometheus'])
    await expect(workload(page, name)).toBeVisible();
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);

  // listing-02 / listing-06: frontend → backend; the port comes from backend's containerPort.
  await allow(page, workload(page, 'frontend'), workload(page, 'backend'), '8080');
  // listing-06: backend → database.
  await allow(page, workload(page, 'backend'), workload(page, 'database'), '5432');
  // listing-03: from the monitoring namespace (its own connector) to every pod of production, selected by
  // the namespace's `purpose: monitoring` label rather than its name. No single target port: the field is empty.
  const monitoring = namespaceBox(page, 'monitoring');
  await monitoring.hover({ position: { x: 40, y: 12 } });
  const connector = monitoring.getByTestId('namespace-connector');
  await expect(connector).toBeVisible();
  const dot = (await connector.boundingBox())!;
  const target = (await namespaceBox(page, 'production').boundingBox())!;
  await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 30, target.y + 12, { steps: 12 });
  await page.mouse.up();
  const dialog = page.getByTestId('flow-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('all pods in monitoring');
  await dialog.locator('select[name="namespaceSelector"]').selectOption({ label: 'purpose: monitoring' });
  await dialog.getByRole('button', { name: 'Allow' }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(async () => policies(await editorText(page)).length).toBeGreaterThanOrEqual(4);
  const text = await editorText(page);
  // The deny-all is byte for byte what was pasted: no rule was written into it.
  expect(text).toContain(DENY_ALL.slice('---\n'.length));
  const all = policies(text);
  const deny = all.find((p) => p.metadata?.name === 'deny-all')!;
  expect(deny.spec?.ingress).toBeUndefined();
  expect(deny.spec?.egress).toBeUndefined();

  // Each flow has its ingress rule in an allow policy of its own.
  const ingressOf = (app: string) =>
    all
      .filter((p) => p.metadata?.name !== 'deny-all')
      .filter((p) => JSON.stringify(p.spec?.podSelector) === JSON.stringify({ matchLabels: { app } }))
      .flatMap((p) => p.spec?.ingress ?? []);
  expect(ingressOf('backend')).toContainEqual({
    from: [{ podSelector: { matchLabels: { app: 'frontend' } } }],
    ports: [{ protocol: 'TCP', port: 8080 }],
  });
  expect(ingressOf('database')).toContainEqual({
    from: [{ podSelector: { matchLabels: { app: 'backend' } } }],
    ports: [{ protocol: 'TCP', port: 5432 }],
  });
  const fromMonitoring = all.find(
    (p) => JSON.stringify(p.spec?.podSelector) === '{}' && p.metadata?.name !== 'deny-all',
  );
  expect(fromMonitoring?.spec?.ingress).toEqual([
    { from: [{ namespaceSelector: { matchLabels: { purpose: 'monitoring' } } }] },
  ]);
  // The deny-all isolates egress too: frontend and backend got the matching egress rules elsewhere.
  const egressOf = (app: string) =>
    all
      .filter((p) => JSON.stringify(p.spec?.podSelector) === JSON.stringify({ matchLabels: { app } }))
      .flatMap((p) => p.spec?.egress ?? []);
  expect(egressOf('frontend')).toHaveLength(1);
  expect(egressOf('backend')).toHaveLength(1);
  // Every comment of the pasted text is still there.
  for (const line of WORKSPACE.split('\n').filter((l) => l.includes('#')))
    expect(text).toContain(line.slice(line.indexOf('#')));
});
