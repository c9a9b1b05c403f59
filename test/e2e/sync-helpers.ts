/** Helpers for the two-way sync specs (sync-*.spec.ts): a three-tier workspace, paste, canvas gestures. */
import { expect, type Locator, type Page } from '@playwright/test';

/** A three-tier app with comments everywhere; default deny in both directions, DNS allowed. */
export const THREE_TIER = `# Three tiers: frontend <- anyone, backend <- frontend, database <- backend.
---
apiVersion: v1
kind: Namespace
metadata:
  name: tiers # the whole app lives here
---
# The public front end.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
  namespace: tiers
spec:
  selector:
    matchLabels:
      app: frontend
  template:
    metadata:
      labels:
        app: frontend
    spec:
      containers:
        - name: frontend
          image: nginx
          ports:
            - containerPort: 8080
---
# The API in the middle.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: backend
  namespace: tiers
spec:
  selector:
    matchLabels:
      app: backend
  template:
    metadata:
      labels:
        app: backend
    spec:
      containers:
        - name: backend
          image: api:1
          ports:
            - containerPort: 9000
---
# PostgreSQL.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: database
  namespace: tiers
spec:
  selector:
    matchLabels:
      app: database
  template:
    metadata:
      labels:
        app: database
    spec:
      containers:
        - name: database
          image: postgres:16
          ports:
            - containerPort: 5432
---
# Nothing moves unless a policy below allows it.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: tiers
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
# Anyone may reach the frontend.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: frontend
  namespace: tiers
spec:
  podSelector:
    matchLabels:
      app: frontend
  ingress:
    - ports:
        - port: 8080 # http
  egress:
    - to:
        - podSelector:
            matchLabels:
              app: backend
      ports:
        - port: 9000
---
# The backend takes calls from the frontend only.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: backend
  namespace: tiers
spec:
  podSelector:
    matchLabels:
      app: backend
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: frontend
      ports:
        - port: 9000
  egress:
    - to:
        - podSelector:
            matchLabels:
              app: database
      ports:
        - port: 5432
---
# The database takes calls from the backend only.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: database
  namespace: tiers
spec:
  podSelector:
    matchLabels:
      app: database
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: backend
      ports:
        - port: 5432 # postgres
`;

export const editorText = (page: Page) => page.evaluate(() => window.__netpolStudio!.editor.getValue());

/** Replaces the whole editor text the way a paste does: one edit the editor sees as the user's. */
export async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const { editor } = window.__netpolStudio!;
    const model = editor.getModel()!;
    editor.focus();
    editor.pushUndoStop();
    editor.executeEdits('paste', [{ range: model.getFullModelRange(), text: t }]);
    editor.pushUndoStop();
  }, text);
}

/** The workload card whose name is exactly `name`. */
export const workload = (page: Page, name: string): Locator =>
  page.locator(`[data-testid="entity-node"][data-kind="workload"][data-node-id$="/${name}[Deployment]"]`);

/** Opens the app on the three-tier workspace and waits for its graph. */
export async function openThreeTier(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await page.waitForFunction(() => Boolean(window.__netpolStudio));
  await pasteIntoEditor(page, THREE_TIER);
  for (const name of ['frontend', 'backend', 'database']) await expect(workload(page, name)).toBeVisible();
  await expect(page.getByTestId('parse-status')).toHaveText(/Parsed/);
  // Start with the focus out of the editor, as after a click on the canvas background.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Drags from `from`'s connector dot to the middle of `to`, as a mouse user draws an edge. */
export async function drawEdge(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const dot = await from.locator('.entity__connector').boundingBox();
  const target = await to.boundingBox();
  if (!dot || !target) throw new Error('connector or target not on screen');
  await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Drags a palette item to a point of the page (HTML5 drag and drop). */
export async function dropFromPalette(page: Page, kind: string, at: { x: number; y: number }): Promise<void> {
  const pane = (await page.getByTestId('graph-pane').boundingBox())!;
  await page
    .getByTestId(`palette-${kind}`)
    .dragTo(page.getByTestId('graph-pane'), { targetPosition: { x: at.x - pane.x, y: at.y - pane.y } });
}
