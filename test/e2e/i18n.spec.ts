// The language switch: the header, a dialog and the status bar speak the chosen language at once (no
// reload), <html lang> follows, the choice survives a reload, and English comes back the same way.
import { test, expect, openApp } from './fixtures.ts';
import { pick } from './io-helpers.ts';
import { pasteIntoEditor } from './sync-helpers.ts';

test('switching to Japanese, remembered across a reload, and back to English', async ({ page, watch: _watch }) => {
  await openApp(page);
  const html = page.locator('html');
  const header = page.locator('.app-header');
  const status = page.getByTestId('status-bar');
  // The suite's browser speaks English: that is the default.
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('import-menu')).toHaveText('Import');

  await page.getByTestId('language-switch').selectOption('ja');
  await expect(html).toHaveAttribute('lang', 'ja');
  // Header: the menus and the tagline.
  await expect(page.getByTestId('import-menu')).toHaveText('インポート');
  await expect(page.getByTestId('export-menu')).toHaveText('エクスポート');
  await expect(page.getByTestId('share-button')).toHaveText('共有');
  await expect(header).toContainText('NetworkPolicy デザイナー');
  await expect(page.getByTestId('save-state')).toHaveText(/保存/);
  // Status bar: the parse status and the counts.
  await expect(page.getByTestId('parse-status')).toHaveText('解析済み');
  await expect(page.getByTestId('error-count')).toHaveText('エラー 0 件');
  await expect(status).toContainText('ポリシー');
  await expect(status).toContainText('ワークロード');
  // A dialog: the templates gallery, its title and buttons.
  await pick(page, 'import-menu', 'templates');
  const dialog = page.getByTestId('templates-dialog');
  await expect(dialog.locator('.dialog__title')).toHaveText('テンプレート');
  await expect(page.getByTestId('template-insert')).toHaveText('テンプレートを挿入');
  await expect(dialog.getByRole('button', { name: 'キャンセル' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '閉じる' })).toBeVisible();
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await expect(dialog).toHaveCount(0);
  // Nothing English left in the header's own words.
  await expect(header).not.toContainText('Import');
  await expect(header).not.toContainText('Export');

  // Remembered: a reload opens in Japanese, whatever the browser prefers.
  await page.reload();
  await expect(page.getByTestId('namespace-node').first()).toBeVisible({ timeout: 45_000 });
  await expect(html).toHaveAttribute('lang', 'ja');
  await expect(page.getByTestId('language-switch')).toHaveValue('ja');
  await expect(page.getByTestId('import-menu')).toHaveText('インポート');
  await expect(page.getByTestId('parse-status')).toHaveText('解析済み');

  // And back.
  await page.getByTestId('language-switch').selectOption('en');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('import-menu')).toHaveText('Import');
  await expect(page.getByTestId('parse-status')).toHaveText('Parsed');
  await expect(page.getByTestId('error-count')).toHaveText('0 errors');
  expect(await page.evaluate(() => localStorage.getItem('netpol-studio.language'))).toBe('en');
});

test('a Japanese browser gets Japanese on its first visit', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  try {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByTestId('language-switch')).toHaveValue('ja');
    await expect(page.getByTestId('export-menu')).toHaveText('エクスポート');
  } finally {
    await context.close();
  }
});

test('in Japanese, the Why panel and a lint message speak Japanese', async ({ page, watch: _watch }) => {
  await openApp(page);
  await page.getByTestId('language-switch').selectOption('ja');
  // A policy that selects nothing in shop: a lint warning from the core, said in Japanese.
  const text = await page.evaluate(() => window.__netpolStudio!.editor.getValue());
  await pasteIntoEditor(
    page,
    `${text.replace(/\n*$/, '\n')}---\n# 誰も選ばないポリシー\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ghost, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: ghost}}\n  policyTypes: [Ingress]\n`,
  );
  const warnings = page.getByTestId('warning-count');
  await expect(warnings).toHaveText(/警告 [1-9]/, { timeout: 30_000 });
  await warnings.click();
  const item = page.getByTestId('diagnostics-list').getByTestId('diagnostic-item').filter({ hasText: 'shop/ghost' });
  await expect(item).toContainText('どのワークロードも選択しない');
  await expect(item).toContainText('警告');
  await page.keyboard.press('Escape');

  // The Why panel of api → db in the effective view.
  await page.getByTestId('view-effective').click();
  await page
    .locator('[data-testid="effective-edge-label"][data-edge-id="eff:wl:shop/api[Deployment]>wl:shop/db[Deployment]"]')
    .click();
  const why = page.getByTestId('why-panel');
  await expect(why.getByTestId('why-verdict')).toHaveText(/許可: TCP 5432/);
  await expect(why.getByTestId('why-ingress')).toContainText('を Ingress で分離しているポリシー');
  await expect(why.getByTestId('why-ingress').getByTestId('why-rule')).toContainText('許可しているルール');
});
