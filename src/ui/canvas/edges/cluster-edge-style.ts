/**
 * How a rule edge of the cluster layer is drawn (docs/cluster-policies.md, "Drawing rules"): Deny in the
 * error colour with a ⊘ before its pill (a sign, so it does not rest on colour alone), Pass dashed with
 * a ↷ (handed over to the next layer), Allow / Accept like a NetworkPolicy allow edge, and the ingress
 * controller's routes dotted. NetworkPolicy edges have no style of their own.
 */
import type { GraphEdge } from '../../../model/graph/types.ts';

export type RuleEdgeStyle = 'deny' | 'pass' | 'allow' | 'route';

export function ruleEdgeStyle(e: GraphEdge): RuleEdgeStyle | undefined {
  if (e.routes) return 'route';
  if (!e.cluster) return undefined;
  if (e.cluster.action === 'Deny') return 'deny';
  if (e.cluster.action === 'Pass') return 'pass';
  return 'allow';
}

/** Signs, not words: they read the same in every language. */
const MARKS: Partial<Record<RuleEdgeStyle, string>> = { deny: '⊘ ', pass: '↷ ' };

/** The pill text: the sign of the style, then the label (measured as a whole by the label placer). */
export const markedLabel = (label: string, style: RuleEdgeStyle | undefined): string =>
  style ? (MARKS[style] ?? '') + label : label;

/** The arrow head's colour, as the stroke's (cluster-layer.css). */
export const markerColour = (style: RuleEdgeStyle | undefined): string =>
  style === 'deny' ? 'var(--err)' : style === 'pass' ? 'var(--accent)' : 'var(--edge)';
