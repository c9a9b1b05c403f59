/**
 * The dock under the canvas for the analysis panels (the connectivity matrix, the what-if probe). It
 * takes its height from the graph pane rather than floating over it, so the canvas shrinks and stays
 * whole: a node focused from the matrix, or the flow whose Why panel a cell opened, is never under it.
 */
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { analysisDockStore, type DockPanel } from '../../state/analysis-dock.ts';
import { bindStore } from '../hooks/bind-store.ts';
import { MatrixPanel } from './MatrixPanel.tsx';
import { FlowsList } from '../flows-list/FlowsList.tsx';
import { ProbePanel } from './ProbePanel.tsx';
import { DiffPanel } from '../live/DiffPanel.tsx';
import { ExposurePanel } from '../live/ExposurePanel.tsx';
import './analysis.css';

const useDock = bindStore(analysisDockStore);

// Labels and titles are in the ui-analysis catalogue under `tabs.<panel>`.
const TABS: DockPanel[] = ['matrix', 'probe', 'diff', 'exposure', 'flows'];

const PANELS: Record<DockPanel, () => React.JSX.Element> = {
  matrix: MatrixPanel,
  probe: ProbePanel,
  diff: DiffPanel,
  exposure: ExposurePanel,
  flows: FlowsList,
};

/** The buttons that open the dock's panels (in the status bar). */
export function DockButtons() {
  const panel = useDock((s) => s.panel);
  const setPanel = useDock((s) => s.setPanel);
  const { t } = useTranslation('ui-analysis');
  return (
    <>
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          className="status-item status-button"
          aria-pressed={panel === tab}
          title={t(`tabs.${tab}.title`)}
          onClick={() => setPanel(panel === tab ? null : tab)}
          data-testid={`open-${tab}`}
        >
          {t(`tabs.${tab}.label`)}
        </button>
      ))}
    </>
  );
}

export function AnalysisDock() {
  const panel = useDock((s) => s.panel);
  const setPanel = useDock((s) => s.setPanel);
  const { t } = useTranslation('ui-analysis');
  // The canvas's size changes with the dock: React Flow follows its container, nothing else to do.
  useEffect(() => {
    if (!panel) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && e.target instanceof Node && document.querySelector('.dock')?.contains(e.target))
        setPanel(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [panel, setPanel]);
  if (!panel) return null;
  const Panel = PANELS[panel];
  return (
    <section className="dock" aria-label={t('dock.label')} data-testid="analysis-dock">
      <div className="dock__tabs">
        {/* Only the tabs are in the tablist (the close button is not a tab); the panel is labelled by its tab. */}
        <div className="dock__tablist" role="tablist" aria-label={t('dock.tabs')}>
          {TABS.map((tab) => (
            <button
              key={tab}
              id={`dock-tab-${tab}`}
              type="button"
              role="tab"
              className="dock__tab"
              aria-selected={panel === tab}
              aria-controls="dock-panel"
              title={t(`tabs.${tab}.title`)}
              onClick={() => setPanel(tab)}
              data-testid={`dock-tab-${tab}`}
            >
              {t(`tabs.${tab}.label`)}
            </button>
          ))}
        </div>
        <span className="dock__spacer" />
        <button type="button" className="dock__close" aria-label={t('dock.close')} onClick={() => setPanel(null)}>
          ×
        </button>
      </div>
      <div className="dock__body" role="tabpanel" id="dock-panel" aria-labelledby={`dock-tab-${panel}`}>
        <Panel />
      </div>
    </section>
  );
}
