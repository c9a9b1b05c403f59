/**
 * Issue 10 at real size: a generated `kubectl get … -A -o yaml` List of 600
 * pods (with their deployments, replica sets and namespaces, ~3 MB) pasted into
 * the editor. The schema accepts everything the API server wrote (no marker for
 * `lastProbeTime: null` and the like) and still flags a real mistake; monaco-yaml
 * runs without a console error or warning, with the features that cannot cope
 * at this size switched off and back on for a small workspace.
 * The analysis of the List is not asserted here (other work in issue 10).
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures.ts';
import { kubectlList } from './kubectl-list.ts';
import { THREE_TIER, pasteIntoEditor } from './sync-helpers.ts';

/** Console errors and warnings, and uncaught page errors, from the moment the page opens. */
function collectConsole(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') seen.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => seen.push(`pageerror: ${err.message}`));
  return seen;
}

/** monaco-yaml's schema markers (owner `yaml`), as `line: message`. */
const schemaMarkers = (page: Page) =>
  page.evaluate(() =>
    window
      .__netpolStudio!.markers()
      .filter((m) => m.owner === 'yaml')
      .map((m) => `${m.startLineNumber}: ${m.message}`),
  );

const features = (page: Page) => page.evaluate(() => window.__netpolStudio!.yamlFeatures());

test('a 600-pod kubectl List: no schema marker for server-written fields, no console error or warning', async ({
  page,
  watch: _watch,
}) => {
  test.setTimeout(400_000);
  const logged = collectConsole(page);
  await openApp(page);

  // One real mistake among everything the server wrote, to know when validation of this text is done.
  const dump = kubectlList({ pods: 600 }).replace('    - containerPort: 8000\n', '    - containerPort: "abc"\n');
  expect(dump).toContain('containerPort: "abc"');
  expect(dump.match(/lastProbeTime: null/g)).toHaveLength(3000);
  const mistakeLine = dump.slice(0, dump.indexOf('containerPort: "abc"')).split('\n').length;

  // The page's main thread is busy for tens of seconds with a text this size on the shared 2-core machine.
  await pasteIntoEditor(page, dump);
  await expect
    .poll(() => features(page), { timeout: 90_000 })
    .toEqual({
      completion: false,
      hover: false,
      format: false,
      validate: true,
      workerFolding: false,
      // 1.5 MB: folding and sticky scroll would walk every line on the main thread after each edit.
      stickyScroll: false,
      wordWrap: true,
      highlight: true,
      folding: false,
    });
  await expect
    .poll(() => schemaMarkers(page), { timeout: 180_000, intervals: [1_000] })
    .toEqual([expect.stringMatching(new RegExp(`^${mistakeLine}: Incorrect type\\. Expected "(integer|number)"`))]);

  // Typing and asking for completion inside the List (the request that overflowed the worker's stack) stays quiet.
  await page.evaluate((line) => {
    const { editor } = window.__netpolStudio!;
    editor.setPosition({ lineNumber: line, column: 1 });
    editor.revealLineInCenter(line);
    editor.focus();
  }, mistakeLine);
  await page.keyboard.press('End');
  await page.keyboard.type('  # checked');
  await page.keyboard.press('Control+Space');
  await page.keyboard.press('Escape');
  const hovered = page.locator('.monaco-editor .view-line', { hasText: 'containerPort' }).first();
  await hovered.hover();
  await page.waitForTimeout(1_500); // monaco-yaml's validation runs 500 ms after the edit; give it time to report

  // Back to a small workspace: every feature returns, and completion answers again.
  await pasteIntoEditor(page, THREE_TIER);
  await expect
    .poll(() => features(page))
    .toEqual({
      completion: true,
      hover: true,
      format: true,
      validate: true,
      workerFolding: true,
      stickyScroll: true,
      wordWrap: true,
      highlight: true,
      folding: true,
    });
  await expect.poll(() => schemaMarkers(page), { timeout: 30_000 }).toEqual([]);
  await page.evaluate(() => {
    const { editor } = window.__netpolStudio!;
    const model = editor.getModel()!;
    const match = model.findMatches('  podSelector: {}', false, false, true, null, false)[0];
    editor.setPosition({
      lineNumber: match.range.startLineNumber,
      column: model.getLineMaxColumn(match.range.startLineNumber),
    });
    editor.focus();
  });
  await page.keyboard.press('Enter');
  await page.keyboard.type('ingr');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('ingress', { timeout: 30_000 });

  expect(logged, 'console errors and warnings').toEqual([]);
});
