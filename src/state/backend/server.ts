/**
 * The worker's side of the analysis (the worker file only connects it to `self`):
 * its own WorkspaceReader and GraphCache, so its parses and graph derivations
 * are incremental from one text to the next exactly as the main thread's were.
 *
 * Newer texts supersede older ones. Requests are not handled as they arrive but
 * on the next task, after every message already queued: of several texts
 * that came in while the worker was busy only the newest is analysed. Between
 * the graph and the diagnostics of a text (validation + lint cost as much as
 * the graph again) the worker looks at its queue once more and skips the
 * diagnostics when a newer text is waiting, whose graph matters more.
 */
import { APP_READ_OPTIONS } from '../read-options.ts';
import { effectiveFlows, type EffectiveFlow } from '../../model/analysis/effective.ts';
import { matrixOf } from '../matrix-memo.ts';
import { exposureOf, liveDiffOf } from '../live-analysis.ts';
import { GraphCache } from '../../model/graph/index.ts';
import { WorkspaceReader } from '../../model/manifests/workspace-reader.ts';
import { analyse, WORKSPACE_FILE, workspaceOf, type Analysis } from '../analyse.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import type { Answer, Port, Request, WireRequest } from './protocol.ts';
import { TextReceiver } from './text-delta.ts';
import { encodeEdgesDelta, indexSent, type SentEdges } from './graph-delta.ts';
import type { Result } from '../persistence/errors.ts';
import { resultToWire, type WireResult } from '../persistence/result-wire.ts';
import type { WorkspaceData } from '../persistence/types.ts';

/** What the worker writes workspaces with (a WorkspaceRepository on the app's IndexedDB). */
export interface WorkspaceSaver {
  save(id: string, data: WorkspaceData, base: number): Promise<Result<number>>;
}

/** Opens the worker's storage on its first save; null where it has none (the page then saves itself). */
export type OpenSaver = () => Promise<WorkspaceSaver | null>;

type SaveRequest = Extract<Request, { type: 'save' }>;

/**
 * Items per graph part: a slice the page decodes in a few tens of milliseconds even on a busy
 * two-core machine (a 7,750-node graph in one message took 0.5–1 s there).
 */
export const GRAPH_PART_SIZE = 1000;

const WORKER_READ_OPTIONS = { ...APP_READ_OPTIONS, dropClusterNoise: true } as const;

type Job =
  | { kind: 'analyse'; id: number; text: string }
  | { kind: 'diagnostics'; id: number; analysis: Analysis }
  | { kind: 'effective'; id: number; text: string }
  | { kind: 'matrix'; id: number; text: string }
  | { kind: 'diff'; id: number; text: string; base: string }
  | { kind: 'exposure'; id: number; text: string };

export class AnalysisServer {
  /**
   * The worker only reads (graph edits are applied on the page, to its own parse: state/commit.ts), so it
   * leaves the cluster's noise unparsed: `status`, `managedFields` and the like of a kubectl List's Pods and
   * workloads (list-noise.ts), most of a real dump, which no analysis reads. Objects, positions and
   * problems come out the same (test/model/list-parse.test.ts).
   */
  private readonly caches = {
    reader: new WorkspaceReader(WORKER_READ_OPTIONS),
    graphs: new GraphCache(),
    baselineReader: new WorkspaceReader(WORKER_READ_OPTIONS),
  };
  /** The newest request of each kind; an older one still waiting is replaced. */
  private analyseNext: Job | undefined;
  private diagnosticsNext: Job | undefined;
  private effectiveNext: Job | undefined;
  private matrixNext: Job | undefined;
  /** The live diff and the exposure: after everything else (panels and marks that may come a moment later). */
  private diffNext: Job | undefined;
  private exposureNext: Job | undefined;
  private scheduled = false;
  /** The edges of the last graph sent, which the page now holds: the next graph goes as a delta of them. */
  private sent: SentEdges | undefined;

  constructor(
    private readonly post: (answer: Answer, transfer?: Transferable[]) => void,
    /** Runs `fn` as a later task (after the messages already queued). */
    private readonly later: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
    /** Nodes plus edges per `graph-part` message (see protocol.ts). */
    private readonly partSize = GRAPH_PART_SIZE,
    private readonly openSaver?: OpenSaver,
  ) {}

  private saver: Promise<WorkspaceSaver | null> | undefined;

  /** `after`, the next text to be analysed, is `before` with [start, end) replaced (text-delta.ts). */
  tellEdit(before: string, after: string, start: number, end: number): void {
    this.caches.reader.tellEdit(WORKSPACE_FILE, before, after, start, end);
  }

  receive(request: Request): void {
    if (request.type === 'save') return void this.save(request);
    if (request.type === 'analyse') {
      this.analyseNext = { kind: 'analyse', id: request.id, text: request.text };
      this.diagnosticsNext = undefined; // for an older text
    } else if (request.type === 'matrix') this.matrixNext = { kind: 'matrix', id: request.id, text: request.text };
    else if (request.type === 'diff')
      this.diffNext = { kind: 'diff', id: request.id, text: request.text, base: request.base };
    else if (request.type === 'exposure') this.exposureNext = { kind: 'exposure', id: request.id, text: request.text };
    else this.effectiveNext = { kind: 'effective', id: request.id, text: request.text };
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(this.step);
  }

  /**
   * One job per task, so newer requests are seen between them: graphs first, then diagnostics, then
   * flows, then the matrix, then the live diff and the exposure.
   */
  private readonly step = (): void => {
    this.scheduled = false;
    const job = this.takeNext();
    if (!job) return;
    this.run(job);
    if (this.analyseNext || this.diagnosticsNext || this.effectiveNext || this.matrixNext) this.schedule();
    else if (this.diffNext || this.exposureNext) this.schedule();
  };

  /** The next job by priority, taken off its slot. */
  private takeNext(): Job | undefined {
    const job =
      this.analyseNext ??
      this.diagnosticsNext ??
      this.effectiveNext ??
      this.matrixNext ??
      this.diffNext ??
      this.exposureNext;
    if (job === this.analyseNext) this.analyseNext = undefined;
    else if (job === this.diagnosticsNext) this.diagnosticsNext = undefined;
    else if (job === this.effectiveNext) this.effectiveNext = undefined;
    else if (job === this.matrixNext) this.matrixNext = undefined;
    else if (job === this.diffNext) this.diffNext = undefined;
    else this.exposureNext = undefined;
    return job;
  }

  private run(job: Job): void {
    if (job.kind === 'analyse') {
      const analysis = analyse(job.text, this.caches);
      if (analysis.graph) this.postGraph(job.id, analysis.graph);
      const end = analysis.graph && { nodes: [], edges: [] };
      this.post({ type: 'graph', id: job.id, graph: end, broken: analysis.broken, counts: analysis.counts });
      this.diagnosticsNext = { kind: 'diagnostics', id: job.id, analysis };
    } else if (job.kind === 'diagnostics') {
      const { diagnostics, targets } = job.analysis;
      this.post({ type: 'diagnostics', id: job.id, diagnostics, targets });
    } else if (job.kind === 'matrix') {
      const matrix = matrixOf(job.text, this.caches);
      // Its two cell arrays (8 bytes a pair: 32 MB at 2,000 workloads) are handed over, not copied: a copy
      // is decoded on the page in one task of 100-700 ms. Nothing here keeps them.
      const cells = matrix ? [matrix.cells.buffer, matrix.halfOpen.buffer] : [];
      this.post({ type: 'matrix', id: job.id, matrix }, cells);
    } else if (job.kind === 'diff') {
      this.post({ type: 'diff', id: job.id, diff: liveDiffOf(job.base, job.text, this.caches) });
    } else if (job.kind === 'exposure') {
      this.post({ type: 'exposure', id: job.id, exposure: exposureOf(job.text, this.caches) });
    } else {
      let flows: EffectiveFlow[];
      try {
        flows = effectiveFlows(workspaceOf(job.text, this.caches));
      } catch {
        flows = []; // as effective-view.ts does on the main thread
      }
      this.post({ type: 'effective', id: job.id, flows });
    }
  }

  /**
   * Saves at once, beside the analyses: the page's autosaver sends one save at a time and waits for its
   * answer, so nothing supersedes a save. The storage opens on the first one.
   */
  private async save(request: SaveRequest): Promise<void> {
    let saver: WorkspaceSaver | null = null;
    try {
      this.saver ??= this.openSaver?.() ?? Promise.resolve(null);
      saver = await this.saver;
    } catch {
      // No storage here: the page saves this one itself.
    }
    const { workspace, rev, text, layout, view } = request;
    // The repository answers every failure as a Result; it never throws.
    const result: WireResult<number> | null =
      saver && resultToWire(await saver.save(workspace, { text, layout, view }, rev));
    this.post({ type: 'saved', id: request.id, result });
  }

  /** As a delta of the last graph sent when few edges are new, else whole in parts (the first graph, a big paste). */
  private postGraph(id: number, graph: PolicyGraph): void {
    const delta = this.sent && encodeEdgesDelta(this.sent, graph.edges);
    // The nodes travel whole either way (a thousand nodes decode in a few ms; the edges are the tens of thousands).
    if (delta && delta.fresh.length <= this.partSize * 4) {
      this.post({ type: 'graph-delta', id, nodes: graph.nodes, ...delta }, [delta.keep.buffer, delta.spans.buffer]);
    } else this.postParts(id, graph);
    this.sent = indexSent(graph.edges);
  }

  private postParts(id: number, graph: PolicyGraph): void {
    const { nodes, edges } = graph;
    for (let i = 0; i < nodes.length + edges.length; i += this.partSize) {
      const end = i + this.partSize;
      this.post({
        type: 'graph-part',
        id,
        nodes: i < nodes.length ? nodes.slice(i, end) : [],
        edges: end > nodes.length ? edges.slice(Math.max(0, i - nodes.length), end - nodes.length) : [],
      });
    }
  }
}

/** Serves requests arriving at `port` (the worker's `self`); `openSaver`: where saves are written. */
export function serveAnalysis(
  port: Port<WireRequest, Answer>,
  partSize = GRAPH_PART_SIZE,
  openSaver?: OpenSaver,
): AnalysisServer {
  const server = new AnalysisServer(
    (answer, transfer) => port.postMessage(answer, transfer),
    undefined,
    partSize,
    openSaver,
  );
  // Each text arrives as a change of the one before (text-delta.ts, the port backend's senders).
  const texts = new TextReceiver((before, after, start, end) => server.tellEdit(before, after, start, end));
  const bases = new TextReceiver();
  port.addEventListener('message', ({ data }) =>
    server.receive(
      data.type === 'diff'
        ? { ...data, text: texts.decode(data.text), base: bases.decode(data.base) }
        : { ...data, text: texts.decode(data.text) },
    ),
  );
  return server;
}
