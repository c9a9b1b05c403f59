/**
 * Where each node is drawn: ELK's box, overridden by the user's manual
 * position. A node the user dropped before ELK has answered (or a draft peer
 * ELK never sees) is drawn at its manual position with its computed size.
 */
import type { GraphNode } from '../../../model/graph/types.ts';
import { mergeManual, type Box, type XY } from '../../../state/layout-slice.ts';
import { NODE_HEIGHT, nodeWidth } from './sizes.ts';

/** Size of a namespace box that has no children laid out yet. */
export const EMPTY_GROUP = { width: 240, height: 120 };

export function placeNodes(
  nodes: readonly GraphNode[],
  boxes: Record<string, Box>,
  manual: Record<string, XY>,
): Record<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const withNew: Record<string, Box> = { ...boxes };
  for (const [id, xy] of Object.entries(manual)) {
    const n = byId.get(id);
    if (!n || withNew[id]) continue;
    withNew[id] =
      n.kind === 'namespace' ? { ...xy, ...EMPTY_GROUP } : { ...xy, width: nodeWidth(n), height: NODE_HEIGHT };
  }
  return mergeManual(withNew, manual, (id) => byId.get(id)?.parentId);
}
