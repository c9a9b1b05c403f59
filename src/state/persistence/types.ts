/** What is saved per workspace and what the list of workspaces shows. */

/** A node position (and group size, for namespace boxes) by stable node id. */
export interface StoredBox {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

export interface WorkspaceData {
  /** The multi-document YAML, exactly as in the editor. */
  text: string;
  /** Node positions by stable node id (layout state, never in the YAML). */
  layout: Record<string, StoredBox>;
  /** View settings owned by the UI (zoom, panels, filters…); stored as given, must be JSON. */
  view: Record<string, unknown>;
}

export interface WorkspaceMeta {
  id: string;
  name: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}
