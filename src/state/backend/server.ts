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
import { effectiveFlows, type EffectiveFlow } from '../../model/analysis/effective.ts';
import { GraphCache } from '../../model/graph/index.ts';
import { WorkspaceReader } from '../../model/manifests/workspace-reader.ts';
import { analyse, workspaceOf, type Analysis } from '../analyse.ts';
import type { Answer, Port, Request } from './protocol.ts';

type Job =
  | { kind: 'analyse'; id: number; text: string }
  | { kind: 'diagnostics'; id: number; analysis: Analysis }
  | { kind: 'effective'; id: number; text: string };

export class AnalysisServer {
  private readonly caches = { reader: new WorkspaceReader(), graphs: new GraphCache() };
  /** The newest request of each kind; an older one still waiting is replaced. */
  private analyseNext: Job | undefined;
  private diagnosticsNext: Job | undefined;
  private effectiveNext: Job | undefined;
  private scheduled = false;

  constructor(
    private readonly post: (answer: Answer) => void,
    /** Runs `fn` as a later task (after the messages already queued). */
    private readonly later: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
  ) {}

  receive(request: Request): void {
    if (request.type === 'analyse') {
      this.analyseNext = { kind: 'analyse', id: request.id, text: request.text };
      this.diagnosticsNext = undefined; // for an older text
    } else this.effectiveNext = { kind: 'effective', id: request.id, text: request.text };
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(this.step);
  }

  /** One job per task, so newer requests are seen between them: graphs first, then diagnostics, then flows. */
  private readonly step = (): void => {
    this.scheduled = false;
    const job = this.analyseNext ?? this.diagnosticsNext ?? this.effectiveNext;
    if (!job) return;
    if (job === this.analyseNext) this.analyseNext = undefined;
    else if (job === this.diagnosticsNext) this.diagnosticsNext = undefined;
    else this.effectiveNext = undefined;
    this.run(job);
    if (this.analyseNext || this.diagnosticsNext || this.effectiveNext) this.schedule();
  };

  private run(job: Job): void {
    if (job.kind === 'analyse') {
      const analysis = analyse(job.text, this.caches);
      this.post({ type: 'graph', id: job.id, graph: analysis.graph, counts: analysis.counts });
      this.diagnosticsNext = { kind: 'diagnostics', id: job.id, analysis };
    } else if (job.kind === 'diagnostics') {
      this.post({ type: 'diagnostics', id: job.id, diagnostics: job.analysis.diagnostics });
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
}

/** Serves requests arriving at `port` (the worker's `self`). */
export function serveAnalysis(port: Port<Request, Answer>): AnalysisServer {
  const server = new AnalysisServer((answer) => port.postMessage(answer));
  port.addEventListener('message', (event) => server.receive(event.data));
  return server;
}
