/**
 * Label selector matching and canonical text (DESIGN.md §1 "Selectors").
 *
 * `matchLabels` AND every `matchExpressions` requirement. NotIn and
 * DoesNotExist match objects that lack the key, as in Kubernetes. An unknown
 * operator matches nothing: the API server would reject the policy, and
 * "selects nothing" is the conservative reading while the user fixes it.
 */
import type { LabelSelector, LabelSelectorRequirement, Labels } from '../types.ts';

const has = (labels: Labels, key: string): boolean => Object.prototype.hasOwnProperty.call(labels, key);

export function matchesRequirement(req: LabelSelectorRequirement, labels: Labels): boolean {
  const present = has(labels, req.key);
  switch (req.operator) {
    case 'In':
      return present && req.values.includes(labels[req.key]);
    case 'NotIn':
      return !present || !req.values.includes(labels[req.key]);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    default:
      return false;
  }
}

/** True when the selector selects an object with these labels; `{}` selects everything. */
export function matchesSelector(sel: LabelSelector, labels: Labels): boolean {
  for (const key of Object.keys(sel.matchLabels)) {
    if (!has(labels, key) || labels[key] !== sel.matchLabels[key]) return false;
  }
  for (const req of sel.matchExpressions) if (!matchesRequirement(req, labels)) return false;
  return true;
}

/** True for `{}`: the selector selects every object in its scope. */
export function isEmptySelector(sel: LabelSelector): boolean {
  return Object.keys(sel.matchLabels).length === 0 && sel.matchExpressions.length === 0;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function requirementText(r: LabelSelectorRequirement): string {
  const values = [...new Set(r.values)].sort(byCodeUnit).join(',');
  switch (r.operator) {
    case 'In':
      return `${r.key} in (${values})`;
    case 'NotIn':
      return `${r.key} notin (${values})`;
    case 'Exists':
      return r.key;
    case 'DoesNotExist':
      return `!${r.key}`;
    default:
      return `${r.key} ${r.operator} (${values})`;
  }
}

/**
 * Canonical text of a selector, kubectl-like: `app=web,tier in (a,b)`, `!debug`.
 * Terms are sorted and deduplicated so that equivalent spellings (key order,
 * value order, a repeated requirement) give the same string: graph node ids
 * and the analysis' selector cache key on it. `{}` is the empty string.
 */
export function selectorKey(sel: LabelSelector): string {
  const terms = Object.keys(sel.matchLabels).map((k) => `${k}=${sel.matchLabels[k]}`);
  for (const r of sel.matchExpressions) terms.push(requirementText(r));
  return [...new Set(terms)].sort(byCodeUnit).join(',');
}

/** Human text for a selector in explanations: `{}` reads as "all". */
export function describeSelector(sel: LabelSelector, everything = 'all'): string {
  const k = selectorKey(sel);
  return k === '' ? everything : k;
}
