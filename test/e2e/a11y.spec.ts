/**
 * Accessibility in both themes: axe-core (WCAG 2.x A/AA rules) finds no serious or critical violation on the
 * main view, every panel (inspector, Why panel, analysis dock tabs, problems list, nodes-and-flows list) and
 * every dialog and menu; and switching the theme switches Monaco and the canvas with it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fixture } from './io-helpers.ts';
import { openThreeTier, pasteIntoEditor, THREE_TIER, workload } from './sync-helpers.ts';

const THEMES = ['light', 'dark'] as const;

/** Runs axe on the page (or one part of it) and fails on any serious or critical violation, naming where. */
async function audit(page: Page, what: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n')[1]?.trim()}]` : ''}`)
          .join(' | ')}`,
    );
  expect(bad, what).toEqual([]);
}

/** Opens the app in a theme chosen before load (as remembered from an earlier visit). */
async function openIn(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('netpol-studio.theme', t), theme);
  await openThreeTier(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme === 'dark' ? 'light' : 'dark' }); // the remembered choice wins over the system
    // axe takes seconds per run on this DOM (Monaco, React Flow), and each test runs it about ten times.
    test.setTimeout(300_000);

    test('main view and panels have no serious or critical axe violation', async ({ page, watch: _watch }) => {
      await openIn(page, theme);
      await audit(page, 'main view');

      // Inspector of a workload.
      await workload(page, 'frontend').click();
      await expect(page.getByTestId('inspector')).toBeVisible();
      await audit(page, 'inspector', '[data-testid="inspector"]');
      await page.keyboard.press('Escape');

      // Nodes-and-flows list (the graph for the keyboard and screen readers).
      await page.getByTestId('open-flows').click();
      await expect(page.getByTestId('flows-list')).toBeVisible();
      await audit(page, 'flows list', '[data-testid="analysis-dock"]');
      await page.getByTestId('open-flows').click();

      // Canvas filters popover.
      await page.getByTestId('filter-button').click();
      await expect(page.getByTestId('filter-panel')).toBeVisible();
      await audit(page, 'filter popover', '[data-testid="filter-panel"]');
      await page.getByTestId('filter-button').click();

      // Analysis dock: both tabs.
      for (const tab of ['matrix', 'probe']) {
        await page.getByTestId(`open-${tab}`).click();
        await expect(page.getByTestId('analysis-dock')).toBeVisible();
        await audit(page, `analysis dock: ${tab}`, '[data-testid="analysis-dock"]');
      }
      await page.getByTestId('open-probe').click();

      // Effective view and a Why panel.
      await page.getByTestId('view-effective').click();
      await page.getByTestId('effective-edge-label').first().click();
      await expect(page.getByTestId('why-panel')).toBeVisible();
      await audit(page, 'effective view with the Why panel');

      // Problems list, with a problem in it.
      await page.getByTestId('view-rules').click();
      await pasteIntoEditor(page, THREE_TIER.replace('port: 5432', 'port: 70000'));
      await page.getByTestId('error-count').click();
      await expect(page.getByTestId('diagnostic-item').first()).toBeVisible();
      await audit(page, 'problems list');
    });

    test('dialogs and menus have no serious or critical axe violation', async ({ page, watch: _watch }) => {
      await openIn(page, theme);
      const dialog = async (testId: string, what: string) => {
        await expect(page.getByTestId(testId)).toBeVisible();
        await audit(page, what, `[data-testid="${testId}"]`);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId(testId)).toBeHidden();
      };

      for (const menu of ['import-menu', 'export-menu', 'workspace-menu']) {
        await page.getByTestId(menu).click();
        await audit(page, `menu ${menu}`, `[data-testid="${menu}-list"]`);
        await page.keyboard.press('Escape');
      }

      await page.getByTestId('import-menu').click();
      await page.getByTestId('menuitem-templates').click();
      await dialog('templates-dialog', 'templates dialog');

      await page.getByTestId('import-menu').click();
      await page.getByTestId('menuitem-inventory').click();
      await dialog('inventory-dialog', 'inventory dialog');

      await page.getByTestId('open-files-input').setInputFiles(fixture('payments-frontend.yaml'));
      await dialog('import-dialog', 'import dialog');

      await page.getByTestId('workspace-menu').click();
      await page.getByTestId('menuitem-ws-new').click();
      await dialog('name-dialog', 'new workspace dialog');

      await page.getByTestId('workspace-menu').click();
      await page.getByTestId('menuitem-ws-delete').click();
      await dialog('delete-dialog', 'delete workspace dialog');

      await page.getByTestId('palette-workload').click();
      await dialog('create-dialog', 'create dialog');

      await page.locator('.react-flow__node[data-id="wl:tiers/frontend[Deployment]"]').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('allow-other').selectOption({ label: 'tiers/database' });
      await page.getByTestId('allow-open').click();
      await dialog('flow-dialog', 'flow dialog');
    });
  });
}

test('switching the theme switches Monaco and the canvas, and is remembered', async ({ page, watch: _watch }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openThreeTier(page);
  const editorBackground = () =>
    page
      .locator('.monaco-editor .monaco-editor-background')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  const canvasBackground = () => page.locator('.react-flow').evaluate((el) => getComputedStyle(el).backgroundColor);
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };

  // Following the system (light here): light editor, light canvas.
  await expect(page.getByTestId('theme-switch')).toHaveValue('system');
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/\bvs\b/);
  expect(luminance(await editorBackground())).toBeGreaterThan(0.8);
  expect(luminance(await canvasBackground())).toBeGreaterThan(0.8);

  await page.getByTestId('theme-switch').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/\bvs-dark\b/);
  await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
  expect(luminance(await editorBackground())).toBeLessThan(0.2);
  expect(luminance(await canvasBackground())).toBeLessThan(0.2);
  // Cards and edge labels are dark too (no white card left on the dark canvas).
  const card = await workload(page, 'frontend').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(luminance(card)).toBeLessThan(0.3);

  // Remembered over a reload, even though the system says light.
  await page.reload();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme-switch')).toHaveValue('dark');
  expect(luminance(await editorBackground())).toBeLessThan(0.2);

  // Back to the system: the system turning dark turns the app dark.
  await page.getByTestId('theme-switch').selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/\bvs-dark\b/);
});

test('the graph is reachable as a list by keyboard: a node and a flow selected from it', async ({
  page,
  watch: _watch,
}) => {
  await openThreeTier(page);
  await page.getByTestId('open-flows').focus();
  await page.keyboard.press('Enter');
  const list = page.getByTestId('flows-list');
  await expect(list.getByRole('heading', { name: /^Nodes \(\d+\)/ })).toBeVisible();
  // Every workload and rule is listed as a button with its words (names, ports, policy and rule).
  await expect(list.getByRole('button', { name: /^backend in tiers$/ })).toBeVisible();
  const rule = list.getByRole('button', { name: /tiers\/backend → tiers\/database TCP 5432/ });
  // One rule edge from backend's egress policy, one from database's ingress policy.
  await expect(rule).toHaveCount(2);
  await expect(rule.filter({ hasText: 'egress rule 1' })).toHaveCount(1);
  await expect(rule.filter({ hasText: 'ingress rule 1' })).toHaveCount(1);

  // Keyboard: Tab from the tab into the list, Enter selects the first node on the canvas (the inspector opens).
  await page.getByTestId('dock-tab-flows').focus();
  let steps = 0;
  while (
    !(await list
      .getByRole('button')
      .first()
      .evaluate((el) => el === document.activeElement)) &&
    steps++ < 5
  )
    await page.keyboard.press('Tab');
  const first = list.getByRole('button').first();
  await expect(first).toBeFocused();
  // The focus ring is visible (:focus-visible draws an outline).
  expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  const id = await first.getAttribute('data-node-id');
  await page.keyboard.press('Enter');
  await expect(page.locator(`.react-flow__node[data-id="${id}"] [data-testid="entity-node"]`)).toHaveClass(
    /is-selected/,
  );
  await expect(page.getByTestId('inspector')).toBeVisible();

  // In the effective view the list holds the effective flows with a verdict in words.
  await page.getByTestId('view-effective').click();
  const flow = list.getByRole('button', { name: /^allowed tiers\/backend → tiers\/database/ });
  await expect(flow).toBeVisible();
  await flow.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('why-panel')).toBeVisible();
});

test('dialogs keep the focus inside and give it back to their opener', async ({ page, watch: _watch }) => {
  await openThreeTier(page);
  const opener = page.getByTestId('palette-workload');
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('create-dialog');
  await expect(dialog).toBeVisible();
  const inside = () => dialog.evaluate((d) => d.contains(document.activeElement));
  expect(await inside()).toBe(true);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i % 3 === 0 ? 'Shift+Tab' : 'Tab');
    expect(await inside()).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
