/**
 * The effective view's legend over the canvas: how to read the edges, and what is not drawn one edge
 * per connectivity-list line — flows left out above the edge limit, unrestricted address flows counted
 * instead of drawn — plus why the view looks as it does when the YAML has only policies or nothing
 * gets through.
 */
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

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** "12 workloads are open to and from every address (…): 24 lines of the connectivity list, not drawn." */
function countedText(counted: readonly EffectiveFlow[]): string {
  const ends = new Set(counted.map((f) => (f.source.startsWith('wl:') ? f.source : f.target)));
  const lines = counted.reduce((n, f) => n + f.lines, 0);
  return (
    ` Not drawn: ${plural(ends.size, 'workload')} that no policy isolates reach or are reached by every address ` +
    `(All Connections) — ${plural(counted.length, 'flow')}, ${plural(lines, 'line')} of the connectivity list.`
  );
}

export function EffectiveLegend({ flows, counted, inferred, edgesShown }: EffectiveLegendProps) {
  const drawable = flows.length - counted.length;
  // On a small pane the legend takes a fifth of it: it folds into one line and opens again.
  const [folded, setFolded] = useState(false);
  const toggle = (
    <button
      type="button"
      className="effective-legend__toggle"
      aria-expanded={!folded}
      aria-label={folded ? 'Show the legend' : 'Hide the legend'}
      title={folded ? 'Show the legend' : 'Hide the legend'}
      onClick={() => setFolded(!folded)}
      data-testid="effective-legend-toggle"
    >
      {folded ? '▴' : '▾'}
    </button>
  );
  if (folded)
    return (
      <div className="canvas-banner effective-legend is-folded" role="note" data-testid="effective-legend">
        <b>Effective view</b> — legend {toggle}
      </div>
    );
  return (
    <div className="canvas-banner effective-legend" role="note" data-testid="effective-legend">
      {toggle}
      <b>Effective view</b> — solid: gets through · <span className="effective-legend__half">dashed red</span>: one side
      allows it, the other blocks it · select a label for why.
      {drawable > EFFECTIVE_EDGE_LIMIT && ` Showing ${edgesShown} of ${drawable} flows, allowed ones first.`}
      {counted.length > 0 && (
        <span data-testid="effective-counted" data-lines={counted.reduce((n, f) => n + f.lines, 0)}>
          {countedText(counted)}
        </span>
      )}
      {inferred && (
        <span className="effective-legend__inferred" data-testid="effective-inferred">
          <br />
          No workloads in the YAML: showing pods the policies&apos; selectors describe.
        </span>
      )}
      {flows.length === 0 && (
        <span className="effective-legend__nothing" data-testid="effective-nothing">
          <br />
          Nothing gets through: no flow between the pods and addresses shown is allowed.
        </span>
      )}
    </div>
  );
}
