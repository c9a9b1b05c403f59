/**
 * The effective view's legend over the canvas: how to read the edges, and what is not drawn one edge
 * per connectivity-list line — flows left out above the edge limit, unrestricted address flows counted
 * instead of drawn — plus why the view looks as it does when the YAML has only policies or nothing
 * gets through.
 */
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import { EFFECTIVE_EDGE_LIMIT } from './to-effective.ts';

export interface EffectiveLegendProps {
  flows: readonly EffectiveFlow[];
  /** Unrestricted address flows not drawn (to-effective.ts splitFlows). */
  counted: readonly EffectiveFlow[];
  /** No workloads in the YAML: the nodes are pods the policies' selectors describe. */
  inferred: boolean;
  edgesShown: number;
}

/** "12 workloads are open to and from every address (…): 24 lines of the connectivity list, not drawn." */
function countedText(t: TFunction<'ui-effective'>, counted: readonly EffectiveFlow[]): string {
  const ends = new Set(counted.map((f) => (f.source.startsWith('wl:') ? f.source : f.target)));
  const lines = counted.reduce((n, f) => n + f.lines, 0);
  return t('legend.counted', {
    workloads: t('legend.workloads', { count: ends.size }),
    flows: t('legend.flows', { count: counted.length }),
    lines: t('legend.lines', { count: lines }),
  });
}

export function EffectiveLegend({ flows, counted, inferred, edgesShown }: EffectiveLegendProps) {
  const drawable = flows.length - counted.length;
  // On a small pane the legend takes a fifth of it: it folds into one line and opens again.
  const [folded, setFolded] = useState(false);
  const { t } = useTranslation('ui-effective');
  const toggle = (
    <button
      type="button"
      className="effective-legend__toggle"
      aria-expanded={!folded}
      aria-label={folded ? t('legend.show') : t('legend.hide')}
      title={folded ? t('legend.show') : t('legend.hide')}
      onClick={() => setFolded(!folded)}
      data-testid="effective-legend-toggle"
    >
      {folded ? '▴' : '▾'}
    </button>
  );
  if (folded)
    return (
      <div className="canvas-banner effective-legend is-folded" role="note" data-testid="effective-legend">
        <b>{t('legend.title')}</b> — {t('legend.folded')} {toggle}
      </div>
    );
  return (
    <div className="canvas-banner effective-legend" role="note" data-testid="effective-legend">
      {toggle}
      <b>{t('legend.title')}</b> —{' '}
      <Trans t={t} i18nKey="legend.read" components={{ half: <span className="effective-legend__half" /> }} />
      {drawable > EFFECTIVE_EDGE_LIMIT && ` ${t('legend.showing', { shown: edgesShown, total: drawable })}`}
      {counted.length > 0 && (
        <span data-testid="effective-counted" data-lines={counted.reduce((n, f) => n + f.lines, 0)}>
          {` ${countedText(t, counted)}`}
        </span>
      )}
      {inferred && (
        <span className="effective-legend__inferred" data-testid="effective-inferred">
          <br />
          {t('legend.inferred')}
        </span>
      )}
      {flows.length === 0 && (
        <span className="effective-legend__nothing" data-testid="effective-nothing">
          <br />
          {t('legend.nothing')}
        </span>
      )}
    </div>
  );
}
