/**
 * The live diff on a large workspace, in the real app (issue 13):
 *   npm run bench:live-diff                (builds, then measures)
 *   npm run bench:live-diff -- --no-build  (reuses its last build)
 *   BENCH_PROFILE=f.cpuprofile / BENCH_TRACE=f.json  (a CPU profile / a Chromium trace of the edits)
 *
 * Pastes a generated cluster (bench/generate.ts: 2,000 workloads, 600 policies) as the loaded text (the
 * diff's "as opened" baseline), waits until it is parsed and laid out and opens the diff panel; then,
 * BENCH_N times (default 3), edits one policy's port in the YAML and measures the time until the diff
 * of the edited text is drawn (computed in the analysis worker), and the longest main-thread task
 * (PerformanceObserver 'longtask') meanwhile. Budget for the longest task: ≤ 50 ms.
 * BENCH_PORT sets the preview server's port (default 4178).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { longTask, openBenchBrowser } from './browser-harness.ts';
import { generate } from './generate.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4178);
const OUT_DIR = 'node_modules/.cache/netpol-live-diff-dist';
const N = Number(process.env.BENCH_N ?? 3);
const SIZE = { namespaces: 40, workloads: 2000, policies: 600 };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const progress = (msg: string): void => void process.stderr.write(`[bench:live-diff] ${msg}\n`);

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = window.__netpolStudioState!;
      const s = hook.store.getState();
      return !s.layoutRunning && !s.parsePending && !hook.view().updating && hook.view().counts.workloads > 1000;
    },
    undefined,
    { timeout: 900_000, polling: 250 },
  );
  await page.waitForTimeout(2000);
}

/**
 * Edits the `n`th `{port: N}` of the text in the editor (an editor change, as typing is) and times it
 * until the diff of the edited text has landed and the panel has drawn it (the diff memo's version
 * moves on and it is not updating any more; one frame for React).
 */
function timeEdit(page: Page, n: number): Promise<{ ms: number; longest: number; rows: number }> {
  return page.evaluate(
    (nth) =>
      new Promise<{ ms: number; longest: number; rows: number }>((resolve) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
        observer.observe({ type: 'longtask' });
        const memo = window.__netpolStudioState!.store.getState().caches.diff;
        const version = memo.getVersion();
        const { editor } = window.__netpolStudio!;
        const model = editor.getModel()!;
        const matches = model.findMatches('{port: ', false, false, true, null, false);
        const at = matches[(nth * 37) % matches.length].range;
        const t0 = performance.now();
        editor.executeEdits('bench', [
          { range: { ...at, startColumn: at.endColumn, endColumn: at.endColumn + 1 }, text: String(nth) },
        ]);
        const check = () => {
          if (memo.getVersion() > version && !memo.updating)
            requestAnimationFrame(() => {
              const ms = performance.now() - t0;
              const rows = document.querySelectorAll('[data-testid="diff-row"]').length;
              setTimeout(() => {
                observer.disconnect();
                resolve({ ms, longest: Math.max(0, ...tasks), rows });
              }, 1000);
            });
          else setTimeout(check, 20);
        };
        check();
      }),
    n,
  );
}

const { browser, origin, close } = await openBenchBrowser(OUT_DIR, PORT);
try {
  const text = generate(SIZE);
  progress(`${SIZE.workloads} workloads, ${SIZE.policies} policies, ${(text.length / 1e6).toFixed(1)} MB`);
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(origin);
  await page.waitForFunction(() => Boolean(window.__netpolStudio && window.__netpolStudioState), undefined, {
    timeout: 120_000,
  });
  // Loaded (not typed): the text as opened is the baseline.
  await page.evaluate((t) => window.__netpolStudioState!.store.getState().setText(t, 'load'), text);
  await settle(page);
  await page.getByTestId('open-diff').click();
  await page.getByTestId('diff-none').waitFor({ timeout: 900_000 });
  const runs = [];
  // BENCH_PROFILE=file.cpuprofile: a CPU profile of the page over the edits (build with --minify false to read it).
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  // BENCH_TRACE=file.json: a Chromium performance trace of the edits (style, layout, paint, every thread's JS).
  if (process.env.BENCH_TRACE)
    await browser.startTracing(page, {
      path: process.env.BENCH_TRACE,
      categories: ['toplevel', 'devtools.timeline', 'blink', 'cc', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'],
    });
  for (let i = 0; i < N; i++) {
    progress(`run ${i + 1}/${N}`);
    runs.push(await timeEdit(page, i + 1));
    await page.waitForTimeout(2000);
  }
  if (process.env.BENCH_TRACE) await browser.stopTracing();
  if (cdp) writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  await context.close();
  console.log(`live diff, ${SIZE.workloads} workloads / ${SIZE.policies} policies, median of ${N}:`);
  console.log(`  edit → diff list updated      ${median(runs.map((r) => r.ms)).toFixed(0)} ms`);
  console.log(
    `  longest main-thread task      ${longTask(median(runs.map((r) => r.longest)))} ms (${runs.map((r) => longTask(r.longest)).join(', ')}; budget 50)`,
  );
  console.log(`  rows listed after each edit   ${runs.map((r) => r.rows).join(', ')}`);
} finally {
  await close();
}
