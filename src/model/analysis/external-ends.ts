/**
 * Where the effective view draws the addresses outside the cluster.
 *
 * The analysis (connectivity.ts) splits the address space into the disjoint ranges the policies'
 * ipBlocks can tell apart, and the connectivity list has one line per (range, workload). Drawing
 * every range would be unreadable and collapsing them all into `anywhere` says "anything on 5432"
 * when the rule said 10.0.0.0/24. So, per workload and direction:
 *   - `base` = what every address gets (the intersection over all ranges). Ranges that get exactly
 *     `base` go to `anywhere`, which then reads "every address gets this", true of 0.0.0.0/0 (and
 *     ::/0) minus nothing;
 *   - every other range goes to the most specific ipBlock of the policies that holds it, drawn on the
 *     rules view's node for that block (cidr minus except: same node id, so nothing moves).
 * Each range keeps its own connection text, so every connectivity-list line stays readable off the
 * flow it was drawn on (EffectiveFlow.ranges).
 */
import { ipBlockRanges, rangeWithin, type IpRange } from './ipset.ts';
import type { Direction, NetworkPolicy } from '../types.ts';
import { ANYWHERE_ID, cidrNodeId } from '../graph/ids.ts';

interface NamedBlock {
  nodeId: string;
  ranges: IpRange[];
  /** Number of addresses: the smallest block holding a range is the one it is drawn on. */
  size: bigint;
}

/** The ipBlocks of the rules the rules view draws (a direction left out of policyTypes draws nothing). */
function namedBlocks(policies: readonly NetworkPolicy[], dir: Direction): NamedBlock[] {
  const out = new Map<string, NamedBlock>();
  for (const p of policies) {
    if (!p.policyTypes[dir]) continue;
    for (const rule of dir === 'ingress' ? p.ingress : p.egress)
      for (const peer of rule.peers) {
        const block = peer.ipBlock;
        if (!block) continue;
        const nodeId = cidrNodeId(block.cidr, block.except);
        const ranges = out.has(nodeId) ? undefined : ipBlockRanges(block);
        if (!ranges) continue;
        const size = ranges.reduce((n, r) => n + (r.end - r.start + 1n), 0n);
        out.set(nodeId, { nodeId, ranges, size });
      }
  }
  return [...out.values()];
}

/**
 * For each range of `ranges` (the analysis' ingressBlocks or egressBlocks), the node its flows are drawn on
 * when they get more than every address does: the smallest named block holding it, else `anywhere`.
 */
export function blockNodeOf(policies: readonly NetworkPolicy[], dir: Direction, ranges: readonly IpRange[]): string[] {
  const blocks = namedBlocks(policies, dir);
  return ranges.map((r) => {
    let best: NamedBlock | undefined;
    for (const b of blocks) if (rangeWithin(b.ranges, r) && (!best || b.size < best.size)) best = b;
    return best?.nodeId ?? ANYWHERE_ID;
  });
}
