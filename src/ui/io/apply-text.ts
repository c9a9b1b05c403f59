import { useStore } from '../hooks/stores.ts';
/**
 * The two ways text from outside enters the workspace:
 * - `applyImport`: an import or template, ONE undoable edit in the editor
 *   (the editor applies store changes with origin `load` as a single edit),
 *   then a fresh layout since the structure usually changed.
 * - `loadWorkspaceText`: switching workspaces, where the editor's undo history
 *   is reset so Ctrl+Z cannot pull another workspace's text into this one.
 */

export function applyImport(text: string, relayout: boolean): void {
  useStore.getState().setText(text, 'load');
  // An empty key matches no graph: the canvas lays the imported graph out afresh.
  if (relayout) useStore.setState({ layoutKey: '' });
}

export async function loadWorkspaceText(text: string): Promise<void> {
  if (useStore.getState().editorReady) {
    // Already loaded with the editor chunk; importing it here keeps Monaco out of the entry chunk.
    const { monaco, WORKSPACE_URI } = await import('../editor/monaco-env.ts');
    const { limitBeforeArrival } = await import('../editor/yaml-feature-limiter.ts');
    const model = monaco.editor.getModel(WORKSPACE_URI);
    // setValue (not an edit) starts a new undo history; a big text's features are limited before it is in.
    if (model && model.getValue() !== text) {
      limitBeforeArrival(text);
      model.setValue(text);
    }
  }
  useStore.getState().setText(text, 'load');
}
