/**
 * Navigation (issue 11): collapse a namespace to a card with aggregated edges,
 * focus on a node, search, filters, all kept across a reload; the status
 * bar's warning count opens the diagnostics list.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pasteIntoEditor } from './sync-helpers.ts';
import { TWO_NAMESPACES } from '../navigation/two-namespaces.ts';
import { generate } from '../../bench/generate.ts';

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const WEB = 'wl:front/web[Deployment]';
const API = 'wl:back/api[Deployment]';
const DB = 'wl:back/db[Deployment]';
const edges = (page: Page) => page.locator('.react-flow__edge');

async function open(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await page.waitForFunction(() => Boolean(window.__netpolStudio));
  await pasteIntoEditor(page, TWO_NAMESPACES);
  for (const id of [WEB, API, DB]) await expect(node(page, id)).toBeVisible();
  await expect(page.getByTestId('status-bar')).not.toContainText('Laying out');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('a namespace collapses to a card whose edges carry the port union and a count, and expands again', async ({
  page,
  watch: _watch,
}) => {
  await open(page);
  await expect(edges(page)).toHaveCount(2); // web → api, api → db
  await page.locator('[data-testid="namespace-node"][data-node-id="ns:back"] [data-testid="ns-collapse"]').click();
  const card = page.locator('[data-testid="collapsed-namespace"][data-node-id="ns:back"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('2 workloads');
  await expect(node(page, API)).toHaveCount(0);
  await expect(edges(page)).toHaveCount(1); // web → back, three rules; api → db is inside the card
  await expect(page.getByTestId('edge-label')).toHaveText('TCP 443 · TCP 8080 · TCP 9090 (3 rules)');

  await card.getByTestId('ns-expand').click();
  await expect(node(page, API)).toBeVisible();
  await expect(edges(page)).toHaveCount(2);
});

test('focus dims what is not a neighbour, or hides it; Esc leaves', async ({ page, watch: _watch }) => {
  await open(page);
  await node(page, WEB).click();
  await page.keyboard.press('f');
  await expect(page.getByTestId('focus-on')).toBeVisible();
  await expect(node(page, DB)).toHaveClass(/is-dimmed/);
  await expect(node(page, API)).not.toHaveClass(/is-dimmed/);
  await expect(node(page, WEB)).not.toHaveClass(/is-dimmed/);

  await page.getByTestId('focus-hide').check();
  await expect(node(page, DB)).toHaveCount(0);
  await expect(node(page, API)).toBeVisible();

  // The empty canvas beside the inspector (it docks on whichever side leaves the selection clear).
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const inspector = (await page.getByTestId('inspector').boundingBox())!;
  const x = inspector.x > pane.x + pane.width / 2 ? 20 : inspector.x + inspector.width - pane.x + 20;
  await page.locator('.react-flow__pane').click({ position: { x, y: pane.height - 60 } });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('focus-on')).toHaveCount(0);
  await expect(node(page, DB)).toBeVisible();
  await expect(page.locator('.react-flow__node.is-dimmed')).toHaveCount(0);
});

test('search: / opens it, Enter selects the match and brings it into view, arrows move on', async ({
  page,
  watch: _watch,
}) => {
  await open(page);
  // Pan the graph out of the way, so centring is visible.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height - 150);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 30, box.y + 120, { steps: 6 });
  await page.mouse.up();

  await page.keyboard.press('/');
  await expect(page.getByTestId('canvas-search')).toBeFocused();
  await page.keyboard.type('db');
  await expect(page.getByTestId('canvas-search-count')).toHaveText('1/1');
  await page.keyboard.press('Enter');
  await expect(node(page, DB).locator('.entity')).toHaveClass(/is-selected/);
  // Sub-pixel rounding can leave a ratio of 0.9999997; the pane bounds below are the real check.
  await expect(node(page, DB)).toBeInViewport({ ratio: 0.99 });
  const graph = (await page.getByTestId('graph-pane').boundingBox())!;
  const db = (await node(page, DB).boundingBox())!;
  expect(db.x).toBeGreaterThan(graph.x);
  expect(db.x + db.width).toBeLessThan(graph.x + graph.width);

  // A label query with two matches: the arrows walk them.
  await page.getByTestId('canvas-search').fill('tier=back');
  await expect(page.getByTestId('canvas-search-count')).toHaveText('1/2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('canvas-search-count')).toHaveText('2/2');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});

test('a namespace filter hides the others; collapse and filters survive a reload', async ({ page, watch: _watch }) => {
  await open(page);
  await page.getByTestId('filter-button').click();
  await page.getByTestId('filter-ns-back').check();
  await expect(page.getByTestId('filter-indicator')).toBeVisible();
  await expect(node(page, WEB)).toHaveCount(0);
  await expect(node(page, 'ns:front')).toHaveCount(0);
  await expect(node(page, API)).toBeVisible();
  await expect(edges(page)).toHaveCount(1); // api → db
  await page.keyboard.press('Escape');

  await page.locator('[data-testid="namespace-node"][data-node-id="ns:back"] [data-testid="ns-collapse"]').click();
  await expect(page.locator('[data-testid="collapsed-namespace"][data-node-id="ns:back"]')).toBeVisible();
  await expect(page.getByTestId('status-bar')).not.toContainText('Laying out');
  // What survives a reload is what was saved: wait for the header to say so. (Unsaved edits written as the
  // page goes away are io-workspaces.spec.ts's; relying on them here failed once on a slow CI run, where the
  // reload brought back the example instead.)
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.reload();
  await expect(page.locator('[data-testid="collapsed-namespace"][data-node-id="ns:back"]')).toBeVisible();
  await expect(page.getByTestId('filter-indicator')).toBeVisible();
  await expect(node(page, WEB)).toHaveCount(0);
  await expect(node(page, API)).toHaveCount(0);

  // Clearing brings everything back.
  await page.getByTestId('filter-button').click();
  await page.getByTestId('filter-clear').click();
  await expect(node(page, WEB)).toBeVisible();
});

test('the warning count opens the list of problems; picking one selects it in the editor', async ({
  page,
  watch: _watch,
}) => {
  await open(page);
  const count = page.getByTestId('warning-count');
  await expect(count).not.toHaveText('0 warnings');
  const warnings = Number((await count.textContent())!.split(' ')[0]);
  await count.click();
  const list = page.getByTestId('diagnostics-list');
  await expect(list).toBeVisible();
  const items = list.getByTestId('diagnostic-item');
  await expect(items).toHaveCount(
    warnings + Number((await page.getByTestId('error-count').textContent())!.split(' ')[0]),
  );
  const where = (await items.first().locator('.diag-list__where').textContent())!;
  const line = Number(where.split(':')[0]);
  await items.first().click();
  const cursorLine = await page.evaluate(() => window.__netpolStudio!.editor.getPosition()!.lineNumber);
  expect(cursorLine).toBe(line);

  // The canvas marks what the problems are about; a marker opens the same list.
  await page.keyboard.press('Escape');
  // The empty canvas beside the inspector (it docks on whichever side leaves the selection clear).
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // A problem about a policy as a whole selects no node, so there may be no inspector.
  // 80 px from the left clears the zoom controls.
  const inspector = (await page.getByTestId('inspector').count())
    ? await page.getByTestId('inspector').boundingBox()
    : null;
  const x = !inspector || inspector.x > pane.x + pane.width / 2 ? 80 : inspector.x + inspector.width - pane.x + 20;
  await page.locator('.react-flow__pane').click({ position: { x, y: pane.height - 60 } });
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  const marker = page.getByTestId('diagnostic-marker').first();
  await expect(marker).toBeVisible();
  await marker.click();
  await expect(page.getByTestId('diagnostics-list')).toBeVisible();
});

/** Twelve namespaces of eight Deployments: more than fits readably, so the minimap shows. */
function wideWorkspace(): string {
  const docs: string[] = [];
  for (let n = 0; n < 12; n++) {
    docs.push(`# namespace ${n}\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-${n}\n`);
    for (let w = 0; w < 8; w++)
      docs.push(
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${w}\n  namespace: team-${n}\nspec:\n  selector:\n    matchLabels: {app: app-${w}}\n  template:\n    metadata:\n      labels: {app: app-${w}}\n    spec:\n      containers:\n        - name: c\n          image: nginx\n`,
      );
  }
  return docs.join('---\n');
}

const viewportTransform = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

test('the minimap moves the view where it is clicked or dragged, and zooms on scroll', async ({
  page,
  watch: _watch,
}) => {
  await page.goto('/');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await page.waitForFunction(() => Boolean(window.__netpolStudio));
  await pasteIntoEditor(page, wideWorkspace());
  await expect(page.getByTestId('status-bar')).toContainText('96 workloads');
  await expect(page.getByTestId('status-bar')).not.toContainText('Laying out');
  const map = page.getByTestId('minimap');
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;

  const before = await viewportTransform(page);
  await map.click({ position: { x: box.width - 6, y: box.height - 6 } });
  await expect.poll(() => viewportTransform(page)).not.toBe(before);

  const clicked = await viewportTransform(page);
  await page.mouse.move(box.x + box.width - 6, box.y + box.height - 6);
  await page.mouse.down();
  await page.mouse.move(box.x + 6, box.y + 6, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => viewportTransform(page)).not.toBe(clicked);

  const dragged = await viewportTransform(page);
  const zoomOf = (t: string) => Number(/scale\(([\d.]+)\)/.exec(t)?.[1]);
  await map.hover();
  await page.mouse.wheel(0, -200);
  await expect.poll(async () => zoomOf(await viewportTransform(page))).toBeGreaterThan(zoomOf(dragged));
});

test('a cluster too big to fit readably opens on a namespace card, not on empty canvas', async ({
  page,
  watch: _watch,
}) => {
  // 40 namespaces of 12 workloads: every namespace starts collapsed (model/graph/collapse.ts), and the
  // graph does not fit the pane at a readable zoom, so the view shows the part that matters: the first
  // namespace with policies. The fit once counted only expanded namespace boxes, found none, and opened
  // on the graph's top-left corner, where no card stands.
  test.setTimeout(120_000);
  await page.goto('/');
  await page.waitForFunction(() => Boolean(window.__netpolStudio?.editor && window.__netpolStudioState));
  await expect(page.locator('[data-testid="entity-node"]').first()).toBeVisible();
  const fits = await page.evaluate(() => window.__netpolStudioState!.store.getState().fitRequest);
  const text = generate({ namespaces: 40, workloads: 480, policies: 160 });
  await page.evaluate((t) => window.__netpolStudio!.loadWorkspaceText(t), text);
  await page.waitForFunction(
    (before) => {
      const s = window.__netpolStudioState!.store.getState();
      return !s.layoutRunning && s.fitRequest > before && !window.__netpolStudioState!.view().updating;
    },
    fits,
    { timeout: 90_000 },
  );
  await expect(page.locator('[data-testid="collapsed-namespace"]').first()).toBeVisible();
  // The cards wholly inside the graph pane, with their names' size on screen (font size × zoom).
  const cardsInView = () =>
    page.evaluate(() => {
      const pane = document.querySelector('[data-testid="graph-pane"]')!.getBoundingClientRect();
      const viewport = document.querySelector('.react-flow__viewport')!;
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      return [...document.querySelectorAll('[data-testid="collapsed-namespace"]')]
        .filter((card) => {
          const r = card.getBoundingClientRect();
          return r.left >= pane.left && r.right <= pane.right && r.top >= pane.top && r.bottom <= pane.bottom;
        })
        .map((card) => {
          const name = card.querySelector('.ns-card__name')!;
          return { name: name.textContent, px: parseFloat(getComputedStyle(name).fontSize) * zoom };
        });
    });
  await expect
    .poll(async () => (await cardsInView()).length, { message: 'namespace cards wholly in view', timeout: 10_000 })
    .toBeGreaterThan(0);
  for (const card of await cardsInView())
    expect(card.px, `${card.name}'s name on screen`).toBeGreaterThanOrEqual(9 - 0.01);
});
