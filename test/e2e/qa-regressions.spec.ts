/**
 * Regressions found by using the app as a new user would (QA pass): a
 * real-world set pasted over the example, and the notice a gesture leaves
 * while the YAML is broken.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, openApp, test } from './fixtures.ts';
import { pasteIntoEditor } from './sync-helpers.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const oracle = process.env.ORACLE_DIR ?? path.resolve(here, '../../../shared/oracle');
const boutique = ['ns.yaml', 'pods.yaml', 'netpols.yaml']
  .map((f) => readFileSync(path.join(oracle, 'netpol-analyzer/onlineboutique/in', f), 'utf8').replace(/\n*$/, '\n'))
  .join('---\n');

test('onlineboutique pasted over the example is laid out and fitted into view', async ({ page, watch }) => {
  await openApp(page);
  await pasteIntoEditor(page, boutique);
  // ELK used to throw on this set (POLYLINE routing), leaving an empty canvas; and because
  // `kube-system` was shared with the example, the old viewport stayed, far from the new graph.
  const workloads = page.locator('[data-testid="entity-node"][data-kind="workload"]');
  await expect(workloads).toHaveCount(12);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  const pane = (await page.getByTestId('graph-pane').boundingBox())!;
  await expect
    .poll(async () => {
      const boxes = await workloads.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      return boxes.filter((b) => b.x >= pane.x && b.y >= pane.y && b.x + b.width <= pane.x + pane.width && b.y + b.height <= pane.y + pane.height).length;
    })
    .toBe(12);
  expect(watch.consoleErrors).toEqual([]);
});

test('the "YAML has errors" notice goes away once the YAML parses again', async ({ page, watch: _watch }) => {
  await openApp(page);
  const good = await page.evaluate(() => window.__netpolStudio!.editor.getValue());
  await pasteIntoEditor(page, `${good}\nbroken: [\n`);
  await expect(page.getByTestId('stale-banner')).toBeVisible();
  // A gesture while the graph is stale (the palette is disabled but still takes the keyboard).
  await page.getByTestId('palette-namespace').click({ force: true });
  const notice = page.getByTestId('notice-error').filter({ hasText: 'graph is out of date' });
  await expect(notice).toBeVisible();
  await pasteIntoEditor(page, good);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  await expect(notice).toHaveCount(0);
});
