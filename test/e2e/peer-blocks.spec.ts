/**
 * A policy naming hundreds of address ranges, as a large graph (canvas/peer-blocks.ts): the ranges sit in
 * one framed block and reach their namespace by one bundled edge that counts their rules, instead of a
 * fan of an edge per range over the cards (5,000 of them took a 6 s task to draw). Selecting a range
 * draws its own edge, as selecting a workload does for a namespace's bundles.
 */
import { wideNetworkPolicy } from '../../bench/kubectl-dump.ts';
import { expect, openApp, test } from './fixtures.ts';
import { pasteIntoEditor } from './sync-helpers.ts';

// 2,400 rules, one in three from a range of its own: 800 ranges, and a graph drawn as bundles.
const TEXT = `# many ranges allowed in\n${wideNetworkPolicy({ rules: 2400 })}`;

test('hundreds of ranges are one framed block with one bundled edge; a selected range draws its own', async ({
  page,
  watch: _watch,
}) => {
  test.setTimeout(120_000);
  const warnings: string[] = [];
  page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
  await openApp(page);
  await pasteIntoEditor(page, TEXT);
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/, { timeout: 60_000 });
  const block = page.getByTestId('peer-block');
  await expect(block).toHaveCount(1, { timeout: 60_000 });
  await expect(block).toHaveAttribute('data-kind', 'cidr');
  await expect(block).toContainText('800 IP blocks');

  // The ranges' rules are one edge from the block, counted on its pill; no edge of a range alone.
  const fromBlock = page.locator('.react-flow__edge[data-id^="ns-bundle:__outside:cidr->"]');
  await expect(fromBlock).toHaveCount(1);
  await expect(page.getByTestId('edge-label').filter({ hasText: '(800 rules)' })).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[data-id^="cidr:"]')).toHaveCount(0);

  // One range selected: its own edge is drawn, the block's bundle counts the others.
  // A range wholly in view, below the canvas's top bar.
  const id = await page.evaluate(() => {
    const pane = document.querySelector('.graph-pane')!.getBoundingClientRect();
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="entity-node"][data-node-id^="cidr:"]')];
    const inView = cards.find((c) => {
      const r = c.getBoundingClientRect();
      return r.top > pane.top + 150 && r.bottom < pane.bottom - 150 && r.left > pane.left && r.right < pane.right;
    });
    return inView?.dataset.nodeId;
  });
  expect(id).toBeTruthy();
  await page.locator(`[data-testid="entity-node"][data-node-id="${id}"]`).click();
  await expect(page.locator(`.react-flow__edge[data-id^="${id}->"]`)).toHaveCount(1);
  await expect(page.getByTestId('edge-label').filter({ hasText: '(799 rules)' })).toHaveCount(1);
  expect(warnings.filter((w) => /React Flow|\[React/.test(w))).toEqual([]);
});
