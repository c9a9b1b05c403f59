/**
 * A layout given with its graph (as opening a saved workspace gives its boxes and their key) is kept, even
 * when an ELK run for an earlier structure is still going: that run's answer used to land over the given
 * boxes seconds later, fit the view elsewhere and start another full layout, so the canvas jumped away from
 * where the person was typing. The superseded run is stopped too: ELK cannot be interrupted, so its worker
 * is terminated rather than left to burn one of two cores for seconds beside the person typing.
 */
import { generate } from '../../bench/generate.ts';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { layoutKeyFromScratch } from '../../src/ui/layout/layout-key.ts';
import { expect, openApp, test } from './fixtures.ts';

// Over the size where namespaces start collapsed (model/graph/collapse.ts), and slow enough for ELK that its
// run is still going when the layout is given.
const TEXT = generate({ namespaces: 20, workloads: 400, policies: 60 });

test('a layout given with its graph is not replaced by an ELK run started before it', async ({ page, watch }) => {
  test.setTimeout(180_000);
  void watch;
  // ELK's workers (ui/layout/elk.worker.ts), and whether each has been terminated.
  const elkWorkers: { closed: boolean }[] = [];
  page.on('worker', (worker) => {
    if (!/elk\.worker/.test(worker.url())) return;
    const entry = { closed: false };
    elkWorkers.push(entry);
    worker.on('close', () => (entry.closed = true));
  });
  await openApp(page);
  const key = layoutKeyFromScratch(deriveGraph(loadWorkspace([{ name: 'workspace.yaml', text: TEXT }])));
  // The canvas lays the new text out (namespaces collapsed by default), and while that ELK run is going,
  // every namespace is opened and a layout of the whole graph is given, with its key. The run takes only
  // 0.3-0.7 s, so the layout is given from the page itself, in the microtask after the canvas starts the
  // run: a round trip from the test could come after the run has already answered (CI saw that once).
  const given = await page.evaluate(
    ({ t, k }) =>
      new Promise<{ fits: number; first: string; box: unknown; runningWhenGiven: boolean }>((resolve) => {
        const { store, view } = window.__netpolStudioState!;
        const unsubscribe = store.subscribe((s, before) => {
          if (!s.layoutRunning || before.layoutRunning) return;
          unsubscribe();
          queueMicrotask(() => {
            const runningWhenGiven = store.getState().layoutRunning;
            const { graph } = view();
            for (const n of graph.nodes) if (n.kind === 'namespace') store.getState().setCollapsed(n.id, false);
            const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
            graph.nodes.forEach(
              (n, i) => (boxes[n.id] = { x: (i % 40) * 300, y: Math.floor(i / 40) * 100, width: 220, height: 56 }),
            );
            store.getState().applyLayout(k, boxes, true);
            const first = graph.nodes[0].id;
            resolve({ fits: store.getState().fitRequest, first, box: boxes[first], runningWhenGiven });
          });
        });
        window.__netpolStudio!.editor.getModel()!.setValue(t);
        store.getState().setText(t, 'load');
      }),
    { t: TEXT, k: key },
  );
  expect(given.runningWhenGiven).toBe(true);
  // The run nobody waits for any more is stopped at once, its worker with it.
  expect(elkWorkers.length).toBeGreaterThan(0);
  await expect.poll(() => elkWorkers.filter((w) => !w.closed).length, { timeout: 5_000 }).toBe(0);
  // Long enough for the earlier ELK run to have answered, had it gone on.
  await page.waitForTimeout(8_000);
  const after = await page.evaluate((id) => {
    const s = window.__netpolStudioState!.store.getState();
    return { fits: s.fitRequest, box: s.boxes[id], running: s.layoutRunning };
  }, given.first);
  expect(after).toEqual({ fits: given.fits, box: given.box, running: false });
});
