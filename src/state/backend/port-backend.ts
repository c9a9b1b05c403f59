/**
 * The app's side of the analysis worker: an AnalysisBackend over a message
 * port (the Worker). At most one text is with the worker at a time; texts
 * that come while it works wait in a one-place queue, each replacing the one
 * before, so a burst of keystrokes costs one analysis of the newest text, not
 * one per keystroke. Answers to texts that were superseded are dropped here.
 *
 * Should the worker die (a crash, a failed load) `fail()` moves every request,
 * the waiting ones included, to an in-process AnalysisServer: slower, but the
 * graph still follows the text.
 */
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import type { WorkloadExposure } from '../../model/analysis/exposure-view.ts';
import type { LiveDiff } from '../../model/analysis/live-diff.ts';
import type { ConnectivityMatrix } from '../../model/analysis/matrix.ts';
import type { PolicyGraph } from '../../model/graph/types.ts';
import { OFFLOAD_FROM_CHARS, type AnalysisBackend, type AnalysisHandlers } from './backend.ts';
import type { Answer, Port, Request, WireRequest } from './protocol.ts';
import { TextSender, type Replacement } from './text-delta.ts';
import { AnalysisServer } from './server.ts';
import { applyEdgesDelta, type AppliedEdges } from './graph-delta.ts';
import type { Result } from '../persistence/errors.ts';
import { resultFromWire } from '../persistence/result-wire.ts';
import type { WorkspaceData } from '../persistence/types.ts';

/** What an analysis request asks, without its id (saves go their own way: they are never superseded). */
type Body = Request extends infer R
  ? R extends { id: number; type: infer T }
    ? T extends 'save'
      ? never
      : Omit<R, 'id'>
    : never
  : never;

interface Sent<H> {
  id: number;
  /** Kept to send it again should the worker die (the store holds the same strings anyway). */
  body: Body;
  handlers: H;
}

/** One kind of request: the one with the worker and the newest one waiting for it. */
class Lane<H> {
  sent: Sent<H> | undefined;
  waiting: { body: Body; handlers: H } | undefined;
}

export class PortBackend implements AnalysisBackend {
  private nextId = 0;
  private readonly graphs = new Lane<AnalysisHandlers>();
  private readonly flows = new Lane<(flows: EffectiveFlow[]) => void>();
  private readonly matrices = new Lane<(matrix: ConnectivityMatrix | null) => void>();
  private readonly diffs = new Lane<(diff: LiveDiff | null) => void>();
  private readonly exposures = new Lane<(exposure: WorkloadExposure[] | null) => void>();
  /** The text whose graph was delivered last, until its diagnostics come. */
  private diagnosticsOf: { id: number; handlers: AnalysisHandlers } | undefined;
  private send: (request: Request) => void;
  /** Parts of the graph being received (protocol.ts `graph-part`), for the request with the worker. */
  private parts:
    { id: number; nodes: PolicyGraph['nodes']; edges: PolicyGraph['edges']; applied?: AppliedEdges } | undefined;
  /** The edges of the last graph the worker sent (wanted or not): what its next delta changes. */
  private lastEdges: PolicyGraph['edges'] = [];
  /** How texts cross: as changes of the last one sent. */
  private readonly texts: TextSender;
  /** Saves sent to the worker, by request id, until it answers (undefined: the page saves it itself). */
  private readonly saves = new Map<number, (result: Result<number> | undefined) => void>();
  /** The worker is gone: saves are the page's again. */
  private failed = false;

  constructor(
    port: Port<Answer, WireRequest>,
    private readonly fromChars = OFFLOAD_FROM_CHARS,
  ) {
    // Texts and baselines each as a change of the last one sent: a keystroke crosses, not the workspace.
    const texts = (this.texts = new TextSender());
    const bases = new TextSender();
    this.send = (request) =>
      port.postMessage(
        request.type === 'diff'
          ? { ...request, text: texts.encode(request.text), base: bases.encode(request.base) }
          : { ...request, text: texts.encode(request.text) },
      );
    port.addEventListener('message', (event) => this.receive(event.data));
  }

  takes(text: string): boolean {
    return text.length >= this.fromChars;
  }

  expect(base: string, text: string, change: Replacement): void {
    this.texts.expect(base, text, change);
  }

  analyse(text: string, handlers: AnalysisHandlers): void {
    this.diagnosticsOf = undefined; // a newer text: the older one's diagnostics are no use
    this.submit(this.graphs, { type: 'analyse', text }, handlers);
  }

  effective(text: string, onFlows: (flows: EffectiveFlow[]) => void): void {
    this.submit(this.flows, { type: 'effective', text }, onFlows);
  }

  matrix(text: string, onMatrix: (matrix: ConnectivityMatrix | null) => void): void {
    this.submit(this.matrices, { type: 'matrix', text }, onMatrix);
  }

  diff(base: string, text: string, onDiff: (diff: LiveDiff | null) => void): void {
    this.submit(this.diffs, { type: 'diff', text, base }, onDiff);
  }

  exposure(text: string, onExposure: (exposure: WorkloadExposure[] | null) => void): void {
    this.submit(this.exposures, { type: 'exposure', text }, onExposure);
  }

  /**
   * Saves a workspace the worker analyses: it holds the text already, so the text crosses as a change (none
   * at all when it was analysed last) and the write, a structured clone of the whole text, happens off the
   * page. Undefined (at once or later) when the worker did not save it: small texts, which the worker may
   * not hold; a worker without storage; a worker that died. The caller then saves on the page.
   */
  save(workspace: string, data: WorkspaceData, base: number): Promise<Result<number> | undefined> {
    if (this.failed || !this.takes(data.text)) return Promise.resolve(undefined);
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.saves.set(id, resolve);
      this.send({ type: 'save', id, workspace, rev: base, text: data.text, layout: data.layout, view: data.view });
    });
  }

  /** The worker is gone (its `error` event): answer from now on in this thread, starting with what was pending. */
  fail(): void {
    this.failed = true;
    // A save the worker may or may not have written: the page writes it. Had the worker written it, the
    // page's save meets its revision and reports a conflict, so nothing is written twice.
    for (const resolve of this.saves.values()) resolve(undefined);
    this.saves.clear();
    // A new server sends its first graph whole.
    const server = new AnalysisServer((answer) => this.receive(answer));
    this.send = (request) => server.receive(request);
    for (const lane of [this.graphs, this.flows, this.matrices, this.diffs, this.exposures] as Lane<unknown>[]) {
      const pending = lane.waiting ?? lane.sent;
      lane.sent = undefined;
      lane.waiting = undefined;
      if (pending) this.submit(lane, pending.body, pending.handlers);
    }
  }

  private submit<H>(lane: Lane<H>, body: Body, handlers: H): void {
    if (lane.sent) {
      lane.waiting = { body, handlers };
      return;
    }
    const id = ++this.nextId;
    lane.sent = { id, body, handlers };
    this.send({ ...body, id } as Request);
  }

  /** The request of `lane` answered now; a waiting one goes next. True when the answer is still wanted. */
  private settle<H>(lane: Lane<H>, id: number): H | undefined {
    if (lane.sent?.id !== id) return undefined;
    const { handlers } = lane.sent;
    lane.sent = undefined;
    const next = lane.waiting;
    lane.waiting = undefined;
    if (next) {
      this.submit(lane, next.body, next.handlers);
      return undefined; // superseded while it was being analysed
    }
    return handlers;
  }

  private receive(answer: Answer): void {
    // Graphs are put together even when no longer wanted: the next delta is a change of the last one sent.
    if (answer.type === 'graph-part') {
      if (this.parts?.id !== answer.id) this.parts = { id: answer.id, nodes: [], edges: [] };
      for (const n of answer.nodes) this.parts.nodes.push(n);
      for (const e of answer.edges) this.parts.edges.push(e);
    } else if (answer.type === 'graph-delta') {
      const applied = applyEdgesDelta(this.lastEdges, answer);
      this.parts = { id: answer.id, nodes: answer.nodes, edges: applied.edges, applied };
    } else if (answer.type === 'graph') {
      const parts = this.parts?.id === answer.id ? this.parts : undefined;
      this.parts = undefined;
      if (parts) this.lastEdges = parts.edges;
      const handlers = this.settle(this.graphs, answer.id);
      if (!handlers) return;
      this.diagnosticsOf = { id: answer.id, handlers };
      const graph = answer.graph && (parts ? { nodes: parts.nodes, edges: parts.edges } : answer.graph);
      handlers.onGraph({
        graph,
        broken: answer.broken,
        counts: answer.counts,
        ...(graph && parts?.applied ? { edgesFrom: parts.applied } : {}),
      });
    } else if (answer.type === 'diagnostics') {
      if (this.diagnosticsOf?.id !== answer.id) return;
      const { handlers } = this.diagnosticsOf;
      this.diagnosticsOf = undefined;
      handlers.onDiagnostics(answer.diagnostics, answer.targets);
    } else if (answer.type === 'matrix') {
      this.settle(this.matrices, answer.id)?.(answer.matrix);
    } else if (answer.type === 'diff') {
      this.settle(this.diffs, answer.id)?.(answer.diff);
    } else if (answer.type === 'exposure') {
      this.settle(this.exposures, answer.id)?.(answer.exposure);
    } else if (answer.type === 'saved') {
      const resolve = this.saves.get(answer.id);
      this.saves.delete(answer.id);
      resolve?.(answer.result ? resultFromWire(answer.result) : undefined);
    } else {
      this.settle(this.flows, answer.id)?.(answer.flows);
    }
  }
}
