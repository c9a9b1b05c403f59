import { useStore } from '../hooks/stores.ts';
/**
 * The two ways text from outside enters the workspace:
 * - `applyImport`: an import or template, ONE undoable edit in the editor
 *   (the editor applies store changes with origin `load` as a single edit),
 *   then a fresh layout since the structure usually changed.
 * - `loadWorkspaceText`: switching workspaces, where the editor's undo history
 *   is reset so Ctrl+Z cannot pull another workspace's text into this one.
 *   Async for its callers' sake (it once loaded editor code on the way).
 */

export function applyImport(text: string, relayout: boolean): void {
  useStore.getState().setText(text, 'load');
  // An empty key matches no graph: the canvas lays the imported graph out afresh.
  if (relayout) useStore.setState({ layoutKey: '' });
}

export async function loadWorkspaceText(text: string): Promise<void> {
  // The editor replaces its text and starts a new undo history (ui/editor/YamlEditor.tsx), so Ctrl+Z cannot
  // pull another workspace's text into this one.
  useStore.getState().setText(text, 'load', { resetHistory: true });
}
