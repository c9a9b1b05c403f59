/**
 * Persistence and sharing (issue 5): autosave and restore after a reload,
 * named workspaces (new, switch, rename, duplicate, delete), a full storage
 * reported to the user, and share links opened as a NEW workspace.
 */
import { test, expect, openApp, ORIGIN } from './fixtures.ts';
import { editorText, waitSaved, workspaceNames } from './io-helpers.ts';
import { dropFromPalette } from './sync-helpers.ts';

/** Appends a line at the end of the editor, as typing would. */
async function typeAtEnd(page: import('@playwright/test').Page, line: string): Promise<void> {
  await page.evaluate(() => {
    const { editor } = window.__netpolStudio!;
    const model = editor.getModel()!;
    const last = model.getLineCount();
    editor.setPosition({ lineNumber: last, column: model.getLineMaxColumn(last) });
    editor.focus();
  });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(line);
}

test('the first visit opens the example; edits and the pane split survive a reload', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  await expect(page.getByTestId('workspace-name')).toHaveText('Example workspace');
  await typeAtEnd(page, '# remembered across reloads');
  const splitter = page.getByTestId('splitter');
  await splitter.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  const split = await splitter.getAttribute('aria-valuenow');
  const text = await editorText(page);
  // Reload at once: the pagehide flush must write what the debounce has not yet.
  await page.reload();
  await openApp(page);
  expect(await editorText(page)).toBe(text);
  await expect(page.getByTestId('splitter')).toHaveAttribute('aria-valuenow', split!);
  await expect(page.getByTestId('workspace-name')).toHaveText('Example workspace');
});

test('a node moved by hand is where it was after a reload', async ({ page, watch: _watch }) => {
  await openApp(page);
  const node = page.locator('.react-flow__node', {
    has: page.locator('[data-testid="entity-node"]', { hasText: /^db/ }),
  });
  // The node's own transform is in flow coordinates: independent of zoom and pan.
  const flowPosition = () =>
    node.evaluate((el) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
      return { x: Math.round(m.m41), y: Math.round(m.m42) };
    });
  const start = await flowPosition();
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + box.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  const moved = await flowPosition();
  expect(moved.y).toBeGreaterThan(start.y + 20);
  await waitSaved(page);
  await page.reload();
  await openApp(page);
  await expect.poll(flowPosition).toEqual(moved);
});

test('a CIDR dropped from the palette but not yet in a rule is still there after a reload', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const pane = (await page.getByTestId('graph-pane').boundingBox())!;
  await dropFromPalette(page, 'cidr', { x: pane.x + 120, y: pane.y + pane.height - 90 });
  await expect(page.getByTestId('create-dialog')).toBeVisible();
  await page.keyboard.type('203.0.113.0/24');
  await page.keyboard.press('Enter');
  const draft = page.locator('[data-testid="entity-node"][data-node-id="cidr:203.0.113.0/24"]');
  await expect(draft).toBeVisible();
  await expect(draft).toHaveClass(/is-draft/);
  const text = await editorText(page);
  await waitSaved(page);
  await page.reload();
  await openApp(page);
  await expect(draft).toBeVisible();
  await expect(draft).toHaveClass(/is-draft/);
  // Still only on the canvas: the YAML did not change.
  expect(await editorText(page)).toBe(text);
});

test('a restored workspace is fitted in view below the toolbar', async ({ page, watch: _watch }) => {
  // The view is not saved, only the layout: a workspace opened from storage must be fitted like a new one.
  await openApp(page);
  const pane = (await page.getByTestId('graph-pane').boundingBox())!;
  // An edit, so there is something to save; then reload from storage.
  await typeAtEnd(page, '# saved');
  await waitSaved(page);
  await page.reload();
  await openApp(page);
  const bar = (await page.getByTestId('canvas-topbar').boundingBox())!;
  const inPane = async () => {
    const boxes = await page
      .locator('[data-testid="entity-node"]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    return (
      boxes.length > 0 &&
      boxes.every(
        (b) =>
          b.top >= bar.y + bar.height &&
          b.bottom <= pane.y + pane.height &&
          b.left >= pane.x &&
          b.right <= pane.x + pane.width,
      )
    );
  };
  await expect.poll(inPane).toBe(true);
});

test('named workspaces: new, switch, rename, duplicate and delete with confirmation', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const example = await editorText(page);

  // New (through its name dialog): starts empty, the example stays saved.
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('menuitem-ws-new').click();
  await page.getByTestId('name-input').fill('Staging');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workspace-name')).toHaveText('Staging');
  await expect.poll(() => editorText(page)).toBe('');
  await typeAtEnd(page, '# staging notes');
  await waitSaved(page);
  expect(await workspaceNames(page)).toEqual(['Example workspace', 'Staging']);

  // Switch back and forth: each keeps its own text.
  await page.getByTestId('workspace-menu').click();
  await page.getByRole('menuitemradio', { name: 'Example workspace' }).click();
  await expect.poll(() => editorText(page)).toBe(example);
  // Switching resets the undo history: Ctrl+Z cannot pull the other workspace's text in.
  await page.evaluate(() => window.__netpolStudio!.editor.focus());
  await page.keyboard.press('Control+z');
  expect(await editorText(page)).toBe(example);
  await page.getByTestId('workspace-menu').click();
  await page.getByRole('menuitemradio', { name: 'Staging' }).click();
  await expect.poll(() => editorText(page)).toContain('# staging notes');

  // Rename; a name already taken is refused in the dialog.
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('menuitem-ws-rename').click();
  await page.getByTestId('name-input').fill('Example workspace');
  await page.getByTestId('name-submit').click();
  await expect(page.getByTestId('name-dialog').getByRole('alert')).toContainText('already exists');
  await page.getByTestId('name-input').fill('Staging cluster');
  await page.getByTestId('name-submit').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Staging cluster');

  // Duplicate: the copy becomes active and holds the same text.
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('menuitem-ws-duplicate').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Copy of Staging cluster');
  expect(await editorText(page)).toContain('# staging notes');
  expect(await workspaceNames(page)).toEqual(['Example workspace', 'Staging cluster', 'Copy of Staging cluster']);

  // Delete asks first; "Keep it" keeps it.
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('menuitem-ws-delete').click();
  await expect(page.getByTestId('delete-dialog')).toContainText('Delete "Copy of Staging cluster"?');
  await page.getByRole('button', { name: 'Keep it' }).click();
  expect(await workspaceNames(page)).toHaveLength(3);
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('menuitem-ws-delete').click();
  await page.getByTestId('delete-confirm').click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Example workspace');
  expect(await workspaceNames(page)).toEqual(['Example workspace', 'Staging cluster']);

  // All of it is in storage: a reload shows the same list and the active workspace.
  await page.reload();
  await openApp(page);
  expect(await workspaceNames(page)).toEqual(['Example workspace', 'Staging cluster']);
  expect(await editorText(page)).toBe(example);
});

test('a full storage is reported, not swallowed, and clears once saving works again', async ({
  page,
  watch: _watch,
}) => {
  await page.addInitScript(() => {
    const full = () => (window as { __storageFull?: boolean }).__storageFull;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openApp(page);
  await waitSaved(page);
  await page.evaluate(() => ((window as { __storageFull?: boolean }).__storageFull = true));
  await typeAtEnd(page, '# this edit cannot be stored');
  const banner = page.getByTestId('notice-error');
  await expect(banner).toContainText("the browser's storage for this site is full");
  await expect(banner).toContainText('Export the workspace');
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
  // The text is still in the editor: nothing was lost.
  expect(await editorText(page)).toContain('# this edit cannot be stored');

  await page.evaluate(() => ((window as { __storageFull?: boolean }).__storageFull = false));
  await typeAtEnd(page, '# and now it can');
  await expect(page.getByTestId('notice-success')).toContainText('Saved again');
  await expect(banner).toBeHidden();
  await waitSaved(page);
});

test('with storage refusing every write, the first visit still opens the example and says why it is not saved', async ({
  page,
  watch: _watch,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page);
  expect(await editorText(page)).toContain('name: default-deny');
  await expect(page.getByTestId('notice-error')).toContainText('storage for this site is full');
  await expect(page.getByTestId('save-state')).toHaveText('Not saved');
});

test('a share link opens as a new named workspace; the original stays', async ({ page, context, watch: _watch }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await openApp(page);
  await typeAtEnd(page, '# shared with a colleague');
  const text = await editorText(page);
  await page.getByTestId('share-button').click();
  await expect(page.getByTestId('notice-success')).toContainText('Share link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${ORIGIN}/#w=1.`)).toBe(true);
  await waitSaved(page);

  // Same browser profile (same storage), new tab.
  const other = await context.newPage();
  const errors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await other.goto(link);
  await expect(other.getByTestId('workspace-name')).toHaveText('Example workspace (shared)');
  await other.waitForFunction(() => Boolean(window.__netpolStudio));
  await expect.poll(() => editorText(other)).toBe(text);
  await expect(other.getByTestId('notice-success')).toContainText('new workspace');
  expect(new URL(other.url()).hash).toBe(''); // the fragment is cleared
  // The list is written asynchronously (IndexedDB): wait for it.
  await expect.poll(() => workspaceNames(other)).toEqual(['Example workspace', 'Example workspace (shared)']);
  // Reloading the cleared URL does not open the link a second time.
  await other.reload();
  await other.waitForFunction(() => Boolean(window.__netpolStudio));
  await expect.poll(() => workspaceNames(other)).toEqual(['Example workspace', 'Example workspace (shared)']);
  expect(errors).toEqual([]);
  await other.close();
});

test('a damaged share link says so and loads nothing', async ({ page, watch: _watch }) => {
  await openApp(page);
  const own = await editorText(page);
  await waitSaved(page);
  // A real link, cut in the middle the way a chat client might.
  const link = await page.evaluate(() => {
    const w = 'w=1.' + 'eJzLSM3JyVcozy/KSQEAGgQEXQ'.repeat(3);
    return `${location.origin}/#${w.slice(0, 40)}`;
  });
  // Pasted into the address bar of the open tab: only the fragment changes (hashchange).
  await page.goto(link);
  await expect(page.getByTestId('notice-error')).toContainText('This share link is damaged');
  await expect(page.getByTestId('notice-error')).toContainText('Nothing was loaded');
  expect(await editorText(page)).toBe(own);
  expect(await workspaceNames(page)).toEqual(['Example workspace']);
  expect(new URL(page.url()).hash).toBe('');
});

test('a damaged list of workspaces is rebuilt from the saved workspaces', async ({ page, watch: _watch }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('netpol-studio:index', '{"version":1,"workspaces":[{"id":'); // cut off mid-write
    localStorage.setItem(
      'netpol-studio:ws:ws-saved',
      JSON.stringify({
        version: 1,
        text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: survivor\n',
        layout: {},
        view: {},
      }),
    );
  });
  await page.goto('/');
  await expect(page.getByTestId('notice-info')).toContainText('rebuilt from 1 saved workspace');
  await expect(page.locator('[data-testid="namespace-node"][data-node-id$="survivor"]')).toBeVisible();
  await expect(page.getByTestId('workspace-name')).toHaveText('Recovered workspace 1');
  // The damaged list is kept for inspection, never thrown away.
  expect(await page.evaluate(() => localStorage.getItem('netpol-studio:index.damaged'))).toContain('"workspaces"');
});
