/**
 * The one matrix fill of the class-based analysis (connectivity.ts): what one
 * direction's rules allow, one cell per (source, destination) pair of classes,
 * evaluated on each class's representative.
 *
 * The "owner" is the side whose policies apply: the destination for ingress,
 * the source for egress. The other side is a peer class (by its representative
 * endpoint) or an external address range. Cells are laid out source-major,
 * `[source * destinations + destination]`, whichever side owns.
 */
import type { ConnTable } from './conn-table.ts';
import type { Endpoint } from './endpoints.ts';
import { rulePortsId, type DirectionRules, type FlatRule } from './flat-rules.ts';
import { rangeWithin, type IpRange } from './ipset.ts';
import type { Direction } from '../types.ts';

export interface MatrixSpec {
  dir: Direction;
  rules: DirectionRules;
  /** Representative endpoint of each owner class. */
  owners: readonly number[];
  /** The other side: peer classes by representative endpoint, or external address ranges. */
  others: { reps: readonly number[] } | { ranges: readonly IpRange[] };
  /**
   * Only rules that name peers count, and a non-isolated owner allows nothing: what the rules say
   * about this particular peer (the effective view's half-open check). Peer classes only.
   */
  namedOnly?: boolean;
}

export function fillMatrix(table: ConnTable, endpoints: readonly Endpoint[], spec: MatrixSpec): Int32Array {
  const { dir, rules, owners, namedOnly = false } = spec;
  const reps = 'reps' in spec.others ? spec.others.reps : undefined;
  const ranges = 'ranges' in spec.others ? spec.others.ranges : undefined;
  const nOwners = owners.length;
  const nOthers = reps ? reps.length : ranges!.length;
  const hits: (r: FlatRule, other: number) => boolean = reps
    ? namedOnly
      ? (r, x) => !r.allPeers && r.peerMatch[reps[x]] === 1
      : (r, x) => r.peerMatch[reps[x]] === 1
    : (r, x) => r.allPeers || rangeWithin(r.ipRanges, ranges![x]);
  const open = namedOnly ? table.NONE : table.ALL;
  const out = new Int32Array(nOwners * nOthers);
  for (let o = 0; o < nOwners; o++) {
    const owner = owners[o];
    const isolated = rules.isolated[owner] === 1;
    const applies = rules.applies[owner];
    for (let x = 0; x < nOthers; x++) {
      let acc = isolated ? table.NONE : open;
      if (isolated) {
        // Named ports resolve on the destination pod; on an address outside the cluster they allow nothing.
        const dst = dir === 'ingress' ? owner : reps ? reps[x] : -1;
        for (const id of applies) {
          const r = rules.rules[id];
          if (hits(r, x)) acc = table.union(acc, rulePortsId(table, r, dst < 0 ? undefined : endpoints[dst].ports));
        }
      }
      out[dir === 'ingress' ? x * nOwners + o : o * nOthers + x] = acc;
    }
  }
  return out;
}
