/**
 * Main-thread cost of one autosave of a 1 MB and a 10 MB workspace, the way
 * the app saved before (JSON of the whole workspace into localStorage) and now
 * (one IndexedDB readwrite transaction, durability 'strict': read the list and
 * the revision, put the workspace object, its revision and the list). Only the
 * synchronous slices on the page's thread are summed: JSON.stringify and
 * setItem before; transaction(), get(), the callback with put() (where the
 * structured clone happens) and commit() now. The time until IndexedDB reports
 * the commit is printed too; the page is free during it. The same layout of
 * 5,000 boxes rides along in both, as in a 5,000-workload workspace.
 *
 *   node --import tsx bench/save-cost.browser.bench.ts [--no-build]
 */
import { openBenchBrowser } from './browser-harness.ts';

const OUT_DIR = 'dist-bench-save';
const PORT = Number(process.env.BENCH_PORT ?? 4193);
const RUNS = 7;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Costs {
  before: number | string;
  afterMain: number;
  afterCommitted: number;
}

async function main(): Promise<void> {
  const { browser, origin, close } = await openBenchBrowser(OUT_DIR, PORT);
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    for (const mb of [1, 10]) {
      const runs: Costs[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(
          await page.evaluate(async (size) => {
            const line = '      - port: 8080 # a line of YAML, about sixty characters long\n';
            // join() gives one flat string, as the editor's getValue() does (repeat() would give a rope).
            const text =
              Array.from({ length: Math.ceil((size * 1_000_000) / line.length) }, () => line).join('') +
              `# run ${Math.random()}\n`;
            const layout: Record<string, { x: number; y: number; width: number; height: number }> = {};
            for (let n = 0; n < 5000; n++)
              layout[`wl:ns${n % 50}/app-${n}[Deployment]`] = { x: n, y: n, width: 180, height: 60 };
            const view = { split: 0.5, layoutKey: 'k'.repeat(40) };
            const index = {
              version: 1,
              active: 'ws-1',
              workspaces: [{ id: 'ws-1', name: 'Big', createdAt: 1, updatedAt: 1 }],
            };

            // Before: the whole workspace as JSON into localStorage, then the list.
            let before: number | string;
            const t0 = performance.now();
            try {
              localStorage.setItem('bench:ws', JSON.stringify({ version: 1, text, layout, view }));
              localStorage.setItem('bench:index', JSON.stringify(index));
              before = performance.now() - t0;
            } catch (e) {
              before = `refused after ${(performance.now() - t0).toFixed(0)} ms (${(e as Error).name})`;
            }
            localStorage.removeItem('bench:ws');

            // Now: one IndexedDB transaction.
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const r = indexedDB.open('bench-save', 1);
              r.onupgradeneeded = () => r.result.createObjectStore('kv');
              r.onsuccess = () => resolve(r.result);
              r.onerror = () => reject(r.error);
            });
            let main = 0;
            const start = performance.now();
            const committed = await new Promise<number>((resolve, reject) => {
              const s = performance.now();
              const tx = db.transaction('kv', 'readwrite', { durability: 'strict' });
              const store = tx.objectStore('kv');
              const gets = [store.get('index'), store.get('rev:ws-1')];
              let left = gets.length;
              for (const g of gets)
                g.onsuccess = () => {
                  if (--left > 0) return;
                  const c = performance.now();
                  store.put({ version: 1, rev: 2, text, layout, view }, 'ws:ws-1');
                  store.put(2, 'rev:ws-1');
                  store.put(index, 'index');
                  tx.commit();
                  main += performance.now() - c;
                };
              main += performance.now() - s;
              tx.oncomplete = () => resolve(performance.now() - start);
              tx.onabort = () => reject(tx.error);
            });
            db.close();
            return { before, afterMain: main, afterCommitted: committed };
          }, mb),
        );
      }
      const before = runs.map((r) => r.before);
      const numeric = before.filter((b): b is number => typeof b === 'number');
      const beforeText =
        numeric.length === before.length ? `median ${median(numeric).toFixed(1)} ms` : String(before[0]);
      console.log(
        `${mb} MB text + 5,000 boxes: before (JSON + localStorage) ${beforeText}; ` +
          `now (IndexedDB) main thread median ${median(runs.map((r) => r.afterMain)).toFixed(1)} ms, ` +
          `committed after median ${median(runs.map((r) => r.afterCommitted)).toFixed(0)} ms ` +
          `(runs: ${runs.map((r) => r.afterMain.toFixed(1)).join(', ')})`,
      );
    }
  } finally {
    await close();
  }
}

void main();
