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
  // By kind and layer: ClusterNetworkPolicies of the Admin and the Baseline tier are two groups.
  const groups = new Map<string, RuleGroup>();
  for (const e of entries) {
    const layer = layerOf(e);
    const key = `${layer}#${e.kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind: e.kind, layer, rules: [] }));
    if (!g.rules.includes(e.rule)) g.rules.push(e.rule);
  }
  return [...groups.values()]
    .sort((a, b) => b.layer - a.layer || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
    .map((g) => ({ ...g, rules: g.rules.sort() }));
}

export const SYSTEM_DEFAULT_VERDICT: SideVerdict = { allowed: true, systemDefault: true, groups: [] };

/** A stable key of a verdict, to merge ports of equal verdicts into one class. */
export const verdictKey = (v: SideVerdict): string =>
  `${v.allowed}|${v.systemDefault}|${v.groups.map((g) => `${g.kind}:${g.rules.join('\n')}`).join('\n\n')}`;
