/**
 * Issue 4, two-way sync, as a new user would do it in Chromium: paste
 * policies, build on the canvas, edit in either pane, break the YAML.
 */
import { parseAllDocuments } from 'yaml';
import { test, expect, cursorAfter } from './fixtures.ts';
import { drawEdge, dropFromPalette, editorText, openThreeTier, THREE_TIER, workload } from './sync-helpers.ts';

type Obj = { kind?: string; metadata?: { name?: string; namespace?: string }; spec?: Record<string, unknown> };
const objects = (text: string): Obj[] =>
  parseAllDocuments(text)
    .map((d) => d.toJS() as Obj)
    .filter(Boolean);
const policy = (text: string, name: string) =>
  objects(text).find((o) => o.kind === 'NetworkPolicy' && o.metadata?.name === name);
const comments = THREE_TIER.split('\n')
  .filter((l) => l.includes('#'))
  .map((l) => l.slice(l.indexOf('#')));

test('pasted policies draw their workloads and edges', async ({ page, watch: _watch }) => {
  await openThreeTier(page);
  await expect(page.locator('[data-testid="namespace-node"][data-node-id="ns:tiers"]')).toBeVisible();
  const labels = (await page.getByTestId('edge-label').allTextContents()).join(' | ');
  expect(labels).toContain('TCP 8080'); // anywhere → frontend
  expect(labels).toContain('TCP 9000'); // frontend → backend
  expect(labels).toContain('TCP 5432'); // backend → database
  await expect(page.getByTestId('status-bar')).toContainText('3 workloads');
});

test('a workload dropped into a namespace, then an edge drawn to it, writes the rules and keeps the comments', async ({
  page,
  watch: _watch,
}) => {
  await openThreeTier(page);
  const ns = (await page.locator('[data-testid="namespace-node"][data-node-id="ns:tiers"]').boundingBox())!;
  await dropFromPalette(page, 'workload', { x: ns.x + ns.width / 2, y: ns.y + ns.height - 12 });
  const dialog = page.getByTestId('create-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('input[name="namespace"]')).toHaveValue('tiers');
  await page.keyboard.type('cache'); // the name field has the focus
  await expect(dialog.locator('input[name="labels"]')).toHaveValue('app=cache');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const cache = workload(page, 'cache');
  await expect(cache).toBeVisible();
  // It sits inside the namespace box it was dropped on.
  const nsAfter = (await page.locator('[data-testid="namespace-node"][data-node-id="ns:tiers"]').boundingBox())!;
  const box = (await cache.boundingBox())!;
  expect(box.y).toBeGreaterThan(nsAfter.y);
  expect(box.y + box.height).toBeLessThanOrEqual(nsAfter.y + nsAfter.height + 1);
  let text = await editorText(page);
  expect(objects(text).find((o) => o.kind === 'Deployment' && o.metadata?.name === 'cache')?.metadata?.namespace).toBe(
    'tiers',
  );

  // Esc clears the selection (closing the new node's inspector), then draw backend → cache.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector')).toBeHidden();
  await drawEdge(page, workload(page, 'backend'), cache);
  const flow = page.getByTestId('flow-dialog');
  await expect(flow).toBeVisible();
  await expect(flow).toContainText('backend → cache');
  await page.keyboard.type('6379'); // the port field has the focus
  await page.keyboard.press('Enter');
  await expect(flow).toBeHidden();
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 6379' }).first()).toBeVisible();

  text = await editorText(page);
  // Ingress at cache: a new policy selecting it, admitting backend on 6379.
  const ingress = objects(text).find(
    (o) => o.kind === 'NetworkPolicy' && JSON.stringify(o.spec?.podSelector) === '{"matchLabels":{"app":"cache"}}',
  );
  expect(ingress?.spec?.ingress).toEqual([
    { from: [{ podSelector: { matchLabels: { app: 'backend' } } }], ports: [{ protocol: 'TCP', port: 6379 }] },
  ]);
  // Egress at backend, which is egress-isolated: its own policy gains the rule.
  expect(policy(text, 'backend')?.spec?.egress).toContainEqual({
    to: [{ podSelector: { matchLabels: { app: 'cache' } } }],
    ports: [{ protocol: 'TCP', port: 6379 }],
  });
  for (const c of comments) expect(text).toContain(c);
});

test('selecting an edge and pressing Delete removes exactly that peer', async ({ page, watch: _watch }) => {
  await openThreeTier(page);
  await page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' }).click();
  await expect(page.getByTestId('inspector')).toContainText('backend → database');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveCount(0);
  const text = await editorText(page);
  // Both rules behind the edge lost their only peer: the rules are gone, the policies and comments stay.
  expect(policy(text, 'database')?.spec?.ingress).toBeUndefined();
  expect(policy(text, 'backend')?.spec?.egress).toBeUndefined();
  expect(policy(text, 'backend')?.spec?.ingress).toHaveLength(1);
  expect(text).toContain('# The database takes calls from the backend only.');
  expect(text).toContain('app: frontend');
});

test('a port changed in the YAML moves the edge label', async ({ page, watch: _watch }) => {
  await openThreeTier(page);
  await cursorAfter(page, '- port: 5432 # postgres');
  await page.keyboard.press('End');
  for (let i = 0; i < ' # postgres'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('3');
  // backend's egress rule still says 5432: the bundle shows both. (Its pill may find no free place and show
  // only on hover: it is checked by its text, not its visibility.)
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432 · TCP 5433' })).toHaveCount(1);
});

test('moving the cursor in the YAML selects the node or the edge under it', async ({ page, watch: _watch }) => {
  await openThreeTier(page);
  await cursorAfter(page, 'image: postgres:16');
  await page.keyboard.press('ArrowUp'); // a real cursor move, inside the database Deployment
  await expect(workload(page, 'database')).toHaveClass(/is-selected/);
  await cursorAfter(page, '- port: 5432 # postgres');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // `app: backend`, the peer of the database policy's rule
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveClass(/is-selected/);
  await expect(workload(page, 'database')).not.toHaveClass(/is-selected/);
  // Typing into that selector makes it another peer (pods labelled app=backendx, which no workload has):
  // once parsed, the selection follows to the new edge, from the inferred node.
  await page.keyboard.press('End');
  await page.keyboard.type('x');
  const inferred = page.locator('[data-testid="entity-node"][data-kind="inferred"]', { hasText: 'app=backendx' });
  await expect(inferred).toBeVisible();
  const edgeFromInferred = page.locator('[data-testid="edge-label"][data-edge-id^="inferred:"]', {
    hasText: 'TCP 5432',
  });
  await expect(edgeFromInferred).toHaveClass(/is-selected/);
  await page.keyboard.press('Backspace');
  await expect(inferred).toHaveCount(0);
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' })).toHaveClass(/is-selected/);
});

test("the inspector renames a workload and edits its labels and a rule's ports", async ({ page, watch: _watch }) => {
  await openThreeTier(page);
  // Double-click the node: its name is ready to be typed over in the inspector.
  await workload(page, 'database').dblclick();
  await expect(page.getByTestId('inspector-name')).toBeFocused();
  await page.keyboard.type('postgres');
  await page.keyboard.press('Enter');
  await expect(workload(page, 'postgres')).toBeVisible();
  await expect(workload(page, 'postgres')).toHaveClass(/is-selected/);
  let text = await editorText(page);
  expect(objects(text).some((o) => o.kind === 'Deployment' && o.metadata?.name === 'postgres')).toBe(true);
  await page.getByTestId('inspector-labels').fill('app=database, tier=data');
  await page.getByTestId('inspector-labels').press('Enter');
  await expect.poll(() => editorText(page)).toContain('tier: data');

  await page.getByTestId('edge-label').filter({ hasText: 'TCP 9000' }).dblclick();
  const ports = page.getByTestId('edge-ports').first();
  await expect(ports).toBeFocused();
  await ports.fill('TCP 9000-9010, UDP 53');
  await ports.press('Enter');
  await expect(page.getByTestId('edge-label').filter({ hasText: 'TCP 9000-9010, UDP 53' }).first()).toBeVisible();
  text = await editorText(page);
  expect(text).toContain('endPort: 9010');
  // A bad value stays in the field with a reason; the YAML is untouched.
  await ports.fill('TCP 70000');
  await ports.press('Enter');
  await expect(page.getByTestId('inspector').getByRole('alert')).toContainText('65535');
  expect(await editorText(page)).toBe(text);
});

test('broken YAML breaks only its own document: the rest stays drawn and editable', async ({ page, watch: _watch }) => {
  await openThreeTier(page);
  await cursorAfter(page, '  name: frontend');
  await page.keyboard.press('End');
  await page.keyboard.type(' extra: value'); // `name: frontend extra: value` does not parse
  await expect(page.getByTestId('broken-banner')).toBeVisible();
  await expect(workload(page, 'backend')).toBeVisible();
  // The other documents stay drawn and editable: a gesture on backend's edge still writes YAML, and the broken
  // document's text is left exactly as typed.
  const broken = await editorText(page);
  const brokenLine = broken.split('\n').find((l) => l.includes('extra: value'))!;
  await page.getByTestId('edge-label').filter({ hasText: 'TCP 5432' }).first().click({ force: true });
  await page.keyboard.press('Delete');
  await expect.poll(() => editorText(page)).not.toBe(broken);
  expect(await editorText(page)).toContain(brokenLine);
});

test('an edge can be drawn by keyboard alone, through the inspector and the dialog', async ({
  page,
  watch: _watch,
}) => {
  await openThreeTier(page);
  // React Flow nodes are focusable; Enter selects one, which opens the inspector.
  await page.locator('.react-flow__node[data-id="wl:tiers/frontend[Deployment]"]').focus();
  await page.keyboard.press('Enter');
  await expect(workload(page, 'frontend')).toHaveClass(/is-selected/);
  await page.getByTestId('allow-other').focus();
  await page.getByTestId('allow-other').selectOption({ label: 'tiers/database' });
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('allow-open')).toBeFocused();
  await page.keyboard.press('Enter');
  const flow = page.getByTestId('flow-dialog');
  await expect(flow).toContainText('frontend → database');
  await page.keyboard.type('5432');
  await page.keyboard.press('Tab'); // end port
  await page.keyboard.type('5433');
  await page.keyboard.press('Enter');
  await expect(flow).toBeHidden();
  const text = await editorText(page);
  expect(policy(text, 'database')?.spec?.ingress).toContainEqual({
    from: [{ podSelector: { matchLabels: { app: 'frontend' } } }],
    ports: [{ protocol: 'TCP', port: 5432, endPort: 5433 }],
  });
  // The new flow is selected: the inspector shows its rules.
  await expect(page.getByTestId('inspector')).toContainText('frontend → database');
  await expect(page.getByTestId('inspector')).toContainText('tiers/database · ingress rule 2');
  // Esc cancels without writing anything.
  await page.locator('.react-flow__node[data-id="wl:tiers/frontend[Deployment]"]').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('allow-other').selectOption({ label: 'tiers/database' });
  await page.getByTestId('allow-open').click();
  await expect(flow).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(flow).toBeHidden();
  expect(await editorText(page)).toBe(text);
});

test("zoomed far out, only the selected node's edges keep their port labels; zoomed back in, all do", async ({
  page,
  watch: _watch,
}) => {
  await openThreeTier(page);
  const labels = page.getByTestId('edge-label');
  const all = await labels.count();
  expect(all).toBeGreaterThanOrEqual(3);
  // Zoom out until the labels' text would be a few pixels high.
  for (let i = 0; i < 8; i++) await page.locator('.react-flow__controls-zoomout').click();
  await expect(labels).toHaveCount(0);
  await workload(page, 'backend').click();
  // backend's own flows (from frontend, to database) are labelled again; the others are not.
  await expect(labels).toHaveCount(2);
  await expect(labels.filter({ hasText: 'TCP 9000' })).toHaveCount(1);
  await expect(labels.filter({ hasText: 'TCP 5432' })).toHaveCount(1);
  for (let i = 0; i < 8; i++) await page.locator('.react-flow__controls-zoomin').click();
  await expect(labels).toHaveCount(all);
});
