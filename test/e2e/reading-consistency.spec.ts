/**
 * Issue 12, "nothing lost, nothing injected": Import reads what a paste reads (a comment-only document
 * before the first `---` is no reason to refuse a file), and a broken document stays local (the others
 * are drawn and edited from the graph; only the broken one's objects are stale or named).
 */
import path from 'node:path';
import { test, expect, openApp } from './fixtures.ts';
import { editorText, THREE_TIER, workload } from './sync-helpers.ts';

const LISTING = '/work/shared/seed/listing-06.yaml';

test('Import of a file with comment-only documents succeeds and draws its objects', async ({ page, watch: _watch }) => {
  await openApp(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page
      .getByTestId('import-menu')
      .click()
      .then(() => page.getByTestId('menuitem-open-files').click()),
  ]);
  await chooser.setFiles(LISTING);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toContainText(path.basename(LISTING));
  await page.getByTestId('import-mode-replace').check();
  await page.getByTestId('import-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notice-success')).toContainText('Replaced the workspace');
  // The listing's comment line before its first `---` is kept, and its policies are drawn.
  expect((await editorText(page)).startsWith('# ')).toBe(true);
  await expect(page.locator('[data-testid="namespace-node"][data-node-id$="production"]')).toBeVisible();
  await expect(page.locator('[data-testid="entity-node"]', { hasText: /frontend/ }).first()).toBeVisible();
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
});

/** THREE_TIER with the database Deployment's labels broken (an unclosed flow mapping). */
const BROKEN = THREE_TIER.replace(
  '  name: database\n  namespace: tiers\n',
  '  name: database\n  namespace: tiers\n  labels: {unclosed\n',
);

/** Replaces one piece of the editor text, as typing over it would. */
async function typeOver(page: import('@playwright/test').Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const { editor } = window.__netpolStudio!;
      const model = editor.getModel()!;
      const match = model.findMatches(a, false, false, true, null, false)[0];
      editor.executeEdits('keyboard', [{ range: match.range, text: b }]);
    },
    [from, to],
  );
}

test('a pasted workspace with one broken document draws the others, marks the broken one, and stays editable', async ({
  page,
  watch: _watch,
}) => {
  expect(BROKEN).not.toBe(THREE_TIER);
  await openApp(page);
  // Select all, delete, paste — as a user replaces the workspace by hand.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect.poll(() => editorText(page)).toBe('');
  await page.evaluate((t) => {
    const { editor } = window.__netpolStudio!;
    editor.focus();
    editor.trigger('keyboard', 'paste', { text: t });
  }, BROKEN);
  await expect.poll(() => editorText(page)).toBe(BROKEN);

  // The healthy documents are drawn; the broken one never parsed, so the banner names it.
  await expect(workload(page, 'frontend')).toBeVisible();
  await expect(workload(page, 'backend')).toBeVisible();
  await expect(workload(page, 'database')).toHaveCount(0);
  const banner = page.getByTestId('broken-banner');
  await expect(banner).toContainText('A YAML document does not parse');
  await expect(banner).toContainText('never parsed, not drawn');
  await expect(page.getByTestId('stale-banner')).toHaveCount(0);
  await expect(page.getByTestId('parse-status')).toHaveText(/1 document does not parse/);

  // Fixed, then broken again by a keystroke: its workload stays on the canvas, faded (stale).
  await typeOver(page, '{unclosed', '{tier: data}');
  await expect(workload(page, 'database')).toBeVisible();
  await expect(page.getByTestId('broken-banner')).toHaveCount(0);
  await typeOver(page, '{tier: data}', '{tier: data');
  await expect(banner).toContainText('shown faded, as last parsed');
  await expect(workload(page, 'database')).toHaveAttribute('data-stale', 'true');
  await expect(workload(page, 'frontend')).not.toHaveAttribute('data-stale', 'true');

  // A stale object is shown, not edited.
  await workload(page, 'database').click();
  await expect(page.getByTestId('inspector')).toContainText('Its YAML document does not parse');

  // A gesture on a healthy document still writes YAML; the broken document's text is left alone.
  const brokenDoc = (await editorText(page)).split('---\n').find((d) => d.includes('{tier: data\n'))!;
  await page.getByRole('button', { name: /Close the inspector/ }).click();
  await workload(page, 'frontend').dblclick();
  await expect(page.getByTestId('inspector-name')).toBeFocused();
  await page.keyboard.type('web');
  await page.keyboard.press('Enter');
  await expect(workload(page, 'web')).toBeVisible();
  const text = await editorText(page);
  expect(text).toContain('kind: Deployment\nmetadata:\n  name: web\n');
  expect(text).not.toContain('kind: Deployment\nmetadata:\n  name: frontend\n');
  expect(text).toContain(brokenDoc);
  await expect(workload(page, 'database')).toHaveAttribute('data-stale', 'true');
});

test('50,000 levels of nesting get a message at their place, and no console error from the YAML worker', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  const deep = `${THREE_TIER}---\nkey: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
  await page.evaluate((t) => {
    const { editor } = window.__netpolStudio!;
    editor.focus();
    editor.trigger('keyboard', 'paste', { text: t });
  }, deep);
  await expect(page.getByTestId('broken-banner')).toContainText('does not parse');
  await expect(workload(page, 'database')).toBeVisible();
  const line = THREE_TIER.split('\n').length + 1;
  await page.getByTestId('error-count').click();
  await expect(page.getByText(`Nested deeper than 256 levels at line ${line}, column 261`).first()).toBeVisible();
  // monaco-yaml validates 500 ms after an edit: give it the time it would take to throw.
  await page.waitForTimeout(1500);
});
