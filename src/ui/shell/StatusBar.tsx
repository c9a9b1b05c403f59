/** Bottom bar: parse status, diagnostics counts (click: the list) and what the workspace holds. */
import { countBySeverity } from '../../model/diagnostics.ts';
import { isHalfOpen } from '../../model/analysis/effective.ts';
import { useStore } from '../hooks/stores.ts';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { DockButtons } from '../analysis/AnalysisDock.tsx';
import { useEffectiveFlows, useEffectiveUpdating } from '../hooks/use-effective-flows.ts';
import { useView } from '../hooks/use-view.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function StatusBar() {
  const view = useView();
  const pending = useStore((s) => s.parsePending);
  const layoutRunning = useStore((s) => s.layoutRunning);
  const editorReady = useStore((s) => s.editorReady);
  const listOpen = useStore((s) => s.diagnosticsOpen);
  const setListOpen = useStore((s) => s.setDiagnosticsOpen);
  // The effective view draws flows, not rules: count what it shows. Asked for before `updating` is
  // read, so a request this render makes is seen.
  const flows = useEffectiveFlows();
  const effectiveUpdating = useEffectiveUpdating();
  const { error, warning } = countBySeverity(view.diagnostics);
  // A large text is analysed in a worker: the graph shown is the previous text's until its answer lands.
  const status = pending
    ? 'Parsing…'
    : view.updating || effectiveUpdating
      ? 'Updating the graph…'
      : view.stale
        ? 'YAML does not parse — graph is stale'
        : view.broken.length > 0
          ? `${view.broken.length === 1 ? '1 document does' : `${view.broken.length} documents do`} not parse — the rest is drawn`
          : 'Parsed';
  const tone =
    pending || view.updating || effectiveUpdating ? 'pending' : view.stale || view.broken.length > 0 ? 'error' : 'ok';
  const { namespaces, workloads, policies } = view.counts;
  const drawn = flows
    ? `${plural(flows.filter((f) => !isHalfOpen(f)).length, 'allowed flow')} · ${plural(flows.filter(isHalfOpen).length, 'flow blocked at one side', 'flows blocked at one side')}`
    : plural(view.graph.edges.length, 'rule edge');
  return (
    <footer className="status-bar" data-testid="status-bar">
      <DiagnosticsList diagnostics={view.diagnostics} />
      <span className={`status-item status-parse status-parse--${tone}`} data-testid="parse-status" role="status">
        <span className="status-dot" aria-hidden="true" />
        {status}
      </span>
      <button
        type="button"
        className={`status-item status-button${error ? ' has-errors' : ''}`}
        data-testid="error-count"
        title="Errors found in the workspace — click for the list"
        aria-expanded={listOpen}
        onClick={() => setListOpen(!listOpen)}
      >
        {plural(error, 'error')}
      </button>
      <button
        type="button"
        className={`status-item status-button${warning ? ' has-warnings' : ''}`}
        data-testid="warning-count"
        title="Warnings found in the workspace — click for the list"
        aria-expanded={listOpen}
        onClick={() => setListOpen(!listOpen)}
      >
        {plural(warning, 'warning')}
      </button>
      <DockButtons />
      <span className="status-spacer" />
      {layoutRunning && <span className="status-item">Laying out…</span>}
      {!editorReady && <span className="status-item">Loading editor…</span>}
      <span className="status-item status-muted">
        {plural(namespaces, 'namespace')} · {plural(workloads, 'workload')} · {plural(policies, 'policy', 'policies')} ·{' '}
        {drawn}
      </span>
    </footer>
  );
}
