/** Bottom bar: parse status, diagnostics counts (click: the list) and what the workspace holds. */
import { useTranslation } from 'react-i18next';
import { countBySeverity } from '../../model/diagnostics.ts';
import { isHalfOpen } from '../../model/analysis/effective.ts';
import { useStore } from '../hooks/stores.ts';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { DockButtons } from '../analysis/AnalysisDock.tsx';
import { useEffectiveFlows, useEffectiveUpdating } from '../hooks/use-effective-flows.ts';
import { useView } from '../hooks/use-view.ts';

export function StatusBar() {
  const { t } = useTranslation('ui-shell');
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
    ? t('status.parsing')
    : view.updating || effectiveUpdating
      ? t('status.updating')
      : view.stale
        ? t('status.stale')
        : view.broken.length > 0
          ? t('status.broken', { count: view.broken.length })
          : t('status.parsed');
  const tone =
    pending || view.updating || effectiveUpdating ? 'pending' : view.stale || view.broken.length > 0 ? 'error' : 'ok';
  const { namespaces, workloads, policies } = view.counts;
  const drawn = flows
    ? `${t('status.allowedFlows', { count: flows.filter((f) => !isHalfOpen(f)).length })} · ${t('status.halfOpenFlows', { count: flows.filter(isHalfOpen).length })}`
    : t('status.ruleEdges', { count: view.graph.edges.length });
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
        title={t('status.errorsTitle')}
        aria-expanded={listOpen}
        onClick={() => setListOpen(!listOpen)}
      >
        {t('status.errors', { count: error })}
      </button>
      <button
        type="button"
        className={`status-item status-button${warning ? ' has-warnings' : ''}`}
        data-testid="warning-count"
        title={t('status.warningsTitle')}
        aria-expanded={listOpen}
        onClick={() => setListOpen(!listOpen)}
      >
        {t('status.warnings', { count: warning })}
      </button>
      <DockButtons />
      <span className="status-spacer" />
      {layoutRunning && <span className="status-item">{t('status.layingOut')}</span>}
      {!editorReady && <span className="status-item">{t('app.loadingEditor')}</span>}
      <span className="status-item status-muted">
        {t('status.namespaces', { count: namespaces })} · {t('status.workloads', { count: workloads })} ·{' '}
        {t('status.policies', { count: policies })} · {drawn}
      </span>
    </footer>
  );
}
