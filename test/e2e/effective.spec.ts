/**
 * The Effective view on the built-in shop example: what really gets through,
 * and the Why panel pointing back at the YAML rules responsible.
 */
import { test, expect, openApp } from './fixtures.ts';

const WEB = 'wl:shop/web[Deployment]';
const API = 'wl:shop/api[Deployment]';
const DB = 'wl:shop/db[Deployment]';
const edge = (from: string, to: string) => `[data-testid="effective-edge-label"][data-edge-id="eff:${from}>${to}"]`;

test('switching to Effective draws what gets through, and Why names the rules', async ({ page, watch: _watch }) => {
  await openApp(page);
  const rules = page.getByTestId('view-rules');
  const effective = page.getByTestId('view-effective');
  await expect(rules).toHaveAttribute('aria-pressed', 'true');
  // Keyboard-operable: focus the switch and press Enter.
  await effective.focus();
  await page.keyboard.press('Enter');
  await expect(effective).toHaveAttribute('aria-pressed', 'true');
  await expect(rules).toHaveAttribute('aria-pressed', 'false');

  // web→api on 8080 and api→db on 5432 get through; web cannot reach db.
  await expect(page.locator(edge(WEB, API))).toHaveText('TCP 8080');
  await expect(page.locator(edge(API, DB))).toHaveText('TCP 5432');
  await expect(page.locator(edge(WEB, DB))).toHaveCount(0);
  // Rule edges are gone (DNS to kube-system is a rule, not a workload flow).
  await expect(page.getByTestId('edge-label')).toHaveCount(0);
  // The status bar counts what is drawn: flows, not rule edges.
  const allowed = await page.locator('[data-testid="effective-edge-label"][data-kind="allowed"]').count();
  const halfOpen = await page.locator('[data-testid="effective-edge-label"][data-kind="half-open"]').count();
  await expect(page.getByTestId('status-bar')).toContainText(
    `${allowed} allowed flow${allowed === 1 ? '' : 's'} · ${halfOpen} flow${halfOpen === 1 ? '' : 's'} blocked at one side`,
  );
  await rules.click();
  await expect(page.getByTestId('status-bar')).toContainText('rule edges');
  await effective.click();
  await page.screenshot({ path: 'test-results/effective-view.png' });

  // Why api→db: egress allowed by shop/api, ingress by shop/db.
  await page.locator(edge(API, DB)).click();
  const why = page.getByTestId('why-panel');
  await expect(why).toBeVisible();
  await expect(why.getByTestId('why-verdict')).toHaveText('Allowed: TCP 5432');
  const egressRule = why.getByTestId('why-egress').getByTestId('why-rule');
  const ingressRule = why.getByTestId('why-ingress').getByTestId('why-rule');
  await expect(egressRule).toHaveAttribute('data-policy', 'shop/api');
  await expect(egressRule).toContainText('Allowed by shop/api egress rule 1');
  await expect(ingressRule).toHaveAttribute('data-policy', 'shop/db');
  await expect(ingressRule).toContainText('Allowed by shop/db ingress rule 1');
  await expect(why.getByTestId('why-egress')).toContainText(
    'shop/api is isolated for egress by shop/default-deny, shop/allow-dns, shop/api',
  );

  // Clicking the ingress rule highlights its YAML: the `from` peer of policy shop/db.
  await ingressRule.click();
  await expect(ingressRule).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.monaco-editor .yaml-highlight').first()).toBeVisible();
  const highlighted = await page.evaluate(() => {
    const model = window.__netpolStudio!.editor.getModel()!;
    const lines = model
      .getAllDecorations()
      .filter((d) => d.options.className === 'yaml-highlight')
      .map((d) => d.range.startLineNumber);
    // Walk up from the highlight to the policy's name.
    for (let l = Math.min(...lines); l > 0; l--) {
      const m = /^ {2}name: (\S+)/.exec(model.getLineContent(l));
      if (m) return { name: m[1], text: model.getLineContent(lines[0]) };
    }
    return undefined;
  });
  expect(highlighted?.name).toBe('db');
  await page.screenshot({ path: 'test-results/effective-why.png' });

  // The policies that isolate a side are links too: default-deny highlights its own manifest.
  const isolating = why
    .getByTestId('why-egress')
    .getByTestId('why-isolating-policy')
    .filter({ hasText: 'shop/default-deny' });
  await isolating.click();
  await expect(isolating).toHaveAttribute('aria-pressed', 'true');
  await expect(ingressRule).toHaveAttribute('aria-pressed', 'false');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const model = window.__netpolStudio!.editor.getModel()!;
        const ranges = model
          .getAllDecorations()
          .filter((d) => d.options.className === 'yaml-highlight')
          .map((d) => d.range);
        const text = ranges
          .map((r) =>
            model.getValueInRange({
              startLineNumber: r.startLineNumber,
              startColumn: 1,
              endLineNumber: r.endLineNumber + 1,
              endColumn: 1,
            }),
          )
          .join('');
        return /name: default-deny/.test(text) && /kind: NetworkPolicy/.test(text);
      }),
    )
    .toBe(true);

  // Ask about one port: 8080 is not what api→db allows.
  await why.getByTestId('why-port').fill('8080/TCP');
  await expect(why.getByTestId('why-verdict')).toHaveText('TCP 8080: blocked');
  await expect(why.getByTestId('why-ingress')).toContainText('No ingress rule allows TCP 8080');
  await why.getByTestId('why-port').fill('5432');
  await expect(why.getByTestId('why-verdict')).toHaveText('TCP 5432: allowed');

  // Back to Rules: rule edges again, the Why panel gone, nodes where they were.
  const apiNode = page.locator(`[data-testid="entity-node"][data-node-id="${API}"]`);
  const before = await apiNode.boundingBox();
  await rules.click();
  await expect(why).toHaveCount(0);
  await expect(page.getByTestId('edge-label').first()).toBeVisible();
  expect(await apiNode.boundingBox()).toEqual(before);
});

test('a half-open flow is drawn dashed red, blocked at ingress', async ({ page, watch: _watch }) => {
  await openApp(page);
  // web's policy also allows egress to db on 5432, but db's ingress only accepts api.
  await page.evaluate(() => {
    const model = window.__netpolStudio!.editor.getModel()!;
    model.setValue(`${model.getValue()}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-to-db
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: web
  policyTypes: [Egress]
  egress:
    - to:
        - podSelector:
            matchLabels:
              app: db
      ports:
        - port: 5432
`);
  });
  await page.getByTestId('view-effective').click();
  const half = page.locator(edge(WEB, DB));
  await expect(half).toHaveText('TCP 5432 blocked at ingress');
  await expect(half).toHaveAttribute('data-kind', 'half-open');
  await page.screenshot({ path: 'test-results/effective-half-open-edge.png' });
  await half.click();
  const why = page.getByTestId('why-panel');
  await expect(why.getByTestId('why-verdict')).toHaveText('Blocked: nothing gets through');
  await expect(why.getByTestId('why-egress').getByTestId('why-rule')).toHaveAttribute('data-policy', 'shop/web-to-db');
  await expect(why.getByTestId('why-ingress')).toContainText(
    'shop/db is isolated for ingress by shop/default-deny, shop/db',
  );
  await page.screenshot({ path: 'test-results/effective-half-open.png' });
});

test('traffic allowed from a CIDR is drawn from that CIDR (issue 11: no longer from `anywhere`)', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  await page.evaluate(() => {
    const model = window.__netpolStudio!.editor.getModel()!;
    // Only a CIDR may reach db now: the example's `web` policy is replaced by one naming 10.0.0.0/8.
    model.setValue(`apiVersion: v1
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
    - from: [{ipBlock: {cidr: 10.0.0.0/8}}]
      ports: [{port: 5432}]
`);
  });
  await page.getByTestId('view-effective').click();
  const ext = page.locator('[data-testid="effective-edge-label"][data-edge-id="eff:cidr:10.0.0.0/8>wl:shop/db[Pod]"]');
  await expect(ext).toHaveText('TCP 5432');
  await ext.click();
  await expect(page.getByTestId('why-panel')).toContainText('addresses 10.0.0.0-10.255.255.255');
  await expect(page.getByTestId('why-verdict')).toHaveText('Allowed: TCP 5432');
  await page.screenshot({ path: 'test-results/effective-cidr.png' });
});
