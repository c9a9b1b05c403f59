/**
 * The analysis panels of issue 13: the connectivity matrix (equal to netpol-analyzer's connlist of
 * onlineboutique), the what-if probe (the deciding rule and its YAML line) and the problems panel's
 * quick fixes (each applied, then undone with Ctrl+Z).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { editorText, pasteIntoEditor } from './sync-helpers.ts';

const ORACLE = process.env.ORACLE_DIR ?? join(import.meta.dirname, '../../../shared/oracle');
const BOUTIQUE = join(ORACLE, 'netpol-analyzer/onlineboutique');

/** Every non-empty cell of the matrix as a connlist line, scrolling the windowed grid across and down. */
async function matrixLines(page: Page): Promise<string[]> {
  const body = page.getByTestId('matrix-body');
  const size = await body.evaluate((el) => ({
    w: el.scrollWidth,
    h: el.scrollHeight,
    cw: el.clientWidth,
    ch: el.clientHeight,
  }));
  const lines = new Set<string>();
  for (let top = 0; top < size.h; top += size.ch) {
    for (let left = 0; left < size.w; left += size.cw) {
      await body.evaluate((el, [l, t]) => el.scrollTo(l, t), [left, top]);
      await page.waitForTimeout(100); // one animation frame for the window to follow
      const cells = await page
        .locator('[data-testid="matrix-cell"]:not([data-conn=""])')
        .evaluateAll((els) => els.map((e) => `${e.dataset.src} => ${e.dataset.dst} : ${e.dataset.conn}`));
      for (const c of cells) lines.add(c);
    }
  }
  return [...lines].sort();
}

test('the matrix of onlineboutique equals its connlist, and its cells and headers lead to the canvas', async ({
  page,
  watch: _watch,
}) => {
  test.skip(!existsSync(join(BOUTIQUE, 'in')), `oracle missing: ${BOUTIQUE} (set ORACLE_DIR)`);
  await openApp(page);
  const text = readdirSync(join(BOUTIQUE, 'in'))
    .sort()
    .map((f) => readFileSync(join(BOUTIQUE, 'in', f), 'utf8').replace(/\n*$/, '\n'))
    .join('---\n');
  await pasteIntoEditor(page, text);
  await expect(page.getByTestId('status-bar')).toContainText('12 workloads');
  await page.getByTestId('open-matrix').click();
  await expect(page.getByTestId('matrix-count')).toHaveText('13 × 13');
  const expected = readFileSync(join(BOUTIQUE, 'expected.txt'), 'utf8').trimEnd().split('\n').sort();
  expect(await matrixLines(page)).toEqual(expected);

  // Filters: the port keeps only the pairs allowing it.
  await page.getByTestId('matrix-port').fill('7070');
  const withPort = expected.filter((l) => /TCP 7070$|All Connections$/.test(l));
  expect(await matrixLines(page)).toEqual(withPort);
  await page.getByTestId('matrix-port').fill('');
  await page.getByTestId('matrix-srcText').fill('frontend');
  await expect(page.getByTestId('matrix-count')).toHaveText('1 × 13');
  await page.getByTestId('matrix-srcText').fill('');

  // A row header focuses the canvas on that workload.
  const frontend = 'default/frontend-99684f7f8[ReplicaSet]';
  await page.locator(`[data-testid="matrix-row-head"][data-peer="${frontend}"]`).click();
  await expect
    .poll(() => page.evaluate(() => window.__netpolStudioState!.store.getState().focus?.id))
    .toBe(`wl:${frontend}`);

  // A cell opens the Why panel of that flow.
  const cartservice = 'default/cartservice-74f56fd4b[ReplicaSet]';
  await page.locator(`[data-testid="matrix-cell"][data-src="${frontend}"][data-dst="${cartservice}"]`).click();
  await expect(page.getByTestId('why-panel')).toBeVisible();
  await expect(page.getByTestId('why-title')).toContainText('frontend-99684f7f8');
  await expect(page.getByTestId('why-title')).toContainText('cartservice-74f56fd4b');
  await expect(page.getByTestId('why-verdict')).toHaveText('Allowed: TCP 7070');
});

/** The 1-based line of the editor holding `needle` for the `nth` time (0-based). */
const lineOf = (page: Page, needle: string, nth = 0) =>
  page.evaluate(
    ([n, i]) => {
      const model = window.__netpolStudio!.editor.getModel()!;
      return model.findMatches(n as string, false, false, true, null, false)[i as number].range.startLineNumber;
    },
    [needle, nth],
  );

test('a probe on the example names the deciding rule and its YAML line', async ({ page, watch: _watch }) => {
  await openApp(page);
  await page.getByTestId('open-probe').click();
  const input = page.getByTestId('probe-input');
  await input.fill('shop/api -> shop/db:5432/TCP');
  await expect(page.getByTestId('probe-verdict')).toHaveText('shop/api → shop/db on TCP 5432: allowed');
  // The db policy's one ingress rule decides the ingress side: it starts at `- from:` under `name: db`.
  const dbPolicy = await lineOf(page, 'name: db', 1);
  const ruleLine = await page.evaluate((after) => {
    const model = window.__netpolStudio!.editor.getModel()!;
    for (let l = after; l <= model.getLineCount(); l++) if (model.getLineContent(l).includes('- from:')) return l;
    return -1;
  }, dbPolicy);
  const rule = page.getByTestId('probe-ingress').getByTestId('probe-rule');
  await expect(rule).toHaveCount(1);
  await expect(rule).toHaveAttribute('data-policy', 'shop/db');
  await expect(rule).toContainText(`shop/db ingress rule 1 · line ${ruleLine}`);
  await rule.click();
  await expect
    .poll(() => page.evaluate(() => window.__netpolStudio!.editor.getSelection()!.startLineNumber))
    .toBe(ruleLine);

  // Blocked: web may not reach db; the ingress side says so.
  await input.fill('shop/web -> shop/db:5432');
  await expect(page.getByTestId('probe-verdict')).toHaveText('shop/web → shop/db on TCP 5432: blocked');
  await expect(page.getByTestId('probe-ingress')).toContainText('No ingress rule allows it');
  // A pod that does not exist yet, by its labels.
  await input.fill('shop/{app=web} -> shop/api:8080');
  await expect(page.getByTestId('probe-verdict')).toHaveText(
    'new pod {app=web} in shop → shop/api on TCP 8080: allowed',
  );
  // A typo gets a message with its position, not an answer.
  await input.fill('shop/web -> shop/db:99999');
  await expect(page.getByTestId('probe-error')).toHaveText(
    'Column 21: "99999" is not a port: write a number from 1 to 65535.',
  );
});

const PROBLEMS = `# Four problems, each with a quick fix.
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
---
# egress without DNS
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}} # keep
  policyTypes: [Egress]
  egress:
  - to: [{podSelector: {matchLabels: {app: web}}}]
---
# split peer, reversed endPort, ignored egress rules
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress]
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: ops}}
    - podSelector: {matchLabels: {app: prom}}
    ports:
    - port: 9100
      endPort: 9000
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8}}]
`;

for (const rule of ['no-dns-egress', 'split-peer', 'policy-types-omit-rules', 'endport-before-port']) {
  test(`quick fix for ${rule}: applied as one step, undone with Ctrl+Z`, async ({ page, watch: _watch }) => {
    await openApp(page);
    await pasteIntoEditor(page, PROBLEMS);
    await expect(page.getByTestId('status-bar')).toContainText('1 workload');
    await page.getByTestId('warning-count').click();
    const list = page.getByTestId('diagnostics-list');
    await expect(list.locator(`[data-testid="diagnostic-item"][data-rule="${rule}"]`)).toHaveCount(1);
    const before = await editorText(page);
    await list.locator(`[data-testid="quick-fix"][data-rule="${rule}"]`).click();
    await expect(list.locator(`[data-testid="diagnostic-item"][data-rule="${rule}"]`)).toHaveCount(0);
    const after = await editorText(page);
    expect(after).not.toBe(before);
    // Comments stay.
    for (const c of ['# Four problems', '# egress without DNS', '# keep', '# split peer']) expect(after).toContain(c);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe(before);
    await expect(list.locator(`[data-testid="diagnostic-item"][data-rule="${rule}"]`)).toHaveCount(1);
  });
}
