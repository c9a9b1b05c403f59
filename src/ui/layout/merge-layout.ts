/**
 * Stable layout: after the first layout, a structural change (a new workload,
 * a new edge, a deleted rule) must not rearrange what the user is looking
 * at. Nodes that already have a place keep it; only new nodes take ELK's
 * position, nudged down until they overlap no sibling; namespace boxes are
 * then fitted around their children. Only "Tidy layout" and imports replace
 * everything with ELK's layout.
 */
import type { PolicyGraph } from '../../model/graph-types.ts';
import type { Box } from '../../state/layout-slice.ts';
import { GROUP_PADDING } from '../canvas/sizes.ts';

const GAP = 24;
const MIN_GROUP = { width: 220, height: 110 };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

export function mergeLayout(graph: PolicyGraph, prev: Record<string, Box>, elk: Record<string, Box>): Record<string, Box> {
  const out: Record<string, Box> = {};
  const fresh: string[] = [];
  for (const n of graph.nodes) {
    const old = prev[n.id];
    const next = elk[n.id];
    if (old) {
      // Keep the place; take ELK's size for cards (a renamed node may be wider). Groups are fitted below.
      out[n.id] = n.kind === 'namespace' || !next ? { ...old } : { ...old, width: next.width, height: next.height };
    } else if (next) fresh.push(n.id);
  }
  const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parentId]));
  for (const id of fresh) {
    const box = { ...elk[id] };
    const siblings = Object.entries(out).filter(([other]) => parentOf.get(other) === parentOf.get(id)).map(([, b]) => b);
    // Move down past whatever it would cover; bounded, so a crowded column cannot loop.
    for (let i = 0; i < 200; i++) {
      const hit = siblings.find((s) => overlaps(box, s));
      if (!hit) break;
      box.y = hit.y + hit.height + GAP;
    }
    out[id] = box;
  }
  // Namespace boxes hug their children (which may have been added, moved or removed).
  for (const n of graph.nodes) {
    if (n.kind !== 'namespace' || !out[n.id]) continue;
    const kids = graph.nodes.filter((c) => c.parentId === n.id && out[c.id]).map((c) => out[c.id]);
    if (kids.length === 0) continue;
    const width = Math.max(MIN_GROUP.width, ...kids.map((k) => k.x + k.width + GROUP_PADDING));
    const height = Math.max(MIN_GROUP.height, ...kids.map((k) => k.y + k.height + GROUP_PADDING));
    out[n.id] = { ...out[n.id], width, height };
  }
  return out;
}

/**
 * Whether a new graph is mostly new: fewer than half of its nodes had a place
 * in the last layout. Then it is a different workspace (pasted over the old
 * one, or a large block pasted in) and deserves a whole layout and a fitted
 * view; `default` and `kube-system` alone being shared must not keep the old
 * arrangement and viewport.
 */
export function mostlyNew(graph: PolicyGraph, prev: Record<string, Box>): boolean {
  const kept = graph.nodes.filter((n) => prev[n.id]).length;
  return kept * 2 < graph.nodes.length;
}
