/**
 * Keyboard-only pass over the workspace menus and dialogs (issue 5): menus
 * have menu/menuitem roles and arrow-key navigation, dialogs trap Tab and
 * give the focus back to their opener, focus is always visible.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null);

/** Tabs from the top of the page until `testId` has the focus (fails after 20 stops). */
async function tabTo(page: Page, testId: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === testId) return;
  }
  throw new Error(`Tab never reached ${testId}`);
}

test('menus open, move and close from the keyboard, with roles and a visible focus ring', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  await tabTo(page, 'import-menu');
  const outline = await page.getByTestId('import-menu').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Import' });
  await expect(menu).toBeVisible();
  await expect(page.getByTestId('import-menu')).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('menuitem')).toHaveCount(3);
  expect(await focused(page)).toBe('menuitem-open-files');
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe('menuitem-inventory');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // wraps to the last item
  expect(await focused(page)).toBe('menuitem-templates');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  expect(await focused(page)).toBe('import-menu');

  // The Export menu: ArrowUp opens on the last item; Home/End jump; a letter jumps by name.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('export-menu');
  await page.keyboard.press('ArrowUp');
  expect(await focused(page)).toBe('menuitem-export-md');
  await page.keyboard.press('Home');
  expect(await focused(page)).toBe('menuitem-export-workspace');
  await page.keyboard.press('End');
  expect(await focused(page)).toBe('menuitem-export-md');
  await page.keyboard.press('g');
  expect(await focused(page)).toBe('menuitem-export-png');
  await page.keyboard.press('Home');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('example-workspace.yaml');
  await expect(page.getByRole('menu')).toBeHidden();
  expect(await focused(page)).toBe('export-menu');

  // Tab out of an open menu closes it.
  await page.keyboard.press('Space');
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu')).toBeHidden();
});

test('the templates dialog is usable by keyboard alone: arrows, Tab trap, Escape, focus back', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const before = await page.evaluate(() => window.__netpolStudio!.editor.getValue());
  await tabTo(page, 'import-menu');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('templates-dialog');
  await expect(dialog).toBeVisible();
  // Focus starts on the chosen template; arrows pick another (native radio group).
  await expect(page.locator('input[name="template"]:checked')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name="template"]:checked')).toHaveValue('allow-dns-egress');
  // Tab cycles inside the dialog, never onto the page behind it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="templates-dialog"]'))),
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focused(page)).toBe('import-menu');
  expect(await page.evaluate(() => window.__netpolStudio!.editor.getValue())).toBe(before);

  // Again, and insert with Enter from the namespace field.
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('param-namespace')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('shop');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => window.__netpolStudio!.editor.getValue())).toContain(
    'name: allow-dns-egress\n  namespace: shop',
  );
});

test('workspace switcher by keyboard: create a workspace through its dialog', async ({ page, watch: _watch }) => {
  await openApp(page);
  await tabTo(page, 'workspace-menu');
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemradio', { name: 'Example workspace' })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('n'); // jumps to "New workspace…"
  expect(await focused(page)).toBe('menuitem-ws-new');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('name-input')).toBeFocused();
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workspace-name')).toHaveText('Keyboard only');
  await expect.poll(() => focused(page)).toBe('workspace-menu');

  // Delete through the confirmation, by keyboard: focus starts on the safe choice.
  await page.keyboard.press('ArrowUp'); // opens on the last item: Delete…
  expect(await focused(page)).toBe('menuitem-ws-delete');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('delete-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workspace-name')).toHaveText('Example workspace');
});
