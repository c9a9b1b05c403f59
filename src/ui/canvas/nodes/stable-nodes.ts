/**
 * Keeps the identity of React Flow node objects that did not change. React
 * Flow re-adopts every node whose object is new (dropping what it measured),
 * so rebuilding all of them on each selection change made every edge vanish
 * for a frame — long enough to turn a fast double-click into two single clicks
 * on different things. Only changed nodes get new objects now.
 */
import type { FlowNode } from '../to-flow.ts';

const same = (a: FlowNode, b: FlowNode): boolean =>
  a.type === b.type &&
  a.position.x === b.position.x &&
  a.position.y === b.position.y &&
  a.width === b.width &&
  a.height === b.height &&
  a.selected === b.selected &&
  a.parentId === b.parentId &&
  ('node' in a.data ? a.data.node : undefined) === ('node' in b.data ? b.data.node : undefined) &&
  ('count' in a.data ? a.data.count : undefined) === ('count' in b.data ? b.data.count : undefined) &&
  ('members' in a.data ? a.data.members : undefined) === ('members' in b.data ? b.data.members : undefined) &&
  ('policies' in a.data ? a.data.policies : undefined) === ('policies' in b.data ? b.data.policies : undefined) &&
  ('draft' in a.data ? a.data.draft : undefined) === ('draft' in b.data ? b.data.draft : undefined);

export function reuseUnchanged(next: FlowNode[], previous: ReadonlyMap<string, FlowNode>): FlowNode[] {
  return next.map((n) => {
    const old = previous.get(n.id);
    return old && same(old, n) ? old : n;
  });
}
