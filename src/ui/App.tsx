/**
 * App shell: header, graph | splitter | YAML, status bar. The editor is a lazy
 * chunk (Monaco is ~1 MB gzipped) so the graph is on screen before it loads.
 */
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import GraphCanvas from './canvas/GraphCanvas.tsx';
import { AnalysisDock } from './analysis/AnalysisDock.tsx';
import { CommandLayer } from './commands/CommandLayer.tsx';
import { IoLayer } from './io/IoLayer.tsx';
import { Header } from './shell/Header.tsx';
import { Splitter } from './shell/Splitter.tsx';
import { StatusBar } from './shell/StatusBar.tsx';
import { useStore } from './hooks/stores.ts';

const YamlEditor = lazy(() => import('./editor/YamlEditor.tsx'));

export function App() {
  const split = useStore((s) => s.split);
  const mainRef = useRef<HTMLElement>(null);
  const { t } = useTranslation('ui-shell');
  return (
    <div className="app">
      <Header />
      <main className="workbench" ref={mainRef} style={{ gridTemplateColumns: `${split * 100}% 6px 1fr` }}>
        <section className="pane pane--graph" aria-label={t('app.graphPane')}>
          <div className="pane-stack">
            <div className="pane-stack__canvas">
              <GraphCanvas />
            </div>
            <AnalysisDock />
          </div>
        </section>
        <Splitter containerRef={mainRef} />
        <section className="pane pane--yaml" aria-label="YAML">
          <div className="pane__title">
            <span>workspace.yaml</span>
          </div>
          <Suspense fallback={<div className="editor-loading">{t('app.loadingEditor')}</div>}>
            <YamlEditor />
          </Suspense>
        </section>
      </main>
      <StatusBar />
      <IoLayer />
      <CommandLayer />
    </div>
  );
}
