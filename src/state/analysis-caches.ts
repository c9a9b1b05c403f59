/**
 * Every cache behind the derived views of one store, in one object that the
 * store creates (store.ts) and tests create afresh: the incremental parse
 * (shared with src/sync's applyEdit, so a graph edit plans against the text's
 * parse already made for the graph), the graph derivation's per-policy edges,
 * the rule-graph view and the effective flows. Nothing of it lives in module
 * state, so two stores (two tests) never see each other's texts.
 *
 * UI-level caches (canvas edges in ui/canvas/to-flow.ts, layout keys in
 * ui/layout/layout-key.ts) are owned by the component or hook that uses them.
 */
import { GraphCache } from '../model/graph/index.ts';
import { WorkspaceReader } from '../model/manifests/workspace-reader.ts';
import type { AnalysisBackend } from './backend/backend.ts';
import { EffectiveMemo } from './effective-memo.ts';
import type { WorkloadExposure } from '../model/analysis/exposure-view.ts';
import type { LiveDiff } from '../model/analysis/live-diff.ts';
import { LateMemo } from './late-memo.ts';
import { MatrixMemo } from './matrix-memo.ts';
import { ViewMemo } from './view-memo.ts';
import { APP_READ_OPTIONS } from './read-options.ts';

export class AnalysisCaches {
  /**
   * The parse of the editor text, one incremental parser per file name. For texts the backend takes
   * it is only read when something on this thread needs the yaml Documents (a graph gesture:
   * commit.ts, highlighting a policy), so typing never pays for it.
   */
  readonly reader = new WorkspaceReader(APP_READ_OPTIONS);
  /**
   * Edges of the on-screen graph carried from one text to the next (model/graph/derive.ts): after a
   * keystroke only the policies it affects are rebuilt. Its edges' spans are moved in place by later
   * derivations, as stable-graph.ts already does for the graph on screen.
   */
  readonly graphs = new GraphCache();
  /** The rule-graph view of the last parsed text and its late diagnostics (derived.ts). */
  readonly view = new ViewMemo();
  /** The effective flows of the last text the effective view showed (effective-view.ts). */
  readonly effective = new EffectiveMemo();
  /** The connectivity matrix of the last text the matrix panel showed (matrix-memo.ts). */
  readonly matrix = new MatrixMemo();
  /** The live diff's baseline, read by its own parser so the workspace's incremental parse stays warm. */
  readonly baselineReader = new WorkspaceReader(APP_READ_OPTIONS);
  /** The live diff of the baseline and the parsed text (live-analysis.ts). */
  readonly diff = new LateMemo<LiveDiff | null>();
  /** The exposure of the parsed text's workloads (live-analysis.ts). */
  readonly exposure = new LateMemo<WorkloadExposure[] | null>();
  /**
   * Where large texts are analysed: the app installs a worker (ui/analysis/install.ts); without one
   * (tests, Node) every text is analysed in process.
   */
  backend: AnalysisBackend | undefined;
}
