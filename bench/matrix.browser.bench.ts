/**
 * The connectivity matrix on a large workspace, in the real app (issue 13):
 *   npm run bench:matrix                (builds, then measures)
 *   npm run bench:matrix -- --no-build  (reuses its last build)
 *
 * Pastes a generated cluster (bench/generate.ts: 2,000 workloads, 600 policies) and waits until it is
 * parsed and laid out; then, BENCH_N times (default 3) in a fresh page, opens the matrix panel and
 * measures the time until its first cells are drawn, and the longest main-thread task
 * (PerformanceObserver 'longtask') meanwhile, and, five seconds later, while scrolling it across (60 frames,
 * 400 × 300 px each): the longest task and the mean time from one scroll step to the next. Budget: ≤ 50 ms
 * (the longest task while opening). BENCH_SCROLL_TRACE=file.json traces the scroll. BENCH_PORT sets the preview server's port (default 4177).
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { longTask, openBenchBrowser } from './browser-harness.ts';
import { generate } from './generate.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4177);
const OUT_DIR = 'node_modules/.cache/netpol-matrix-dist';
const N = Number(process.env.BENCH_N ?? 3);
const SIZE = { namespaces: 40, workloads: 2000, policies: 600 };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const progress = (msg: string): void => void process.stderr.write(`[bench:matrix] ${msg}\n`);

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

async function once(
  browser: Browser,
  origin: string,
  text: string,
): Promise<{ ms: number; longest: number; scroll: number; frame: number }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(origin);
  await page.waitForFunction(() => Boolean(window.__netpolStudio && window.__netpolStudioState), undefined, {
    timeout: 120_000,
  });
  await page.evaluate((t) => {
    const { editor } = window.__netpolStudio!;
    editor.focus();
    editor.setSelection(editor.getModel()!.getFullModelRange());
    editor.trigger('keyboard', 'paste', { text: t });
  }, text);
  await settle(page);
  // BENCH_PROFILE=file.cpuprofile: a CPU profile of the page from the click to a second after the first cells
  // (build with --minify false to read it).
  const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  // BENCH_TRACE=file.json: a Chromium performance trace of the same stretch (style, layout, paint), for chrome://tracing.
  if (process.env.BENCH_TRACE)
    await browser.startTracing(page, {
      path: process.env.BENCH_TRACE,
      categories: ['toplevel', 'devtools.timeline', 'blink', 'cc', 'v8.execute'],
    });
  const run = await page.evaluate(
    () =>
      new Promise<{ ms: number; longest: number }>((resolve) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
        observer.observe({ type: 'longtask' });
        const t0 = performance.now();
        (document.querySelector('[data-testid="open-matrix"]') as HTMLButtonElement).click();
        const check = () => {
          if (document.querySelectorAll('[data-testid="matrix-cell"]').length > 0) {
            const ms = performance.now() - t0;
            // A second's grace for tasks right after the first draw.
            setTimeout(() => {
              observer.disconnect();
              resolve({ ms, longest: Math.max(0, ...tasks) });
            }, 1000);
          } else setTimeout(check, 20);
        };
        check();
      }),
  );
  if (process.env.BENCH_TRACE) await browser.stopTracing();
  if (cdp) writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  // Opening the dock shrinks the canvas (2,000 cards re-rendered): let that pass before scrolling.
  await page.waitForTimeout(5000);
  // BENCH_SCROLL_TRACE=file.json: a Chromium trace of the scroll, with the V8 sampler (where its long tasks go).
  if (process.env.BENCH_SCROLL_TRACE)
    await browser.startTracing(page, {
      path: process.env.BENCH_SCROLL_TRACE,
      categories: ['toplevel', 'devtools.timeline', 'blink', 'cc', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'],
    });
  const { scroll, frame } = await page.evaluate(
    () =>
      new Promise<{ scroll: number; frame: number }>((resolve) => {
        const tasks: number[] = [];
        const t0 = performance.now();
        const observer = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
        observer.observe({ type: 'longtask' });
        const body = document.querySelector('[data-testid="matrix-body"]')!;
        let step = 0;
        const tick = () => {
          body.scrollBy(400, 300);
          if (++step < 60) requestAnimationFrame(tick);
          else {
            // The mean time between two scroll steps: one step per frame, so 16.7 ms at 60 fps.
            const frame = (performance.now() - t0) / 59;
            setTimeout(() => {
              observer.disconnect();
              resolve({ scroll: Math.max(0, ...tasks), frame });
            }, 500);
          }
        };
        tick();
      }),
  );
  if (process.env.BENCH_SCROLL_TRACE) await browser.stopTracing();
  await context.close();
  return { ...run, scroll, frame };
}

const { browser, origin, close } = await openBenchBrowser(OUT_DIR, PORT);
try {
  const text = generate(SIZE);
  progress(`${SIZE.workloads} workloads, ${SIZE.policies} policies, ${(text.length / 1e6).toFixed(1)} MB`);
  const runs = [];
  for (let i = 0; i < N; i++) {
    progress(`run ${i + 1}/${N}`);
    runs.push(await once(browser, origin, text));
  }
  const each = (xs: number[]): string => xs.map(longTask).join(', ');
  console.log(`matrix, ${SIZE.workloads} workloads / ${SIZE.policies} policies, median of ${N} (runs):`);
  console.log(
    `  open → first cells drawn      ${median(runs.map((r) => r.ms)).toFixed(0)} ms (${runs.map((r) => r.ms.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  longest main-thread task      ${longTask(median(runs.map((r) => r.longest)))} ms (${each(runs.map((r) => r.longest))}; budget 50)`,
  );
  console.log(
    `  longest task while scrolling  ${longTask(median(runs.map((r) => r.scroll)))} ms (${each(runs.map((r) => r.scroll))})`,
  );
  console.log(
    `  mean frame while scrolling    ${median(runs.map((r) => r.frame)).toFixed(1)} ms (${runs.map((r) => r.frame.toFixed(1)).join(', ')}; 16.7 at 60 fps)`,
  );
} finally {
  await close();
}
