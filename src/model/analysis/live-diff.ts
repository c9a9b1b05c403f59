/**
 * The app's live semantic diff: the connectivity of a baseline workspace against the one being
 * edited, as plain rows for the analysis dock and the canvas (made for a message from the analysis
 * worker). The comparison itself is `netpol-studio diff`'s (diff.ts): a row here is a line there.
 * On top of it each end carries the canvas node its flows are drawn on in the effective view, so an
 * added, removed or changed pair can be marked on its edge (or drawn as a ghost when it is gone).
 */
import { analyzeConnectivity } from './connectivity.ts';
import { connectivityDiff, type DiffPeer, type DiffType, type PairDiff } from './diff.ts';
import { blockNodeOf } from './external-ends.ts';
import { formatRange } from './ipset.ts';
import { formatConns, isEmpty } from './ports.ts';
import { representedPair, type RepresentedWorkspace } from './representatives.ts';
import { workloadNodeId } from '../graph/ids.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Direction, Workspace } from '../types.ts';

export interface LiveDiffEnd {
  /** The connlist text of the end: `ns/name[Kind]`, or `a.b.c.d-e.f.g.h[External]`. */
  id: string;
  /** The canvas node the effective view draws this end on (a workload, a CIDR block, `anywhere`). */
  node: string;
  /** The workload's namespace; '' for addresses. */
  namespace: string;
  /** The workload's name, or the address range. */
  label: string;
}

export interface LiveDiffRow {
  type: DiffType;
  src: LiveDiffEnd;
  dst: LiveDiffEnd;
  /** What the baseline allows (formatConns), '' for nothing. */
  before: string;
  /** What the edited workspace allows, '' for nothing. */
  after: string;
  /** An end is a workload that exists on one side only (added or removed with its flows). */
  newOrGoneWorkload: boolean;
}

export interface LiveDiff {
  rows: LiveDiffRow[];
  counts: Record<DiffType, number>;
  /**
   * The baseline's errors (a pasted version that does not parse, an object the API server would
   * refuse): what does not read is left out of the comparison, and the panel says so.
   */
  baselineErrors: Diagnostic[];
}

function endOf(peer: DiffPeer, ws: Workspace, dir: Direction, nodes: Map<string, string>): LiveDiffEnd {
  if (peer.kind === 'external') {
    const [node] = blockNodeOf(ws.policies, dir, [peer.range]);
    return { id: peer.id, node, namespace: '', label: formatRange(peer.range) };
  }
  const at = peer.id.indexOf('/');
  const label = peer.id.slice(at + 1).replace(/\[[^\]]*\]$/, '');
  return { id: peer.id, node: nodes.get(peer.id) ?? peer.id, namespace: peer.id.slice(0, at), label };
}

/**
 * Workload ids (`ns/name[Kind]`) to their node ids, over both sides: a representative pod of a
 * policies-only workspace is drawn on the rule-graph node it stands for (representatives.ts).
 */
function workloadNodes(...sides: RepresentedWorkspace[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { ws, nodeIds } of sides)
    ws.workloads.forEach((w, i) => {
      if (!out.has(w.id)) out.set(w.id, nodeIds?.[i] ?? workloadNodeId(w));
    });
  return out;
}

const connText = (d: PairDiff, side: 'ref1' | 'ref2'): string => (isEmpty(d[side]) ? '' : formatConns(d[side]));

/**
 * What changed from `base` to `current`, in `netpol-studio diff`'s order (changed, added, removed).
 * Policies without workloads (the article's listings) are compared over the same representative pods
 * on both sides, as the effective view draws them.
 */
export function liveDiff(baseInput: Workspace, currentInput: Workspace): LiveDiff {
  const [before, after] = representedPair(baseInput, currentInput);
  const base = before.ws;
  const current = after.ws;
  const nodes = workloadNodes(after, before);
  const diffs = connectivityDiff(analyzeConnectivity(base), analyzeConnectivity(current));
  const counts: Record<DiffType, number> = { changed: 0, added: 0, removed: 0 };
  const rows = diffs.map((d): LiveDiffRow => {
    counts[d.type]++;
    // An address end is drawn where the side that has the flow draws it.
    const ws = d.type === 'removed' ? base : current;
    return {
      type: d.type,
      src: endOf(d.src, ws, 'ingress', nodes),
      dst: endOf(d.dst, ws, 'egress', nodes),
      before: connText(d, 'ref1'),
      after: connText(d, 'ref2'),
      newOrGoneWorkload: d.srcOnlyOnOneSide || d.dstOnlyOnOneSide,
    };
  });
  return { rows, counts, baselineErrors: base.diagnostics.filter((d) => d.severity === 'error') };
}

/** The effective view's edges between two nodes: the row marks the edge `source>target`. */
export const diffEdgeKey = (row: Pick<LiveDiffRow, 'src' | 'dst'>): string => `${row.src.node}>${row.dst.node}`;

/**
 * What each effective-view edge became, by `diffEdgeKey`: several rows can fall on one edge (the
 * address ranges drawn on one block node); rows of different kinds on one edge make it `changed`.
 */
export function diffByEdge(rows: readonly LiveDiffRow[]): Map<string, DiffType> {
  const out = new Map<string, DiffType>();
  for (const row of rows) {
    const key = diffEdgeKey(row);
    const seen = out.get(key);
    out.set(key, seen === undefined || seen === row.type ? row.type : 'changed');
  }
  return out;
}
