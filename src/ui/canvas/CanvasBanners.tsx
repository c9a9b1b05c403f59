/**
 * The notes over the canvas: the effective view's legend, the large-graph
 * notice, the stale-YAML status and the empty-workspace hint.
 */
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import { EffectiveLegend } from '../effective/EffectiveLegend.tsx';

export interface CanvasBannersProps {
  /** The effective view's flows; null in the rules view. */
  flows: EffectiveFlow[] | null;
  /** Effective view: unrestricted address flows counted instead of drawn. */
  counted: EffectiveFlow[];
  /** Effective view over policies alone: its nodes are stand-in pods. */
  inferred: boolean;
  /** The YAML does not parse: the canvas shows the last graph that did. */
  stale: boolean;
  /** Rule edges drawn as one edge per pair of namespaces. */
  aggregated: boolean;
  /** Rules in the workspace (for the large-graph notice). */
  ruleCount: number;
  /** Edges the canvas draws (for the effective legend's "showing N of M"). */
  edgesShown: number;
  /** Nothing to draw and no layout under way. */
  empty: boolean;
}

export function CanvasBanners(props: CanvasBannersProps) {
  const { flows, counted, inferred, stale, aggregated, ruleCount, edgesShown, empty } = props;
  return (
    <>
      {flows && !stale && !empty && (
        <EffectiveLegend flows={flows} counted={counted} inferred={inferred} edgesShown={edgesShown} />
      )}
      {aggregated && !stale && (
        <div className="canvas-banner canvas-banner--large" role="note" data-testid="aggregated-banner">
          <b>Large graph</b> — {ruleCount.toLocaleString('en')} rules: flows between namespaces are drawn as one edge
          per pair of namespaces (its label counts the rules), flows inside a namespace are hidden. Select a workload or
          namespace to draw its own edges.
        </div>
      )}
      {stale && (
        <div className="canvas-banner canvas-banner--stale" role="status" data-testid="stale-banner">
          The YAML has errors — showing the last graph that parsed. Graph editing is paused.
        </div>
      )}
      {empty && (
        <div className="canvas-empty">
          Nothing to draw yet. Paste Kubernetes manifests or NetworkPolicies into the YAML pane, or drag a namespace in
          from the palette.
        </div>
      )}
    </>
  );
}
