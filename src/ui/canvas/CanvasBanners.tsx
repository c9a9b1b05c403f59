/**
 * The notes over the canvas: the effective view's legend, the large-graph
 * notice, the stale-YAML status and the empty-workspace hint.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import { EffectiveLegend } from '../effective/EffectiveLegend.tsx';
import type { BrokenDocument } from '../../state/keep-broken.ts';
import { EmptyCanvas } from '../onboarding/EmptyCanvas.tsx';

export interface CanvasBannersProps {
  /** The effective view's flows; null in the rules view. */
  flows: EffectiveFlow[] | null;
  /** Effective view: unrestricted address flows counted instead of drawn. */
  counted: EffectiveFlow[];
  /** Effective view over policies alone: its nodes are stand-in pods. */
  inferred: boolean;
  /** The YAML cannot be trusted at all: the canvas shows the last graph that parsed. */
  stale: boolean;
  /** Documents that do not parse: only their objects are stale (or absent, when they never parsed). */
  broken: readonly BrokenDocument[];
  /** Rule edges drawn as one edge per pair of namespaces. */
  aggregated: boolean;
  /** Rules in the workspace (for the large-graph notice). */
  ruleCount: number;
  /** Edges the canvas draws (for the effective legend's "showing N of M"). */
  edgesShown: number;
  /** Nothing to draw and no layout under way. */
  empty: boolean;
}

/** One broken document, as the banner names it. */
function describeBroken(t: TFunction<'ui-canvas'>, d: BrokenDocument): string {
  const where = { document: d.document, line: d.line };
  return d.kept > 0 ? t('banner.brokenKept', { ...where, count: d.kept }) : t('banner.brokenNeverParsed', where);
}

export function CanvasBanners(props: CanvasBannersProps) {
  const { flows, counted, inferred, stale, broken, aggregated, ruleCount, edgesShown, empty } = props;
  const { t, i18n } = useTranslation('ui-canvas');
  return (
    <>
      {flows && !stale && !empty && (
        <EffectiveLegend flows={flows} counted={counted} inferred={inferred} edgesShown={edgesShown} />
      )}
      {aggregated && !stale && (
        <div className="canvas-banner canvas-banner--large" role="note" data-testid="aggregated-banner">
          <b>{t('banner.largeTitle')}</b> — {t('banner.large', { rules: ruleCount.toLocaleString(i18n.language) })}
        </div>
      )}
      {stale && (
        <div className="canvas-banner canvas-banner--stale" role="status" data-testid="stale-banner">
          {t('banner.stale')}
        </div>
      )}
      {!stale && broken.length > 0 && (
        <div className="canvas-banner canvas-banner--stale" role="status" data-testid="broken-banner">
          {t('banner.broken', {
            count: broken.length,
            list: broken
              .slice(0, 3)
              .map((d) => describeBroken(t, d))
              .join(t('banner.separator')),
            more: broken.length > 3 ? t('banner.more', { count: broken.length - 3 }) : '',
          })}
        </div>
      )}
      {empty && <EmptyCanvas />}
    </>
  );
}
