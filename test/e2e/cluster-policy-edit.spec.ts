/**
 * Issue 14, editing cluster-scoped policies as an admin would: paste an AdminNetworkPolicy with
 * comments and two workloads, draw an edge and write it into the AdminNetworkPolicy as a Deny rule,
 * see the rule land after the existing rules with every comment kept, undo it in one step, then
 * change the policy's priority and its rule order in the inspector.
 */
import { parseAllDocuments } from 'yaml';
import { test, expect } from './fixtures.ts';
import { drawEdge, editorText, pasteIntoEditor } from './sync-helpers.ts';

const WORKSPACE = `# Guardrails for the vault — 金庫
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: Namespace
metadata:
  name: vault
  labels:
    tier: secret # sensitive data
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
  namespace: vault
spec:
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16
          ports:
            - containerPort: 5432
---
# The vault's guard: decided before any NetworkPolicy.
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: vault-guard
spec:
  priority: 20 # lower numbers first
  subject:
    namespaces:
      matchLabels:
        tier: secret
  ingress:
    # the vault's own traffic goes to its NetworkPolicies
    - name: pass-within
      action: Pass
      from:
        - namespaces:
            matchLabels:
              tier: secret
    # monitoring scrapes metrics
    - name: allow-monitoring
      action: Allow
      from:
        - namespaces:
            matchLabels:
              kubernetes.io/metadata.name: monitoring
# end of the guard
`;

const COMMENTS = WORKSPACE.split('\n')
  .filter((l) => l.includes('#'))
  .map((l) => l.slice(l.indexOf('#')));

type Rule = { name?: string; action?: string; from?: unknown[]; ports?: unknown[] };
const guard = (text: string) =>
  parseAllDocuments(text)
    .map((d) => d.toJS() as { kind?: string; spec?: { priority?: number; ingress?: Rule[] } })
    .find((o) => o?.kind === 'AdminNetworkPolicy')!;

const workload = (page: import('@playwright/test').Page, name: string) =>
  page.locator(`[data-testid="entity-node"][data-kind="workload"][data-node-id$="/${name}[Deployment]"]`);

async function open(page: import('@playwright/test').Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 45_000 });
  await page.waitForFunction(() => Boolean(window.__netpolStudio));
  await pasteIntoEditor(page, WORKSPACE);
  for (const name of ['web', 'db']) await expect(workload(page, name)).toBeVisible();
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('a Deny edge drawn into an AdminNetworkPolicy lands after its rules, comments kept, and undoes in one step', async ({
  page,
  watch: _watch,
}) => {
  await open(page);
  await drawEdge(page, workload(page, 'web'), workload(page, 'db'));
  const flow = page.getByTestId('flow-dialog');
  await expect(flow).toBeVisible();
  // The port starts at db's containerPort; the ANP selecting db is offered as where to write.
  await expect(flow.locator('input[name="port"]')).toHaveValue('5432');
  const into = flow.getByTestId('flow-into');
  await expect(into.locator('option')).toContainText([
    'NetworkPolicies',
    'AdminNetworkPolicy vault-guard: ingress rule, priority 20',
  ]);
  await into.selectOption({ label: 'AdminNetworkPolicy vault-guard: ingress rule, priority 20' });
  await expect(flow.locator('input[name="action"]')).toHaveCount(3); // Allow, Deny, Pass
  await expect(flow).toContainText('Added after the 2 rules there');
  await flow.getByText('Deny', { exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('Deny traffic');
  const submit = page.getByTestId('dialog-submit');
  await expect(submit).toHaveText('Add Deny rule');
  await expect(submit).toHaveClass(/btn--danger/);
  await submit.click();
  await expect(flow).toBeHidden();

  const text = await editorText(page);
  const rules = guard(text).spec!.ingress!;
  expect(rules.map((r) => [r.name, r.action])).toEqual([
    ['pass-within', 'Pass'],
    ['allow-monitoring', 'Allow'],
    ['deny-from-web', 'Deny'],
  ]);
  expect(rules[2]).toEqual({
    name: 'deny-from-web',
    action: 'Deny',
    from: [
      {
        pods: {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } },
          podSelector: { matchLabels: { app: 'web' } },
        },
      },
    ],
    ports: [{ portNumber: { protocol: 'TCP', port: 5432 } }],
  });
  // Written after the last rule, in the document's layout, before the closing comment.
  expect(text).toContain(
    '              kubernetes.io/metadata.name: monitoring\n    - name: deny-from-web\n      action: Deny\n',
  );
  expect(text).toMatch(/\n {12}port: 5432\n# end of the guard\n$/);
  for (const c of COMMENTS) expect(text).toContain(c);

  // One undo step removes exactly the rule.
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toBe(WORKSPACE);
});

test('the inspector edits the priority and the rule order of the cluster policy selecting a workload', async ({
  page,
  watch: _watch,
}) => {
  await open(page);
  await workload(page, 'db').click();
  const cards = page.getByTestId('cluster-policy');
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText('vault-guard');
  await expect(cards).toContainText('Admin tier');
  const priority = page.getByTestId('cluster-priority');
  await expect(priority).toHaveValue('20');
  await priority.fill('5');
  await priority.press('Enter');
  await expect.poll(() => editorText(page)).toContain('  priority: 5 # lower numbers first\n');
  expect(guard(await editorText(page)).spec!.priority).toBe(5);

  // An out-of-range priority is refused at the field, the text untouched.
  await priority.fill('1001');
  await priority.press('Enter');
  await expect(page.getByTestId('inspector').getByRole('alert')).toContainText('0 to 1000');
  expect(guard(await editorText(page)).spec!.priority).toBe(5);
  await priority.press('Escape');

  // Moving the first rule down: the rules swap, each with the comment written above it.
  const rows = page.getByTestId('cluster-rule');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByTestId('cluster-rule-up')).toBeDisabled();
  await rows.first().getByTestId('cluster-rule-down').click();
  await expect
    .poll(async () => guard(await editorText(page)).spec!.ingress!.map((r) => r.name))
    .toEqual(['allow-monitoring', 'pass-within']);
  const text = await editorText(page);
  expect(text).toContain('    # monitoring scrapes metrics\n    - name: allow-monitoring\n');
  expect(text).toContain("    # the vault's own traffic goes to its NetworkPolicies\n    - name: pass-within\n");
  for (const c of COMMENTS) expect(text).toContain(c);
  await expect(rows.first()).toContainText('allow-monitoring');
});
