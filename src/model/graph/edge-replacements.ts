/**
 * "This edge list is that one with other objects at these places": told by whoever built the list, read
 * by those who keep something per edge across successive lists (collapse.ts, the canvas's namespace
 * summaries and rule bundles). Without it each of them walks both lists to find the few edges a
 * keystroke changed: at 2,000 workloads that is 338,666 edges per walk, 10-20 ms each in the task that
 * lands the keystroke on the page (bench:live-diff, CPU profile), because such a walk runs once a
 * keystroke and seldom gets to run optimised.
 *
 * What is told travels with the list (a weak memo keyed by it) and is only ever given for the exact pair
 * it was told of, so a reader that skipped a list, or holds another, walks as before.
 */
import type { GraphEdge } from './types.ts';

interface Replaced {
  from: readonly GraphEdge[];
  at: readonly number[];
}

const told = new WeakMap<readonly GraphEdge[], Replaced>();

/**
 * Tells that `edges` is as long as `from` and holds `from`'s objects everywhere but at `at` (in
 * increasing order; an object there may be `from`'s too). Lists are never changed once told of.
 */
export function tellReplaced(edges: readonly GraphEdge[], from: readonly GraphEdge[], at: readonly number[]): void {
  if (edges !== from && edges.length === from.length) told.set(edges, { from, at });
}

/** Where `edges` may hold other objects than `from`, when its builder told so; else undefined (walk). */
export function replacedAt(from: readonly GraphEdge[], edges: readonly GraphEdge[]): readonly number[] | undefined {
  const r = told.get(edges);
  return r && r.from === from ? r.at : undefined;
}
