/**
 * The dock under the canvas for the analysis panels (the connectivity matrix, the what-if probe). It
 * takes its height from the graph pane rather than floating over it, so the canvas shrinks and stays
 * whole: a node focused from the matrix, or the flow whose Why panel a cell opened, is never under it.
 */
import { useEffect, type ReactNode } from 'react';
import { analysisDockStore, type DockPanel } from '../../state/analysis-dock.ts';
import { bindStore } from '../hooks/bind-store.ts';
import { MatrixPanel } from './MatrixPanel.tsx';
import { ProbePanel } from './ProbePanel.tsx';
import { FlowsList } from '../flows-list/FlowsList.tsx';
import { FlowsTabLabel } from '../flows-list/FlowsTab.tsx';
import './analysis.css';

const useDock = bindStore(analysisDockStore);

const TABS: { panel: DockPanel; label: ReactNode; title?: string }[] = [
  { panel: 'matrix', label: 'Matrix', title: 'Who can reach whom, as a table: the connectivity list' },
  { panel: 'probe', label: 'What-if', title: 'Ask whether one source can reach one destination, and why' },
  { panel: 'flows', label: <FlowsTabLabel /> },
];

/** The buttons that open the dock's panels (in the status bar). */
export function DockButtons() {
  const panel = useDock((s) => s.panel);
  const setPanel = useDock((s) => s.setPanel);
  return (
    <>
      {TABS.map((t) => (
        <button
          key={t.panel}
          type="button"
          className="status-item status-button"
          aria-pressed={panel === t.panel}
          title={t.title}
          onClick={() => setPanel(panel === t.panel ? null : t.panel)}
          data-testid={`open-${t.panel}`}
        >
          {t.label}
        </button>
      ))}
    </>
  );
}

export function AnalysisDock() {
  const panel = useDock((s) => s.panel);
  const setPanel = useDock((s) => s.setPanel);
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
  return (
    <section className="dock" aria-label="Analysis" data-testid="analysis-dock">
      <div className="dock__tabs">
        {/* Only the tabs are in the tablist (the close button is not a tab); the panel is labelled by its tab. */}
        <div className="dock__tablist" role="tablist" aria-label="Analysis panels">
          {TABS.map((t) => (
            <button
              key={t.panel}
              id={`dock-tab-${t.panel}`}
              type="button"
              role="tab"
              className="dock__tab"
              aria-selected={panel === t.panel}
              aria-controls="dock-panel"
              title={t.title}
              onClick={() => setPanel(t.panel)}
              data-testid={`dock-tab-${t.panel}`}
            >
              {t.label}
            </button>
          ))}
        </div>
        <span className="dock__spacer" />
        <button
          type="button"
          className="dock__close"
          aria-label="Close the analysis panel"
          onClick={() => setPanel(null)}
        >
          ×
        </button>
      </div>
      <div className="dock__body" role="tabpanel" id="dock-panel" aria-labelledby={`dock-tab-${panel}`}>
        {panel === 'matrix' ? <MatrixPanel /> : panel === 'probe' ? <ProbePanel /> : <FlowsList />}
      </div>
    </section>
  );
}
