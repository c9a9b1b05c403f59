/**
 * Messages between the app and the analysis worker (ui/analysis/analysis.worker.ts
 * runs server.ts; port-backend.ts talks to it). Every request carries an id;
 * every answer carries the id of the request it answers, so the app can drop
 * answers to texts it has moved past. All payloads are plain data (structured clone).
 */
import type { Diagnostic } from '../../model/diagnostics.ts';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import type { WorkloadExposure } from '../../model/analysis/exposure-view.ts';
import type { LiveDiff } from '../../model/analysis/live-diff.ts';
import type { ConnectivityMatrix } from '../../model/analysis/matrix.ts';
import type { BrokenRegion } from '../keep-broken.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import type { DiagnosticTargets } from '../../model/graph/diagnostic-targets.ts';
import type { Analysis } from '../analyse.ts';
import type { WireText } from './text-delta.ts';
import type { WorkspaceData } from '../persistence/types.ts';
import type { WireResult } from '../persistence/result-wire.ts';

export type Counts = Analysis['counts'];

export type Request =
  /** The rule graph and counts of `text`, then its diagnostics. */
  | { type: 'analyse'; id: number; text: string }
  /** The effective flows of `text`. */
  | { type: 'effective'; id: number; text: string }
  /** The connectivity matrix of `text` (the connectivity list as a table). */
  | { type: 'matrix'; id: number; text: string }
  /** The live diff of `base` (the baseline) and `text`. */
  | { type: 'diff'; id: number; text: string; base: string }
  /** The exposure of `text`'s workloads. */
  | { type: 'exposure'; id: number; text: string }
  /**
   * Save `text` with `layout` and `view` as workspace `workspace`, based on revision `rev`
   * (WorkspaceRepository.save). The worker holds the text already, so only a change of it crosses; its
   * write to IndexedDB (a structured clone of the whole text, hundreds of ms at 20 MB) leaves the page free.
   */
  | {
      type: 'save';
      id: number;
      workspace: string;
      rev: number;
      text: string;
      layout: WorkspaceData['layout'];
      view: WorkspaceData['view'];
    };

/** A request as it crosses the port: its texts as changes of the texts sent before (text-delta.ts). */
export type WireRequest = Request extends infer R ? (R extends unknown ? Wire<R> : never) : never;
type Wire<R> = { [K in keyof R]: K extends 'text' | 'base' ? WireText : R[K] };

export type Answer =
  /**
   * Part of a graph: its nodes and edges come in slices, each its own message, because the page
   * decodes a message in one task and a whole graph of thousands of nodes took most of a second.
   */
  | { type: 'graph-part'; id: number; nodes: PolicyGraph['nodes']; edges: PolicyGraph['edges'] }
  /**
   * A graph as a change of the last one sent (whole, in parts, or as a delta itself), which the page
   * keeps: all its nodes; per edge, the index of the same edge in the last graph (`keep`, -1 for a
   * new one, which comes in `fresh`, in order); and every edge's span as four numbers (offset,
   * endOffset, line, column; offset -1 for none), since typing moves the spans of every edge below
   * the cursor. A keystroke changes a few edges of tens of thousands: sending them all again cost
   * the page a structured-clone decode of the whole graph per keystroke. Always followed by `graph`.
   */
  | {
      type: 'graph-delta';
      id: number;
      nodes: PolicyGraph['nodes'];
      keep: Int32Array;
      fresh: PolicyGraph['edges'];
      spans: Int32Array;
    }
  /** The end of a graph (its parts came before: `graph` has no nodes or edges of its own), or null. */
  | { type: 'graph'; id: number; graph: PolicyGraph | null; broken: BrokenRegion[]; counts: Counts }
  /** `targets`: what each diagnostic is about in the graph sent before (Analysis.targets). */
  | { type: 'diagnostics'; id: number; diagnostics: Diagnostic[]; targets: DiagnosticTargets | undefined }
  | { type: 'effective'; id: number; flows: EffectiveFlow[] }
  /** Null when the analysis could not run on the text (the page shows no matrix rather than a wrong one). */
  | { type: 'matrix'; id: number; matrix: ConnectivityMatrix | null }
  | { type: 'diff'; id: number; diff: LiveDiff | null }
  | { type: 'exposure'; id: number; exposure: WorkloadExposure[] | null }
  /** The new revision or why not; null when the worker has no storage (the page saves it itself). */
  | { type: 'saved'; id: number; result: WireResult<number> | null };

/** The two ends of a worker as the code on either side needs them (a Worker, `self` in a worker, a MessagePort). */
export interface Port<In, Out> {
  /** `transfer`: buffers handed over rather than copied (a delta's typed arrays). */
  postMessage(message: Out, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: In }) => void): void;
}
