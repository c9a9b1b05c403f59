/**
 * The effective view is complete (issue 11): the article's policies-only listing draws flows between
 * the pods its selectors describe, with a note saying so, and on onlineboutique every line of
 * netpol-analyzer's connectivity list is carried by a drawn edge (or counted in the legend).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';
import { pasteIntoEditor } from './sync-helpers.ts';
import { ORACLE_DIR } from '../conformance/oracle.ts';

const seed = path.resolve(ORACLE_DIR, '../seed/listing-06.yaml');
const boutique = path.join(ORACLE_DIR, 'netpol-analyzer/onlineboutique');
const label = (id: string) => `[data-testid="effective-edge-label"][data-edge-id="${id}"]`;

async function showEffective(page: Page, text: string): Promise<void> {
  await openApp(page);
  await pasteIntoEditor(page, text);
  await page.getByTestId('view-effective').click();
  await expect(page.getByTestId('effective-legend')).toBeVisible();
}

test('policies only (listing-06): flows between the pods the selectors describe, and a note saying so', async ({
  page,
  watch: _watch,
}) => {
  test.skip(!existsSync(seed), `seed listing missing: ${seed}`);
  await showEffective(page, readFileSync(seed, 'utf8'));
  await expect(page.getByTestId('effective-inferred')).toContainText(
    "No workloads in the YAML: showing pods the policies' selectors describe",
  );
  const frontend = 'inferred:production/tier=frontend';
  const backend = 'inferred:production/tier=backend';
  const database = 'inferred:production/tier=database';
  await expect(page.locator(label(`eff:${frontend}>${backend}`))).toContainText('TCP 8080');
  await expect(page.locator(label(`eff:${backend}>${database}`))).toHaveText('TCP 5432');
  await expect(page.locator(label(`eff:anywhere>${frontend}`))).toHaveText('TCP 80');
  await expect(page.locator(label(`eff:anywhere>${database}`))).toHaveCount(0);
  // The Why panel explains a flow between stand-in pods.
  await page.locator(label(`eff:${backend}>${database}`)).click();
  const why = page.getByTestId('why-panel');
  await expect(why.getByTestId('why-title')).toHaveText('production/tier=backend → production/tier=database');
  await expect(why.getByTestId('why-verdict')).toHaveText('Allowed: TCP 5432');
  await expect(why.getByTestId('why-ingress').getByTestId('why-rule')).toHaveAttribute(
    'data-policy',
    'production/database-policy',
  );
});

test('the legend folds into one line, leaving the canvas room, and opens again', async ({ page, watch: _watch }) => {
  test.skip(!existsSync(seed), `seed listing missing: ${seed}`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await showEffective(page, readFileSync(seed, 'utf8'));
  const legend = page.getByTestId('effective-legend');
  const open = (await legend.boundingBox())!;
  await page.getByTestId('effective-legend-toggle').click();
  await expect(legend).not.toContainText('dashed red');
  await expect(page.getByTestId('effective-legend-toggle')).toHaveAttribute('aria-expanded', 'false');
  const folded = (await legend.boundingBox())!;
  expect(folded.height).toBeLessThan(open.height / 2);
  await page.getByTestId('effective-legend-toggle').click();
  await expect(legend).toContainText('dashed red');
  await expect(page.getByTestId('effective-inferred')).toBeVisible();
});

test('a CIDR peer is drawn from its block, not from anywhere', async ({ page, watch: _watch }) => {
  await showEffective(
    page,
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-external-db, namespace: production}
spec:
  podSelector: {matchLabels: {app: backend}}
  policyTypes: [Egress]
  egress:
    - to: [{ipBlock: {cidr: 10.0.0.0/24}}]
      ports: [{protocol: TCP, port: 5432}]
`,
  );
  const out = page.locator(label('eff:inferred:production/app=backend>cidr:10.0.0.0/24'));
  await expect(out).toHaveText('TCP 5432');
  await expect(page.locator(label('eff:inferred:production/app=backend>anywhere'))).toHaveCount(0);
  await out.click();
  await expect(page.getByTestId('why-title')).toHaveText('production/app=backend → 10.0.0.0/24');
  await expect(page.getByTestId('why-ranges')).toHaveText('addresses 10.0.0.0-10.0.0.255');
  await expect(page.getByTestId('why-verdict')).toHaveText('Allowed: TCP 5432');
});

test('onlineboutique: every line of the connectivity list is drawn or counted', async ({ page, watch: _watch }) => {
  test.skip(!existsSync(boutique), `oracle missing: ${boutique} (set ORACLE_DIR)`);
  const dir = path.join(boutique, 'in');
  const text = readdirSync(dir)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/\n*$/, '\n'))
    .join('---\n');
  await showEffective(page, text);
  const expected = readFileSync(path.join(boutique, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .sort();
  const labels = page.getByTestId('effective-edge-label');
  await expect(labels.first()).toBeVisible();
  await expect
    .poll(async () => {
      const drawn = await labels.evaluateAll((els) =>
        els.flatMap((e) => (e.getAttribute('data-connlist') ?? '').split('\n').filter(Boolean)),
      );
      const counted = await page
        .getByTestId('effective-counted')
        .evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-lines')), 0));
      return { drawn: drawn.sort(), counted };
    })
    .toEqual({ drawn: expected, counted: 0 });
  // redis-cart, which no policy selects, is open to and from every address: both drawn on `anywhere`.
  const redis = 'wl:default/redis-cart-78746d49dc[ReplicaSet]';
  await expect(page.locator(label(`eff:anywhere>${redis}`))).toHaveText('All Connections');
  await expect(page.locator(label(`eff:${redis}>anywhere`))).toHaveText('All Connections');
  await page.locator(label(`eff:anywhere>${redis}`)).click();
  await expect(page.getByTestId('why-verdict')).toHaveText('Allowed: All Connections');
});
