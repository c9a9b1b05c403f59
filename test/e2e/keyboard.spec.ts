/**
 * Keyboard alone (issue 15): the command palette creates two workloads and allows traffic between them
 * by name, the YAML and the graph show the rule, undo takes it back; `?` opens the shortcut sheet; the
 * first-visit tour can be skipped and stays away after a reload. No mouse anywhere in this file.
 */
import type { Page } from '@playwright/test';
import { test, expect, cursorAfter, openApp } from './fixtures.ts';

const ALPHA = 'wl:kbd/alpha[Deployment]';
const BETA = 'wl:kbd/beta[Deployment]';

const editorText = (page: Page) => page.evaluate(() => window.__netpolStudio!.editor.getValue());
const input = (page: Page) => page.getByTestId('palette-input');

/** Ctrl+K, then the command found by typing part of its name. */
async function runCommand(page: Page, typed: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}

/** Answers the palette's current question (the field's text, selected, is replaced by typing). */
async function answer(page: Page, prompt: RegExp, text: string): Promise<void> {
  await expect(page.getByTestId('command-palette').locator('.cmdk__prompt')).toHaveText(prompt);
  await expect(input(page)).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('from the palette alone: two workloads, traffic allowed between them on a port, undone', async ({
  page,
  watch: _watch,
}) => {
  await openApp(page);
  // Ctrl+K works from inside the YAML editor too (Monaco gives up its Ctrl+K chords for it).
  await cursorAfter(page, 'kind: Namespace');

  await runCommand(page, 'new workload');
  // A name the API server would refuse is caught in the palette, which stays on the question.
  await answer(page, /name of the new workload/i, 'Alpha_1');
  await expect(page.getByTestId('command-palette').getByRole('alert')).toBeVisible();
  await expect(page.getByTestId('palette-trail')).toContainText('step 1 of 2');
  await page.keyboard.press('Control+a');
  await answer(page, /name of the new workload/i, 'alpha');
  // A namespace that does not exist yet: the typed name is offered first, as "create".
  await answer(page, /namespace/i, 'kbd');
  await expect(page.locator(`.react-flow__node[data-id="${ALPHA}"]`)).toBeVisible();

  await runCommand(page, 'new workload');
  await answer(page, /name of the new workload/i, 'beta');
  await answer(page, /namespace/i, 'kbd');
  await expect(page.locator(`.react-flow__node[data-id="${BETA}"]`)).toBeVisible();
  expect(await editorText(page)).toMatch(/kind: Deployment\s+metadata:\s+name: beta\s+namespace: kbd/);

  await runCommand(page, 'allow traffic');
  await answer(page, /from/i, 'kbd/alpha');
  await answer(page, /^to/i, 'kbd/beta');
  await answer(page, /ports/i, '8080');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);

  const edge = page.locator(`.react-flow__edge[data-id="${ALPHA}->${BETA}"]`);
  await expect(edge).toHaveCount(1);
  const rules = await page.evaluate(
    ([from, to]) =>
      window
        .__netpolStudioState!.view()
        .graph.edges.filter((e) => e.source === from && e.target === to)
        .map((e) => `${e.direction} ${e.label}`),
    [ALPHA, BETA],
  );
  expect(rules).toEqual(['ingress TCP 8080']);
  const text = await editorText(page);
  expect(text).toMatch(
    /kind: NetworkPolicy\s+metadata:\s+name: allow-alpha-to-beta\s+namespace: kbd\s+spec:\s+podSelector:\s+matchLabels:\s+app: beta/,
  );
  expect(text).toMatch(
    /ingress:\s+- from:\s+- podSelector:\s+matchLabels:\s+app: alpha\s+ports:\s+- (protocol: TCP\s+port: 8080|port: 8080)/,
  );

  // One undo step takes back exactly the rule (the policy written for it), not the workloads.
  await page.keyboard.press('Control+z');
  await expect(edge).toHaveCount(0);
  await expect
    .poll(() => editorText(page))
    .not.toContain('kind: NetworkPolicy\nmetadata:\n  name: allow-alpha-to-beta');
  const undone = await editorText(page);
  expect(undone).not.toMatch(/app: alpha\s+ports:/);
  expect(undone).toContain('name: beta');
  await expect(page.locator(`.react-flow__node[data-id="${BETA}"]`)).toBeVisible();
});

test('? opens the shortcut sheet, focus inside, Escape closes it', async ({ page, watch: _watch }) => {
  await openApp(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  const sheet = page.getByTestId('help-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('rowheader', { name: 'Allow traffic from one node to another…' })).toBeVisible();
  await expect(sheet.getByRole('rowheader', { name: 'Undo' })).toBeVisible();
  // Focus is trapped: Tab from the last control comes back inside the dialog.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('the first-visit tour can be skipped and does not come back after a reload', async ({ page, watch: _watch }) => {
  // Test builds show the tour only when a spec asks (every other spec loads the app fresh).
  await page.addInitScript(() => localStorage.setItem('netpol-studio.test.show-tour', '1'));
  await page.goto('/');
  const tour = page.getByTestId('tour');
  await expect(tour).toBeVisible({ timeout: 45_000 });
  await expect(tour.getByTestId('tour-step-design')).toBeVisible();
  // The first button to Tab to is the primary one (autofocus): Next walks the three jobs.
  await expect(tour.getByTestId('tour-next')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tour.getByTestId('tour-step-paste')).toBeVisible();
  // Skip: Shift+Tab back to it from Back, then Enter.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(tour.getByTestId('tour-skip')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tour).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('namespace-node').first()).toBeVisible({ timeout: 45_000 });
  await page.waitForFunction(() => Boolean(window.__netpolStudio));
  await expect(page.getByTestId('tour')).toHaveCount(0);

  // Re-opened on demand from the Help menu, by keyboard.
  await page.getByTestId('help-menu').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tour')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
});
