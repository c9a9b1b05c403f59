/**
 * Issue 14 on the canvas: an AdminNetworkPolicy + NetworkPolicy + BaselineAdminNetworkPolicy set with an
 * Ingress (fixtures/cluster-policies/three-layers.yaml, commented) draws all three layers — tier badges
 * on the selected cards, a Deny edge marked ⊘ in red, a Pass edge dashed, NetworkPolicy edges as before —
 * and the ingress controller's card; selecting a cluster rule edge highlights its YAML; the Why panel of
 * api → db, decided by Pass, shows the chain down to the NetworkPolicy; the ingress controller's flow is
 * drawn in the effective view too.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';
import { pasteIntoEditor } from './sync-helpers.ts';

const THREE_LAYERS = readFileSync(
  path.join(import.meta.dirname, 'fixtures/cluster-policies/three-layers.yaml'),
  'utf8',
);
const WEB = 'wl:shop/web[Deployment]';
const API = 'wl:shop/api[Deployment]';
const DB = 'wl:shop/db[Deployment]';
const card = (page: Page, id: string) => page.locator(`[data-testid="entity-node"][data-node-id="${id}"]`);
const ruleLabel = (page: Page, style: string) => page.locator(`[data-testid="edge-label"][data-style="${style}"]`);

/** The highlighted YAML lines, and the name of the manifest they are or are in (`  name:` in them, or above them). */
const highlight = (page: Page) =>
  page.evaluate(() => {
    const model = window.__netpolStudio!.editor.getModel()!;
    const lines = model
      .getAllDecorations()
      .filter((d) => d.options.className === 'yaml-highlight')
      .flatMap((d) => [d.range.startLineNumber, d.range.endLineNumber]);
    if (lines.length === 0) return undefined;
    const first = Math.min(...lines);
    const text = model.getValueInRange({
      startLineNumber: first,
      startColumn: 1,
      endLineNumber: Math.max(...lines) + 1,
      endColumn: 1,
    });
    // A whole manifest highlighted names itself; a rule or peer is inside the manifest named above it.
    const own = /^ {2}name: (\S+)/m.exec(text);
    if (own) return { manifest: own[1], text };
    for (let l = first; l > 0; l--) {
      const m = /^ {2}name: (\S+)/.exec(model.getLineContent(l));
      if (m) return { manifest: m[1], text };
    }
    return { manifest: undefined, text };
  });

test('the three layers are drawn: tier badges, a deny edge, a pass edge, and the ingress controller', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  await pasteIntoEditor(page, THREE_LAYERS);

  // Admin tier: guard-db's Deny web → db is red-marked with ⊘, its Pass api → db is dashed.
  const deny = ruleLabel(page, 'deny').filter({ hasText: 'ANP 10' });
  await expect(deny).toHaveText('⊘ ANP 10 · Deny TCP 5432');
  await expect(deny).toHaveAttribute('data-edge-id', `${WEB}->${DB}|deny`);
  const denyPath = page.locator('.react-flow__edge-path.flow-edge--deny');
  await expect(denyPath.first()).toBeAttached();
  const pass = ruleLabel(page, 'pass');
  await expect(pass).toHaveText('↷ ANP 10 · Pass all ports');
  await expect(pass).toHaveAttribute('data-edge-id', `${API}->${DB}|pass`);
  expect(
    await page.locator('.react-flow__edge-path.flow-edge--pass').evaluate((el) => getComputedStyle(el).strokeDasharray),
  ).not.toBe('none');
  // The NetworkPolicy layer, on the same pair as the Pass, stays its own plain edge.
  await expect(page.locator(`[data-testid="edge-label"][data-edge-id="${API}->${DB}"]`)).toHaveText('TCP 5432');
  // Baseline tier.
  await expect(ruleLabel(page, 'deny').filter({ hasText: 'BANP' })).toHaveText('⊘ BANP · Deny all ports');

  // Tier badges: db is the subject of both ANPs and the BANP (two shown, then +1); web of the ANP 20 and BANP.
  await expect(card(page, DB).getByTestId('cluster-badge')).toHaveText(['ANP 10', 'ANP 20']);
  await expect(card(page, DB).getByTestId('cluster-badges')).toContainText('+1');
  await expect(card(page, WEB).getByTestId('cluster-badge')).toHaveText(['ANP 20', 'BANP']);
  await expect(card(page, 'wl:monitoring/prometheus[Deployment]').getByTestId('cluster-badge')).toHaveText(['ANP 20']);

  // Ingress → Service web-svc → web: the ingress controller card and its route edge on the target port.
  await expect(card(page, 'ingress-controller')).toHaveAttribute('data-kind', 'ingress-controller');
  await expect(ruleLabel(page, 'route')).toHaveText('Ingress shop/shop · TCP 8080');

  // Selecting the deny edge reveals its rule in the YAML: guard-db's peer naming web.
  await deny.click();
  await expect(deny).toHaveClass(/is-selected/);
  await expect.poll(async () => (await highlight(page))?.manifest).toBe('guard-db');
  expect((await highlight(page))?.text).toContain('app: web');
  // Its inspector offers no NetworkPolicy edits (ports, remove peer, delete policy): they would not apply.
  await expect(page.getByTestId('layer-rule-note').first()).toBeVisible();
  await expect(page.getByTestId('delete-policy')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/cluster-policies-rules.png' });
});

test('the Why panel of a flow decided by Pass shows the chain, each link into the YAML', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  await pasteIntoEditor(page, THREE_LAYERS);
  await expect(ruleLabel(page, 'pass')).toBeAttached();
  await page.getByTestId('view-effective').click();

  // api → db: guard-db passes it on, shop/db-ingress allows 5432.
  const apiDb = page.locator(`[data-testid="effective-edge-label"][data-edge-id="eff:${API}>${DB}"]`);
  await expect(apiDb).toHaveText('TCP 5432');
  // web → db: denied by guard-db on 5432, and no NetworkPolicy lets web in: not drawn.
  await expect(page.locator(`[data-testid="effective-edge-label"][data-edge-id="eff:${WEB}>${DB}"]`)).toHaveCount(0);
  await apiDb.click();
  const why = page.getByTestId('why-panel');
  await expect(why.getByTestId('why-verdict')).toHaveText('Allowed: TCP 5432');
  const chain = why.locator('[data-testid="why-chain"][data-direction="ingress"]');
  await expect(chain).toHaveText(
    'ANP guard-db (prio 10) rule 2 “pass-api” → Pass → NetworkPolicy shop/db-ingress → allowed: TCP 5432',
  );
  // The Admin link selects guard-db's rule: its YAML lights up.
  const admin = chain.locator('[data-testid="why-chain-link"][data-layer="Admin"]');
  await admin.click();
  await expect(admin).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await highlight(page))?.manifest).toBe('guard-db');
  expect((await highlight(page))?.text).toContain('app: api');
  // The NetworkPolicy link selects the policy.
  const np = chain.locator('[data-testid="why-chain-link"][data-layer="NetworkPolicy"]');
  await np.click();
  await expect(np).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await highlight(page))?.manifest).toBe('db-ingress');
  await page.screenshot({ path: 'test-results/cluster-policies-why.png' });
});

test('the effective view draws the ingress controller reaching web, and Why names the Ingress', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  await pasteIntoEditor(page, THREE_LAYERS);
  await expect(ruleLabel(page, 'route')).toBeAttached();
  await page.getByTestId('view-effective').click();
  const route = page.locator(`[data-testid="effective-edge-label"][data-edge-id="eff:ingress-controller>${WEB}"]`);
  await expect(route).toHaveText('TCP 8080');
  await expect(card(page, 'ingress-controller')).toBeVisible();
  await route.click();
  const why = page.getByTestId('why-panel');
  await expect(why.getByTestId('why-route')).toContainText('Ingress shop/shop');
  await why.getByTestId('why-route-link').click();
  await expect.poll(async () => (await highlight(page))?.text).toContain('web-svc');
});
