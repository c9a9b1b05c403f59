/**
 * Draft peers: an external CIDR or "all namespaces" dropped from the palette.
 * They are not objects of the YAML — they exist only as the peer of a rule —
 * so until the user draws an edge to or from one, it lives here, on the
 * canvas only. Once a rule names it, the derived graph has a node with the
 * same id and the draft is hidden (and dropped at the next cleanup).
 * Drafts are saved with the workspace (workspaces-snapshot.ts), so a reload
 * keeps them where they were dropped.
 */
import { createStore } from 'zustand/vanilla';
import type { GraphNode } from '../model/graph/types.ts';
import { ALL_NAMESPACES_ID, cidrNodeId } from '../model/graph/index.ts';

/** The draft node of an external CIDR block, with the id the derived graph gives that peer once a rule names it. */
export const cidrDraft = (cidr: string): GraphNode => ({
  id: cidrNodeId(cidr),
  kind: 'cidr',
  label: cidr,
  endpoint: { type: 'cidr', cidr },
  selectedBy: [],
  isolated: { ingress: false, egress: false },
});

export const allNamespacesDraft = (): GraphNode => ({
  id: ALL_NAMESPACES_ID,
  kind: 'all-namespaces',
  label: 'all namespaces',
  endpoint: { type: 'all-namespaces' },
  selectedBy: [],
  isolated: { ingress: false, egress: false },
});

/** What is saved of the drafts: just what they are (the drop point is a manual position, saved with the layout). */
export type SavedDraft = { kind: 'cidr'; cidr: string } | { kind: 'all-namespaces' };

export function saveDrafts(drafts: Record<string, GraphNode>): SavedDraft[] {
  const out: SavedDraft[] = [];
  for (const d of Object.values(drafts)) {
    if (d.endpoint?.type === 'cidr') out.push({ kind: 'cidr', cidr: d.endpoint.cidr });
    else if (d.endpoint?.type === 'all-namespaces') out.push({ kind: 'all-namespaces' });
  }
  return out;
}

/** Drafts from saved data; anything malformed is dropped (it is a convenience, never worth refusing a workspace). */
export function restoreDrafts(value: unknown): Record<string, GraphNode> {
  const out: Record<string, GraphNode> = {};
  if (!Array.isArray(value)) return out;
  for (const v of value as unknown[]) {
    const d = v as Partial<{ kind: unknown; cidr: unknown }> | null;
    const node =
      d?.kind === 'all-namespaces'
        ? allNamespacesDraft()
        : d?.kind === 'cidr' && typeof d.cidr === 'string' && d.cidr.length < 100
          ? cidrDraft(d.cidr)
          : undefined;
    if (node) out[node.id] = node;
  }
  return out;
}

interface DraftState {
  drafts: Record<string, GraphNode>;
  addDraft: (node: GraphNode) => void;
  removeDraft: (id: string) => void;
  /** Those of another workspace (opened, switched to). */
  setDrafts: (drafts: Record<string, GraphNode>) => void;
}

export const draftsStore = createStore<DraftState>()((set) => ({
  drafts: {},
  setDrafts: (drafts) => set({ drafts }),
  addDraft: (node) => set((s) => ({ drafts: { ...s.drafts, [node.id]: node } })),
  removeDraft: (id) =>
    set((s) => {
      if (!(id in s.drafts)) return s;
      const drafts = { ...s.drafts };
      delete drafts[id];
      return { drafts };
    }),
}));
