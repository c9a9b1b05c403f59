/** Helpers shared by the workspace I/O specs (io-*.spec.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Page } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute path of a fixture under test/e2e/fixtures/io/. */
export const fixture = (name: string) => path.join(here, 'fixtures', 'io', name);
export const fixtureText = (name: string) => readFileSync(fixture(name), 'utf8');

export const editorText = (page: Page) => page.evaluate(() => window.__netpolStudio!.editor.getValue());

/** Opens a header menu and picks an item, the way a mouse user would. */
export async function pick(page: Page, menu: string, item: string): Promise<void> {
  await page.getByTestId(menu).click();
  await page.getByTestId(`menuitem-${item}`).click();
}

/** Runs an export menu item and returns the download and its content. */
export async function exportFile(page: Page, item: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), pick(page, 'export-menu', item)]);
  const file = await download.path();
  return { download, bytes: readFileSync(file) };
}

/** Waits until the app saved to localStorage (the header says so). */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

/** Visible workspace names in the switcher menu (opened and closed again). */
export async function workspaceNames(page: Page): Promise<string[]> {
  await page.getByTestId('workspace-menu').click();
  const names = await page.getByTestId('workspace-menu-list').getByRole('menuitemradio').allTextContents();
  await page.keyboard.press('Escape');
  return names.map((n) => n.replace(/^✓/, '').trim());
}
