/**
 * The verdict of one side (egress of the source, ingress of the destination) of a pair for one
 * port, with the rules that decide it grouped by kind, as netpol-analyzer's `list --explain`
 * prints them: kinds by layer (Admin, then NetworkPolicy / Ingress / Route, then Baseline, then
 * the system default), alphabetically within a layer; each kind's sentences sorted, without repeats.
 */

/** One kind's sentences (`kind` '' is the system default). */
export interface RuleGroup {
  kind: string;
  /** Its rank in the text (higher first). */
  layer: number;
  rules: string[];
}

export interface SideVerdict {
  allowed: boolean;
  /** Only the system default decides (no policy selects this end, or it is an external range). */
  systemDefault: boolean;
  /** Sorted as printed (empty for the system default alone). */
  groups: RuleGroup[];
}

export const SYSTEM_DEFAULT_RULE = 'the system default (Allow all)';

/** Upstream's layers, higher first in the text. */
const LAYER: Readonly<Record<string, number>> = {
  AdminNetworkPolicy: 3,
  NetworkPolicy: 2,
  Ingress: 2,
  Route: 2,
  BaselineAdminNetworkPolicy: 1,
  '': 0,
};

/** A ClusterNetworkPolicy ranks with the tier it belongs to (upstream has no such kind). */
export type KindLayer = { kind: string; layer?: number };

const layerOf = (k: KindLayer): number => k.layer ?? LAYER[k.kind] ?? 0;

/** Merges sentences into kind groups and orders them as upstream prints them. */
export function groupRules(entries: readonly (KindLayer & { rule: string })[]): RuleGroup[] {
  const byKind = new Map<string, { layer: number; rules: Set<string> }>();
  for (const e of entries) {
    let g = byKind.get(e.kind);
    if (!g) byKind.set(e.kind, (g = { layer: layerOf(e), rules: new Set() }));
    g.rules.add(e.rule);
  }
  return [...byKind]
    .sort(([ka, a], [kb, b]) => b.layer - a.layer || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([kind, g]) => ({ kind, layer: g.layer, rules: [...g.rules].sort() }));
}

export const SYSTEM_DEFAULT_VERDICT: SideVerdict = { allowed: true, systemDefault: true, groups: [] };

/** A stable key of a verdict, to merge ports of equal verdicts into one class. */
export const verdictKey = (v: SideVerdict): string =>
  `${v.allowed}|${v.systemDefault}|${v.groups.map((g) => `${g.kind}:${g.rules.join('\n')}`).join('\n\n')}`;
