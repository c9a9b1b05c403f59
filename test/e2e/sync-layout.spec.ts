/** Layout (issue 4): a node the user placed stays put through structural edits; Tidy layout starts over. */
import { test, expect } from './fixtures.ts';
import { openThreeTier, pasteIntoEditor, THREE_TIER, workload } from './sync-helpers.ts';

const EXTRA = `---
# Added later, in the YAML.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: tiers
spec:
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
    spec:
      containers:
        - name: worker
          image: busybox
`;

test('a dragged node keeps its place when the structure changes; Tidy layout lays it out again', async ({
  page,
  watch: _watch,
}) => {
  await openThreeTier(page);
  const db = workload(page, 'database');
  const start = (await db.boundingBox())!;
  // Drag it down by 90px.
  await page.mouse.move(start.x + 40, start.y + 20);
  await page.mouse.down();
  await page.mouse.move(start.x + 40, start.y + 110, { steps: 8 });
  await page.mouse.up();
  const moved = (await db.boundingBox())!;
  expect(moved.y - start.y).toBeGreaterThan(60);

  // A structural change (a new workload typed into the YAML) re-runs the layout…
  await pasteIntoEditor(page, THREE_TIER + EXTRA);
  await expect(workload(page, 'worker')).toBeVisible();
  await expect(page.getByTestId('status-bar')).not.toContainText('Laying out');
  // …without moving the node the user placed (nor the view).
  const after = (await db.boundingBox())!;
  expect(Math.abs(after.x - moved.x)).toBeLessThan(1);
  expect(Math.abs(after.y - moved.y)).toBeLessThan(1);

  await page.getByTestId('tidy-layout').click();
  await expect.poll(async () => Math.abs((await db.boundingBox())!.y - moved.y)).toBeGreaterThan(20);
});
