/**
 * A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) must not turn the sentence
 * around it: workspace names in the notice, the switcher and the delete
 * dialog are isolated (<bdi>, unicode-bidi: isolate), so the text after the
 * name is still laid out left to right, after the name.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';

const NAME = 'invoice\u202etxt.exe';

interface Layout {
  /** The element's children in order: text nodes as their text, elements as `<tag>`. */
  children: string[];
  nameTag: string;
  nameText: string;
  unicodeBidi: string;
  /** Left edge of the text after the name, and right edge of the name, in px. */
  afterLeft: number;
  nameRight: number;
}

/** How `container` lays out the sentence around its one isolated name. */
async function layoutOf(container: Locator): Promise<Layout> {
  return container.evaluate((el) => {
    const bdi = el.querySelector('bdi')!;
    const after = bdi.nextSibling!;
    const range = document.createRange();
    range.selectNodeContents(after);
    return {
      children: [...el.childNodes].map((n) =>
        n.nodeType === Node.TEXT_NODE ? n.textContent! : `<${(n as Element).tagName.toLowerCase()}>`,
      ),
      nameTag: bdi.tagName.toLowerCase(),
      nameText: bdi.textContent!,
      unicodeBidi: getComputedStyle(bdi).unicodeBidi,
      afterLeft: range.getBoundingClientRect().left,
      nameRight: bdi.getBoundingClientRect().right,
    };
  });
}

/** The same sentence without isolation, as a control: the override then reaches the text after the name. */
async function unisolatedAfterIsLeftOfName(page: Page): Promise<boolean> {
  return page.evaluate((name) => {
    const p = document.createElement('p');
    const span = document.createElement('span');
    span.textContent = name;
    p.append('Created workspace "', span, '".');
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p.lastChild!);
    const result = range.getBoundingClientRect().left < span.getBoundingClientRect().right - 1;
    p.remove();
    return result;
  }, NAME);
}

test('a workspace name with U+202E is isolated in the notice, the switcher and the delete dialog', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  // The check below detects the problem: without isolation the text after the name moves left of it.
  expect(await unisolatedAfterIsLeftOfName(page)).toBe(true);

  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('menuitem-ws-new').click();
  await page.getByTestId('name-input').fill(NAME);
  await page.keyboard.press('Enter');

  const notice = page.getByTestId('notice-success').filter({ hasText: 'Created workspace' }).locator('.notice__text');
  await expect(notice).toBeVisible();
  const n = await layoutOf(notice);
  expect(n.children).toEqual(['Created workspace "', '<bdi>', '".']);
  expect(n.nameTag).toBe('bdi');
  expect(n.nameText).toBe(NAME);
  expect(n.unicodeBidi).toBe('isolate');
  // Read left to right: the closing quote and full stop come after (to the right of) the whole name.
  expect(n.afterLeft).toBeGreaterThanOrEqual(n.nameRight - 1);

  const switcher = page.getByTestId('workspace-name');
  await expect(switcher).toHaveText(NAME);
  await expect(switcher.locator('bdi')).toHaveText(NAME);
  expect(await switcher.locator('bdi').evaluate((b) => getComputedStyle(b).unicodeBidi)).toBe('isolate');

  // The switcher's list: the name's entry is isolated too.
  await page.getByTestId('workspace-menu').click();
  const entry = page.getByTestId('workspace-menu-list').getByRole('menuitemradio', { checked: true });
  await expect(entry.locator('bdi')).toHaveText(NAME);
  await page.keyboard.press('Escape');

  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('menuitem-ws-delete').click();
  const title = page.getByTestId('delete-dialog').locator('.dialog__title');
  await expect(title).toHaveText(`Delete "${NAME}"?`);
  const t = await layoutOf(title);
  expect(t.children).toEqual(['Delete "', '<bdi>', '"?']);
  expect(t.afterLeft).toBeGreaterThanOrEqual(t.nameRight - 1);
});
