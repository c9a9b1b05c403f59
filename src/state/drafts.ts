/**
 * Draft peers: an external CIDR or "all namespaces" dropped from the palette.
 * They are not objects of the YAML — they exist only as the peer of a rule —
 * so until the user draws an edge to or from one, it lives here, on the
 * canvas only. Once a rule names it, the derived graph has a node with the
 * same id and the draft is hidden (and dropped at the next cleanup).
 */
import { create } from 'zustand';
import type { GraphNode } from '../model/graph-types.ts';

interface DraftState {
  drafts: Record<string, GraphNode>;
  addDraft: (node: GraphNode) => void;
  removeDraft: (id: string) => void;
}

export const useDrafts = create<DraftState>()((set) => ({
  drafts: {},
  addDraft: (node) => set((s) => ({ drafts: { ...s.drafts, [node.id]: node } })),
  removeDraft: (id) =>
    set((s) => {
      if (!(id in s.drafts)) return s;
      const drafts = { ...s.drafts };
      delete drafts[id];
      return { drafts };
    }),
}));
