/**
 * Runs ELK in a Web Worker and turns its answer into boxes keyed by node id
 * (children relative to their namespace box, as React Flow expects). Given
 * the room the pane has (`view`), a small graph is laid out in a few shapes
 * and the one that fits the pane at the largest zoom wins (shape-fit.ts).
 */
import ELK from 'elkjs/lib/elk-api';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { PolicyGraph } from '../../model/graph/types.ts';
import type { Box } from '../../state/layout-slice.ts';
import { GROUP_HEADER, GROUP_PADDING } from '../canvas/geometry/sizes.ts';
import { notify } from '../../state/notices.ts';
import { message } from '../../state/message.ts';
import { isAggregated } from '../canvas/to-flow.ts';
import { hasPeerBlocks } from '../canvas/peer-blocks.ts';
import { bundledBoxes, toElkBundled } from './bundled-layout.ts';
import { gridLayout, toElk, withoutEdges, type LayoutShape } from './elk-graph.ts';
import { bestFit, candidateShapes, fitZoom, MAX_ZOOM, setEmptyNamespacesAside, type LayoutView } from './shape-fit.ts';
import ElkWorker from './elk.worker.ts?worker';

let elk: InstanceType<typeof ELK> | undefined;
const engine = () => (elk ??= new ELK({ workerFactory: () => new ElkWorker() as unknown as Worker }));

/**
 * ELK's layered layout grows much faster than linearly with edges: minutes at
 * tens of thousands. Past this many edges the boxes are laid out without them
 * (seconds), and past the time limit the nodes go on a grid, so a pasted
 * cluster is always on screen.
 */
const MAX_LAYOUT_EDGES = 2500;
const LAYOUT_TIME_LIMIT_MS = 15_000;

class LayoutTimeout extends Error {}

/** A run given up because the structure it lays out is no longer drawn (cancelLayout). */
export class LayoutCancelled extends Error {}

/** Rejects the ELK call in flight, if any (one at a time: the canvas starts a run only after cancelling the last). */
let cancelRun: ((reason: LayoutCancelled) => void) | undefined;
/** Bumped by every cancelLayout: a run that tries several shapes stops between two ELK calls too. */
let generation = 0;

/** Stops ELK's worker, so a run nobody waits for stops burning a core; the next run starts a fresh one. */
function stopWorker(): void {
  elk?.terminateWorker();
  elk = undefined;
}

/**
 * Gives up the run in flight: its promise rejects with LayoutCancelled and its worker is terminated. ELK
 * cannot be interrupted otherwise, and a 1,000-workload layout keeps one of two cores busy for seconds,
 * beside the page and its editor, after the canvas has already dropped the answer (use-auto-layout.ts).
 */
export function cancelLayout(): void {
  generation++;
  if (!cancelRun) return;
  stopWorker();
  cancelRun(cancelled());
  cancelRun = undefined;
}

const cancelled = () => new LayoutCancelled('the structure laid out is no longer drawn');

/** Rejects after `ms` (the ELK worker is then terminated so it stops burning a core), or when cancelled. */
function withTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stopWorker();
      reject(new LayoutTimeout(`layout took longer than ${ms / 1000} s`));
    }, ms);
  });
  let reject: ((reason: LayoutCancelled) => void) | undefined;
  const cancel = new Promise<never>((_, r) => (reject = cancelRun = r));
  return Promise.race([work, limit, cancel]).finally(() => {
    clearTimeout(timer);
    if (cancelRun === reject) cancelRun = undefined; // a newer call may hold it already
  });
}

/**
 * Until the next task: the canvas starts a layout in the commit that drew the new graph, and preparing
 * ELK's input for thousands of nodes (hundreds of ms) belongs in a task of its own, not in that one.
 */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function runLayout(graph: PolicyGraph, view?: LayoutView): Promise<Record<string, Box>> {
  const layouts: Record<string, Box>[] = [];
  const run = generation;
  if (graph.nodes.length > 1000) await nextTask();
  for (const shape of candidateShapes(graph, view)) {
    if (run !== generation) throw cancelled();
    const boxes = await layoutOnce(graph, shape);
    // ELK failed even without edges: keep a shape that worked, else the grid; no point trying others.
    if (!boxes) {
      if (layouts.length === 0) return gridLayout(graph);
      break;
    }
    layouts.push(setEmptyNamespacesAside(graph, boxes, view));
    // Fits at the largest zoom a fit uses: no other shape can do better.
    if (view && fitZoom(graph, layouts[layouts.length - 1], view) >= MAX_ZOOM) break;
  }
  return bestFit(graph, layouts, view);
}

/** One ELK run in `shape`; undefined when it failed even without edges (the caller falls back to a grid). */
async function layoutOnce(graph: PolicyGraph, shape: LayoutShape): Promise<Record<string, Box> | undefined> {
  if (isAggregated(graph) || hasPeerBlocks(graph.nodes)) return layoutBundled(graph, shape);
  const full = toElk(graph, shape);
  const input = graph.edges.length > MAX_LAYOUT_EDGES ? withoutEdges(full) : full;
  let result: ElkNode;
  try {
    result = await withTimeLimit(
      engine()
        .layout(input)
        .catch((err: unknown) => {
          if (input !== full) throw err;
          console.warn('Layout failed; laying the boxes out without their edges', err);
          return engine().layout(withoutEdges(input));
        }),
      LAYOUT_TIME_LIMIT_MS,
    );
  } catch (err) {
    return failed(err);
  }
  const boxes: Record<string, Box> = {};
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      boxes[child.id] = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 };
      visit(child);
    }
  };
  visit(result);
  for (const group of result.children ?? []) if (group.children?.length) tighten(boxes, group);
  return boxes;
}

/**
 * A large graph (drawn as namespace bundles), or one with a block of many outside peers (peer-blocks.ts),
 * laid out as drawn: members and blocks in grids, ELK for the boxes, blocks and other outside peers only
 * (bundled-layout.ts).
 */
async function layoutBundled(graph: PolicyGraph, shape: LayoutShape): Promise<Record<string, Box> | undefined> {
  const { elk: input, members, blocks } = toElkBundled(graph, shape);
  try {
    return bundledBoxes(await withTimeLimit(engine().layout(input), LAYOUT_TIME_LIMIT_MS), members, blocks);
  } catch (err) {
    return failed(err);
  }
}

/**
 * Never leave the canvas without positions: the caller falls back to a plain grid, and the user is told.
 * A cancelled run is no failure: it rejects on to the canvas, which no longer wants its answer.
 */
function failed(err: unknown): undefined {
  if (err instanceof LayoutCancelled) throw err;
  console.warn('Layout failed; placing the nodes on a grid', err);
  notify(
    'info',
    err instanceof LayoutTimeout
      ? message('ui-canvas:layout.tooSlow', { seconds: LAYOUT_TIME_LIMIT_MS / 1000 })
      : message('ui-canvas:layout.failed'),
    'layout-failed',
  );
  return undefined;
}

/**
 * Port dummies leave empty bands inside a namespace box (ELK reserves a layer
 * for them). Shrink each box around its children, keeping the children where
 * they are on screen: the box moves, they shift back by the same amount.
 */
function tighten(boxes: Record<string, Box>, group: ElkNode): void {
  const box = boxes[group.id];
  const kids = group.children!.map((c) => boxes[c.id]);
  const minX = Math.min(...kids.map((k) => k.x));
  const minY = Math.min(...kids.map((k) => k.y));
  const maxX = Math.max(...kids.map((k) => k.x + k.width));
  const maxY = Math.max(...kids.map((k) => k.y + k.height));
  const dx = Math.max(0, minX - GROUP_PADDING);
  const dy = Math.max(0, minY - GROUP_HEADER - 14);
  for (const k of kids) {
    k.x -= dx;
    k.y -= dy;
  }
  const width = Math.max(220, maxX - dx + GROUP_PADDING);
  const height = maxY - dy + GROUP_PADDING;
  // Keep the box centred where ELK put it when it had to stay wider than its content.
  const extra = width - (maxX - dx + GROUP_PADDING);
  for (const k of kids) k.x += extra / 2;
  Object.assign(box, { x: box.x + dx, y: box.y + dy, width, height });
}
