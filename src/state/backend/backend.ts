/**
 * Where the analysis of a text runs. The store's memos (view-memo.ts,
 * effective-memo.ts) ask their backend whether it takes a text; when it does,
 * they keep showing what they have, mark it updating, and take the answer
 * when it comes. Without a backend (tests, the CLI, a store nobody wired up)
 * everything is analysed in process, synchronously, as before.
 *
 * The app installs a worker-backed one (ui/analysis/install.ts): src/state
 * itself never creates a Worker, so it keeps running in Node.
 */
import type { Replacement } from './text-delta.ts';
import type { AppliedEdges } from './graph-delta.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import type { WorkloadExposure } from '../../model/analysis/exposure-view.ts';
import type { LiveDiff } from '../../model/analysis/live-diff.ts';
import type { ConnectivityMatrix } from '../../model/analysis/matrix.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import type { DiagnosticTargets } from '../../model/graph/diagnostic-targets.ts';
import type { BrokenRegion } from '../keep-broken.ts';
import type { Counts } from './protocol.ts';
import type { Result } from '../persistence/errors.ts';
import type { WorkspaceData } from '../persistence/types.ts';

export interface GraphAnswer {
  /** Null when the text cannot be trusted at all (see Analysis.graph). */
  graph: PolicyGraph | null;
  /** Documents that do not parse (see Analysis.broken). */
  broken: BrokenRegion[];
  counts: Counts;
  /** Where the worker's edge delta took `graph.edges` from (lets stable-graph.ts skip its walk). */
  edgesFrom?: AppliedEdges;
}

export interface AnalysisHandlers {
  onGraph: (answer: GraphAnswer) => void;
  /** `targets`: what each diagnostic is about in the graph handed to onGraph (Analysis.targets). */
  onDiagnostics: (diagnostics: Diagnostic[], targets: DiagnosticTargets | undefined) => void;
}

export interface AnalysisBackend {
  /** Whether this backend analyses `text` (else the caller analyses it in process). */
  takes(text: string): boolean;
  /**
   * `text`, about to be asked for, is `base` with `change` applied (the editor's edits said so): a backend
   * that sends texts as changes can send this one without reading it (text-delta.ts).
   */
  expect?(base: string, text: string, change: Replacement): void;
  /**
   * Analyses `text`; the handlers are called at most once each, later, unless a newer
   * `analyse` call supersedes this one first (then never).
   */
  analyse(text: string, handlers: AnalysisHandlers): void;
  /** The effective flows of `text`, later; superseded like `analyse`. */
  effective(text: string, onFlows: (flows: EffectiveFlow[]) => void): void;
  /** The connectivity matrix of `text`, later (null: the analysis failed); superseded like `analyse`. */
  matrix(text: string, onMatrix: (matrix: ConnectivityMatrix | null) => void): void;
  /** The live diff of `base` and `text`, later (null: the analysis failed); superseded like `analyse`. */
  diff(base: string, text: string, onDiff: (diff: LiveDiff | null) => void): void;
  /** The exposure of `text`'s workloads, later (null: the analysis failed); superseded like `analyse`. */
  exposure(text: string, onExposure: (exposure: WorkloadExposure[] | null) => void): void;
  /**
   * Saves workspace `workspace` as WorkspaceRepository.save would, from where the text already is; resolves
   * undefined when this backend did not save it (the caller saves it itself).
   */
  save?(workspace: string, data: WorkspaceData, base: number): Promise<Result<number> | undefined>;
}

/**
 * Texts of at least this many characters are analysed off the main thread. Below it the in-process
 * analysis answers a keystroke within issue 4's budget (bench:browser, 1,000 workloads / 200
 * policies, ~570 KB, stays in process and keeps its figures); above it a first analysis costs
 * seconds and even an incremental one can take a second (bench:big: a policy of 10,000 rules,
 * ~0.9 MB, is rebuilt whole on each keystroke in it).
 */
export const OFFLOAD_FROM_CHARS = 768 * 1024;

/**
 * A smaller text can be as slow (a dense policy): once several in-process analyses of edits in a row took
 * this long (slow-analyses.ts), that store sends every text of at least OFFLOAD_AFTER_SLOW_FROM_CHARS to
 * the backend too.
 */
export const SLOW_ANALYSIS_MS = 250;
export const OFFLOAD_AFTER_SLOW_FROM_CHARS = 64 * 1024;
