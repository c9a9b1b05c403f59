/**
 * The notes over the canvas: the effective view's legend, the large-graph
 * notice, the stale-YAML status and the empty-workspace hint.
 */
import type { EffectiveFlow } from '../../model/analysis/effective.ts';
import { EFFECTIVE_EDGE_LIMIT } from '../effective/to-effective.ts';
import type { BrokenDocument } from '../../state/keep-broken.ts';

export interface CanvasBannersProps {
  /** The effective view's flows; null in the rules view. */
  flows: EffectiveFlow[] | null;
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
function describeBroken(d: BrokenDocument): string {
  const where = `document ${d.document} (error at line ${d.line})`;
  return d.kept > 0
    ? `${where}: its ${d.kept === 1 ? 'object is' : `${d.kept} objects are`} shown faded, as last parsed`
    : `${where}: never parsed, not drawn`;
}

export function CanvasBanners({ flows, stale, broken, aggregated, ruleCount, edgesShown, empty }: CanvasBannersProps) {
  return (
    <>
      {flows && !stale && (
        <div className="canvas-banner effective-legend" role="note" data-testid="effective-legend">
          <b>Effective view</b> — solid: traffic that gets through ·{' '}
          <span className="effective-legend__half">dashed red</span>: one side allows it, the other blocks it. Select a
          label to see why.
          {flows.length > EFFECTIVE_EDGE_LIMIT &&
            ` Showing ${edgesShown} of ${flows.length} flows, allowed ones first.`}
        </div>
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
      {!stale && broken.length > 0 && (
        <div className="canvas-banner canvas-banner--stale" role="status" data-testid="broken-banner">
          {broken.length === 1 ? 'A YAML document does not parse' : `${broken.length} YAML documents do not parse`} —{' '}
          {broken.slice(0, 3).map(describeBroken).join('; ')}
          {broken.length > 3 ? `; and ${broken.length - 3} more` : ''}. Everything else is drawn and editable.
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
