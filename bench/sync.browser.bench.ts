/**
 * Two-way sync latency in the real app (issue 4 budgets), not a test:
 *   npm run bench:browser            (builds, then measures)
 *   npm run bench:browser -- --no-build   (reuses its last build)
 *
 * Serves the production build (vite preview), opens it in Debian's Chromium
 * with the e2e launch args, loads a generated workspace of 200 policies and
 * 1,000 workloads (bench/generate.ts, the analysis bench's generator) and
 * measures N times:
 *  (a) keystroke → graph: a character typed in Monaco into a pod-template
 *      label value (`version: v0` → `v0x` and back with Backspace), timed
 *      from the keydown event to the animation frame in which React Flow's DOM
 *      shows the changed node (its labels tooltip) (budget: median ≤ 100 ms);
 *  (c) the same for a keystroke in a policy's port (`9443` → `944` and back),
 *      until the edge's port label shows it (budget: median ≤ 100 ms);
 *  (d) the same for a keystroke that changes the structure: a podSelector
 *      value (`tier: db` → `tier: dbx`) that no workload has, until the new
 *      inferred node is drawn (budget: median ≤ 100 ms);
 *  (b) graph edit → YAML: a PolicyEdit committed through the canvas's code
 *      path (state/commit.ts, via the test-only `window.__netpolStudioState`),
 *      timed until Monaco's model text changed (budget: median ≤ 50 ms).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openBenchBrowser } from './browser-harness.ts';
import { deriveGraph } from '../src/model/graph/index.ts';
import { loadWorkspace as buildWorkspaceOf } from '../src/model/manifests/workspace.ts';
import { layoutKeyFromScratch } from '../src/ui/layout/layout-key.ts';
import { generate } from './generate.ts';

const PORT = 4175; // not the e2e port: a running e2e preview server must not be reused by mistake
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Own build directory: building must not swap dist/ under a running e2e suite (and eslint skips node_modules). */
const OUT_DIR = 'node_modules/.cache/netpol-bench-dist';
const N = Number(process.env.BENCH_N ?? 30);
/** BENCH_SIZE=namespaces,workloads,policies overrides the issue's size (for trying the harness out). */
const [NS, WL, POL] = (process.env.BENCH_SIZE ?? '50,1000,200').split(',').map(Number);
const SIZE = { namespaces: NS, workloads: WL, policies: POL };
const progress = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);
const BUDGET_TYPE_MS = 100;
/** Keystrokes a series types: N, and one more to take the last back when N is odd (typeSeries). */
const KEYS_PER_SERIES = N + (N % 2);
const BUDGET_EDIT_MS = 50;

/** The workload whose label is typed into and the policy whose ports the graph edit toggles (both in ns-0). */
const TARGET_NODE = 'wl:ns-0/app-0[Deployment]';
/** The first `db from api pods of prod namespaces` policy of ns-0 (shape 3 of the generator). */
const EDIT_POLICY = `ns-0/pol-${3 * SIZE.namespaces}`;

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** Waits until the canvas is idle: no layout running, no parse pending, two quiet frames. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = window.__netpolStudioState!.store.getState();
      return !s.layoutRunning && !s.parsePending && !window.__netpolStudioState!.view().updating;
    },
    undefined,
    { timeout: 300_000, polling: 50 },
  );
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))),
  );
}

async function loadWorkspace(page: Page, text: string): Promise<void> {
  // The layout key of this text's graph, computed here with the app's own code (same text, same graph).
  const key = layoutKeyFromScratch(deriveGraph(buildWorkspaceOf([{ name: 'workspace.yaml', text }])));
  await page.evaluate((t) => window.__netpolStudio!.loadWorkspaceText(t), text); // as switching workspaces does
  // A text this large may be analysed in the worker (state/backend): its graph lands a moment later.
  await page.waitForFunction(() => !window.__netpolStudioState!.view().updating, undefined, {
    timeout: 600_000,
    polling: 50,
  });
  await page.evaluate(
    ({ key }) => {
      const hook = window.__netpolStudioState!;
      // Lay the graph out on a grid at once: ELK takes seconds on a graph
      // this dense, and positions do not matter here. With the graph's layout key, the canvas takes the
      // boxes as the layout of this graph and never starts ELK.
      const { graph } = hook.view();
      // A graph this size starts with its namespaces collapsed to cards (model/graph/collapse.ts): the
      // bench types into workloads, so every namespace is expanded first, as a user would open them.
      for (const n of graph.nodes) if (n.kind === 'namespace') hook.store.getState().setCollapsed(n.id, false);
      const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
      const kids = new Map<string, string[]>();
      const top: string[] = [];
      for (const n of graph.nodes) {
        if (n.kind === 'namespace') kids.set(n.id, kids.get(n.id) ?? []);
        else if (n.parentId) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n.id]);
        else top.push(n.id);
      }
      // Outside peers in rows of 32 above the namespaces; ns-0 (the target) in the middle cell, so the
      // fitted view shows it even when the canvas only renders what is in view (large graphs).
      top.forEach((id, i) => (boxes[id] = { x: (i % 32) * 270, y: Math.floor(i / 32) * 80, width: 220, height: 56 }));
      const topHeight = Math.ceil(top.length / 32) * 80 + 40;
      const groups = [...kids.entries()];
      const mid = Math.min(groups.length - 1, Math.floor(Math.ceil(groups.length / 8) / 2) * 8 + 3);
      groups.forEach(([ns, children], k) => {
        const i = (k + mid) % groups.length;
        const rows = Math.ceil(children.length / 4) || 1;
        boxes[ns] = { x: (i % 8) * 1100, y: topHeight + Math.floor(i / 8) * 700, width: 1060, height: 60 + rows * 80 };
        children.forEach(
          (id, k) => (boxes[id] = { x: 20 + (k % 4) * 260, y: 50 + Math.floor(k / 4) * 80, width: 220, height: 56 }),
        );
      });
      hook.store.getState().applyLayout(key, boxes, true);
    },
    { key },
  );
  // A large graph renders only what is in view, and the fitted view opens on the first namespace in reading
  // order: bring the target node into view (as search does), then wait for it rather than for every node.
  // On a busy machine the canvas may not hold the laid-out nodes yet when the first request comes (it is
  // then dropped), so the request is repeated until the node is drawn.
  const shown = async (): Promise<boolean> =>
    page.evaluate((id) => document.querySelector(`[data-node-id="${id}"]`) !== null, TARGET_NODE);
  for (let waited = 0; !(await shown()); waited += 2_000) {
    if (waited > 600_000) throw new Error(`${TARGET_NODE} was not drawn within 10 minutes`);
    await page.evaluate((id) => window.__netpolStudioState!.store.getState().requestCentre(id), TARGET_NODE);
    await page.waitForTimeout(2_000);
  }
  await settle(page);
}

interface Typed {
  total: number;
  /** keydown → store text, store text → parsedText (debounce), parsedText → frame showing the graph. */
  phases: [number, number, number];
}

/** What shows that a keystroke reached the graph: a node's tooltip, or an edge's port label. */
type Probe =
  | { kind: 'node-title'; node: string; text: string }
  | { kind: 'edge-label'; pattern: string }
  | { kind: 'node'; node: string };

/** One keystroke: ms from keydown to the frame whose DOM shows the probe `present` (or gone). */
async function typeOnce(page: Page, key: string, probe: Probe, present: boolean): Promise<Typed> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench?: { keydown?: number; text?: number; parsed?: number } };
    const marks: { keydown?: number; text?: number; parsed?: number } = {};
    w.__bench = marks;
    window.addEventListener('keydown', (e) => (marks.keydown = e.timeStamp), { capture: true, once: true });
    const store = window.__netpolStudioState!.store;
    const off = store.subscribe((s, prev) => {
      if (s.text !== prev.text) marks.text ??= performance.now();
      if (s.parsedText !== prev.parsedText) {
        marks.parsed ??= performance.now();
        off();
      }
    });
  });
  const waiting = page.evaluate(
    ({ probe, present }) =>
      new Promise<Typed>((resolve, reject) => {
        const m = (window as unknown as { __bench: { keydown?: number; text?: number; parsed?: number } }).__bench;
        const shown = (): boolean => {
          if (probe.kind === 'node') return document.querySelector(`[data-node-id="${probe.node}"]`) !== null;
          if (probe.kind === 'node-title')
            return (document.querySelector(`[data-node-id="${probe.node}"]`)?.getAttribute('title') ?? '').includes(
              probe.text,
            );
          const re = new RegExp(probe.pattern);
          return [...document.querySelectorAll('[data-testid="edge-label"]')].some((el) =>
            re.test(el.textContent ?? ''),
          );
        };
        const started = performance.now();
        const frame = () => {
          const has = shown();
          const now = performance.now();
          if (m.keydown !== undefined && m.text !== undefined && m.parsed !== undefined && has === present) {
            resolve({ total: now - m.keydown, phases: [m.text - m.keydown, m.parsed - m.text, now - m.parsed] });
          } else if (now - started > 20_000) {
            const ed = window.__netpolStudio!.editor;
            const all = [...document.querySelectorAll('[data-testid="edge-label"]')];
            const labels = [
              all.length,
              ...all
                .filter((el) => !/rules\)$/.test(el.textContent ?? ''))
                .slice(0, 8)
                .map((el) => `${el.getAttribute('data-edge-id')}: ${el.textContent}`),
            ];
            const card = probe.kind === 'edge-label' ? null : document.querySelector(`[data-node-id="${probe.node}"]`);
            const drawn = `card ${card ? `drawn, title ${JSON.stringify(card.getAttribute('title')?.slice(0, 120))}` : 'not drawn'}, ${document.querySelectorAll('.react-flow__node').length} cards, view ${document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform}, fits ${window.__netpolStudioState!.store.getState().fitRequest}; `;
            const seen =
              drawn +
              `line ${JSON.stringify(ed.getModel()!.getLineContent(ed.getPosition()!.lineNumber))} at ${JSON.stringify(ed.getPosition())}, marks ${JSON.stringify(m)}, probe ${JSON.stringify(probe)}, some edge labels ${JSON.stringify(labels)}`;
            reject(new Error(`graph did not change within 20 s: ${seen}`));
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { probe, present },
  );
  await page.keyboard.press(key);
  return waiting;
}

/** Puts Monaco's cursor at the end of `lineNumber`, in view, focused. */
async function cursorAtEnd(page: Page, lineNumber: number, expected: string): Promise<void> {
  await page.evaluate((l) => {
    const { editor } = window.__netpolStudio!;
    editor.setPosition({ lineNumber: l, column: editor.getModel()!.getLineMaxColumn(l) });
    editor.revealLineInCenter(l);
    editor.focus();
  }, lineNumber);
  const lineText = await page.evaluate((l) => window.__netpolStudio!.editor.getModel()!.getLineContent(l), lineNumber);
  if (lineText.trim() !== expected) throw new Error(`line ${lineNumber} is not ${expected}: ${lineText}`);
}

/** Centres the canvas on `node` (as the search box does) and waits until its card is drawn. */
async function centreOn(page: Page, node: string): Promise<void> {
  await page.evaluate((id) => window.__netpolStudioState!.store.getState().requestCentre(id), node);
  await page.waitForFunction((id) => document.querySelector(`[data-node-id="${id}"]`) !== null, node, {
    timeout: 30_000,
  });
  await settle(page);
}

/** N keystrokes alternating `first` and `second` (which undoes it); the probe shows after `first`. */
async function typeSeries(page: Page, name: string, first: string, second: string, probe: Probe): Promise<Typed[]> {
  const typed: Typed[] = [];
  for (let i = 0; i < N; i++) {
    const forth = i % 2 === 0;
    typed.push(await typeOnce(page, forth ? first : second, probe, forth));
    progress(
      `${name} ${i + 1}/${N}: ${typed[i].total.toFixed(1)} ms (phases ${typed[i].phases.map((p) => p.toFixed(0)).join(' | ')})`,
    );
    await settle(page);
  }
  if (N % 2 === 1) {
    await page.keyboard.press(second);
    await settle(page);
  }
  return typed;
}

/** (b) One graph edit; ms from the commit call to Monaco's model change. */
function editOnce(page: Page, port: number): Promise<number> {
  return page.evaluate(
    ({ policy, port }) =>
      new Promise<number>((resolve, reject) => {
        const model = window.__netpolStudio!.editor.getModel()!;
        let changed: number | undefined;
        const sub = model.onDidChangeContent(() => (changed ??= performance.now()));
        const t0 = performance.now();
        const outcome = window.__netpolStudioState!.commit({
          op: 'setRulePorts',
          policy,
          direction: 'ingress',
          rule: 0,
          ports: [{ port }],
        });
        if (!outcome.ok) {
          sub.dispose();
          reject(new Error(JSON.stringify(outcome.error)));
          return;
        }
        const check = () => {
          if (changed !== undefined) {
            sub.dispose();
            resolve(changed - t0);
          } else if (performance.now() - t0 > 20_000) reject(new Error('Monaco did not change within 20 s'));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { policy: EDIT_POLICY, port },
  );
}

function report(name: string, xs: number[], budget: number): boolean {
  const med = quantile(xs, 0.5);
  const ok = med <= budget;
  console.log(
    `${name}: median ${med.toFixed(1)} ms, p90 ${quantile(xs, 0.9).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length}) — budget ${budget} ms: ${ok ? 'PASS' : 'FAIL'}`,
  );
  return ok;
}

async function main(): Promise<void> {
  const { browser, close } = await openBenchBrowser(OUT_DIR, PORT);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.error(`console ${m.type()}: ${m.text()}`);
    });
    page.on('crash', () => console.error('page crashed'));
    // tsx compiles this file with esbuild's keepNames: functions inside page.evaluate call __name().
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    progress('opening the app');
    await page.goto(ORIGIN);
    await page.waitForFunction(() => Boolean(window.__netpolStudio && window.__netpolStudioState), undefined, {
      timeout: 60_000,
    });
    // Let the start-up example finish its layout: a late ELK answer would replace the workspace's boxes.
    await page.waitForFunction(() => document.querySelector('[data-testid="entity-node"]') !== null, undefined, {
      timeout: 60_000,
    });
    await settle(page);

    const text = generate(SIZE);
    progress('loading the workspace (first layout can take a while)');
    const t0 = Date.now();
    await loadWorkspace(page, text);
    const view = await page.evaluate(() => {
      const v = window.__netpolStudioState!.view();
      return {
        nodes: v.graph.nodes.length,
        edges: v.graph.edges.length,
        dom: document.querySelectorAll('[data-testid^="rf__edge-"]').length,
        cards: document.querySelectorAll('[data-testid="entity-node"]').length,
        markers: document.querySelectorAll('[data-testid="diagnostic-marker"]').length,
        elements: document.getElementsByTagName('*').length,
      };
    });
    console.log(
      `workspace: ${SIZE.namespaces} namespaces, ${SIZE.workloads} workloads, ${SIZE.policies} policies, ${(text.length / 1024).toFixed(0)} KB; graph ${view.nodes} nodes (${view.cards} cards rendered in the fitted view), ${view.edges} rule edges (${view.dom} drawn), ${view.markers} diagnostic markers, ${view.elements} DOM elements; loaded and laid out in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );

    // (a) keystroke in a workload → its node
    // app-0's `version: v0` pod-template label (no policy selects on it: the node changes, the structure
    // does not). A keystroke that changes the structure is (d).
    const line =
      text.slice(0, text.indexOf('app: app-0\n        tier: web\n        version: v0')).split('\n').length + 2;
    await cursorAtEnd(page, line, 'version: v0');
    // A person typing into a workload watches its card: bring it to the middle. (A large canvas renders only
    // the cards in view, so a card off screen shows no keystroke at all.)
    await centreOn(page, TARGET_NODE);
    // BENCH_PROFILE=file.cpuprofile: a CPU profile of the page while the keystrokes run (build with --minify false
    // to read it); BENCH_TRACE=file.json: a Chromium performance trace (style, layout, paint, layerize), for
    // chrome://tracing. Either records one series: BENCH_PART=a (the default), c or d.
    // BENCH_HEAP=file.heapprofile: a sampling heap profile (what allocates, the garbage collector's work) instead.
    const cdp =
      process.env.BENCH_PROFILE || process.env.BENCH_HEAP ? await page.context().newCDPSession(page) : undefined;
    // Main-thread busy time (Chromium's TaskDuration) over a series: a steadier figure than latency on a
    // busy 2-core machine, and it counts what a keystroke costs after its frame too (diagnostics, saving).
    const metrics = await page.context().newCDPSession(page);
    await metrics.send('Performance.enable');
    const busy = async (): Promise<number> =>
      (await metrics.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
    const busyPerKey: Record<string, number> = {};
    // CPU time of the page's renderer process: its main thread and its workers (the analysis, monaco-yaml's
    // language server, ELK, Monaco's own). On two cores a worker's work is time the page does not get.
    const system = await browser!.newBrowserCDPSession();
    const rendererCpu = async (): Promise<number> => {
      const { processInfo } = (await system.send('SystemInfo.getProcessInfo')) as {
        processInfo: { type: string; cpuTime: number }[];
      };
      return processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime * 1000, 0);
    };
    const cpuPerKey: Record<string, number> = {};
    const record = async (part: string, on: boolean): Promise<void> => {
      if ((process.env.BENCH_PART ?? 'a') !== part) return;
      if (on) {
        if (cdp && process.env.BENCH_HEAP)
          await cdp.send('HeapProfiler.startSampling', {
            samplingInterval: 4096,
            // What was allocated and collected since, too: the garbage is what costs collection time.
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          });
        else if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.start');
        }
        if (process.env.BENCH_TRACE)
          await browser!.startTracing(page, {
            path: process.env.BENCH_TRACE,
            categories: [
              'toplevel',
              'devtools.timeline',
              'blink',
              'cc',
              'v8.execute',
              'disabled-by-default-v8.cpu_profiler',
            ],
          });
        return;
      }
      if (process.env.BENCH_TRACE) await browser!.stopTracing();
      if (cdp && process.env.BENCH_HEAP)
        writeFileSync(process.env.BENCH_HEAP, JSON.stringify((await cdp.send('HeapProfiler.stopSampling')).profile));
      else if (cdp)
        writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    };
    await record('a', true);
    progress('measuring (a) keystroke in a workload → its node');
    // `version: v0x`, then Backspace back to `v0`.
    const busya = await busy();
    const cpua = await rendererCpu();
    const typed = await typeSeries(page, '(a)', 'x', 'Backspace', {
      kind: 'node-title',
      node: TARGET_NODE,
      text: 'version=v0x',
    });
    busyPerKey.a = ((await busy()) - busya) / KEYS_PER_SERIES;
    cpuPerKey.a = ((await rendererCpu()) - cpua) / KEYS_PER_SERIES;
    await record('a', false);

    // (c) keystroke in a policy's port → the edge label. The policy's edges are rebuilt (the others are
    // reused), so this is the costlier kind of keystroke. Its edges run inside ns-0, which a graph this
    // large draws only around a selected node: the node its rule points at is selected first.
    const portPolicy = `ns-0/pol-${2 * SIZE.namespaces}`; // shape 2: api from web, ports 8000-8100 and 9443
    const policyAt = text.indexOf(`name: pol-${2 * SIZE.namespaces}\n`);
    const portLine = text.slice(0, text.indexOf('- {port: 9443}', policyAt)).split('\n').length;
    await cursorAtEnd(page, portLine, '- {port: 9443}');
    // Left of `}`: `9443` → Backspace → `944`, then `3` again.
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    // After the cursor moves (which selects what it is in: nothing here, a ports line).
    const portEnd = await page.evaluate((policy) => {
      const edge = window
        .__netpolStudioState!.view()
        .graph.edges.find((e) => e.policyId === policy && e.label.includes('9443'));
      if (!edge) return undefined;
      const state = window.__netpolStudioState!.store.getState();
      state.select({ nodes: [edge.target] });
      // Its edges are drawn only where the view is (onlyRenderVisibleElements): bring it to the middle.
      state.requestCentre(edge.target);
      return edge.target;
    }, portPolicy);
    if (!portEnd) throw new Error(`no edge of ${portPolicy} with port 9443`);
    await settle(page);
    progress(`measuring (c) keystroke in a policy's port → the edge label (${portPolicy}, selected ${portEnd})`);
    await record('c', true);
    const busyc = await busy();
    const cpuc = await rendererCpu();
    const typedPort = await typeSeries(page, '(c)', 'Backspace', '3', {
      kind: 'edge-label',
      // In a bundle the port sits in a union ("TCP 944, 8000-8100 (12 rules)"), not always after "TCP ".
      pattern: '(^|[^\\d])944(?!\\d)',
    });
    busyPerKey.c = ((await busy()) - busyc) / KEYS_PER_SERIES;
    cpuPerKey.c = ((await rendererCpu()) - cpuc) / KEYS_PER_SERIES;
    await record('c', false);
    // (d) a structural keystroke: a policy's podSelector value typed into one no workload has
    // (`tier: db` → `tier: dbx`), so a new inferred node appears (placed at once, no ELK) and the
    // policy's edges move to it; Backspace takes it away again.
    const dbPolicyAt = text.indexOf(`name: pol-${3 * SIZE.namespaces}\n`);
    const selectorLine = text.slice(0, text.indexOf('matchLabels: {tier: db}', dbPolicyAt)).split('\n').length;
    await cursorAtEnd(page, selectorLine, 'matchLabels: {tier: db}');
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    // Watch where the new node lands: type it once, centre the view on it, take it away again. (A large
    // canvas renders only what is in view; the node takes the same free slot each time.)
    await page.keyboard.press('x');
    await page.waitForFunction(
      () => Boolean(window.__netpolStudioState!.store.getState().boxes['inferred:ns-0/tier=dbx']),
      undefined,
      { timeout: 60_000 },
    );
    await centreOn(page, 'inferred:ns-0/tier=dbx');
    await page.keyboard.press('Backspace');
    await settle(page);
    progress('measuring (d) structural keystroke in a podSelector → a new node on screen');
    await record('d', true);
    const busyd = await busy();
    const cpud = await rendererCpu();
    const typedNode = await typeSeries(page, '(d)', 'x', 'Backspace', { kind: 'node', node: 'inferred:ns-0/tier=dbx' });
    busyPerKey.d = ((await busy()) - busyd) / KEYS_PER_SERIES;
    cpuPerKey.d = ((await rendererCpu()) - cpud) / KEYS_PER_SERIES;
    await record('d', false);

    await page.evaluate(() => window.__netpolStudioState!.store.getState().clearSelection());
    await settle(page);

    // (b) graph edit → YAML
    progress('measuring (b) graph edit → YAML');
    const editing: number[] = [];
    for (let i = 0; i < N; i++) {
      editing.push(await editOnce(page, i % 2 === 0 ? 5433 : 5432));
      progress(`(b) ${i + 1}/${N}: ${editing[i].toFixed(1)} ms`);
      await settle(page);
    }

    console.log('');
    const okA = report(
      '(a) keystroke in a workload → its node on screen',
      typed.map((t) => t.total),
      BUDGET_TYPE_MS,
    );
    const phases = (ts: Typed[], part: string) => {
      const phase = (i: number) =>
        quantile(
          ts.map((t) => t.phases[i]),
          0.5,
        ).toFixed(1);
      console.log(
        `    medians of its phases: keydown → store text ${phase(0)} ms | one frame + analysis → parsedText ${phase(1)} ms | render → frame ${phase(2)} ms`,
      );
      console.log(
        `    main thread busy per keystroke (all it caused, idle-time work too): ${busyPerKey[part].toFixed(1)} ms`,
      );
      console.log(
        `    renderer CPU per keystroke (main thread and the page's workers): ${cpuPerKey[part].toFixed(1)} ms`,
      );
    };
    phases(typed, 'a');
    const okC = report(
      "(c) keystroke in a policy's port → the edge label on screen",
      typedPort.map((t) => t.total),
      BUDGET_TYPE_MS,
    );
    phases(typedPort, 'c');
    const okD = report(
      '(d) structural keystroke in a podSelector → the new node on screen',
      typedNode.map((t) => t.total),
      BUDGET_TYPE_MS,
    );
    phases(typedNode, 'd');
    const okB = report('(b) graph edit → Monaco text', editing, BUDGET_EDIT_MS);
    const ok = okA && okB && okC && okD;
    console.log(ok ? '\nPASS: all within budget' : '\nFAIL: over budget');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
