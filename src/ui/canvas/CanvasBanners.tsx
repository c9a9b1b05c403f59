/**
 * The notes over the canvas: the effective view's legend, the large-graph
 * notice, the stale-YAML status and the empty-workspace hint.
 */
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
function describeBroken(d: BrokenDocument): string {
  const where = `document ${d.document} (error at line ${d.line})`;
  return d.kept > 0
    ? `${where}: its ${d.kept === 1 ? 'object is' : `${d.kept} objects are`} shown faded, as last parsed`
    : `${where}: never parsed, not drawn`;
}

export function CanvasBanners(props: CanvasBannersProps) {
  const { flows, counted, inferred, stale, broken, aggregated, ruleCount, edgesShown, empty } = props;
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
      {!stale && broken.length > 0 && (
        <div className="canvas-banner canvas-banner--stale" role="status" data-testid="broken-banner">
          {broken.length === 1 ? 'A YAML document does not parse' : `${broken.length} YAML documents do not parse`} —{' '}
          {broken.slice(0, 3).map(describeBroken).join('; ')}
          {broken.length > 3 ? `; and ${broken.length - 3} more` : ''}. Everything else is drawn and editable.
        </div>
      )}
      {empty && <EmptyCanvas />}
    </>
  );
}
