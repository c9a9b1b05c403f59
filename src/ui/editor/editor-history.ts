/**
 * Makes the Monaco model's undo stack THE history of the workspace
 * (state/history.ts): graph edits arrive as TextChanges and are pushed as one
 * undoable step each; the canvas' Undo/Redo call the model's. On first mount
 * the steps recorded before Monaco loaded are replayed into the new model, so
 * they stay undoable (and redoable) here.
 */
import type * as Monaco from 'monaco-editor';
import {
  attachEditor,
  detachEditor,
  setHistoryFlags,
  type EditorHistory,
  type PendingHistory,
} from '../../state/history.ts';
import type { TextChange } from '../../sync/index.ts';

/** `applying` is true while we write into the model, so the change is not taken for typing. */
export interface WriteGuard {
  applying: boolean;
}

export function pushChanges(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  changes: readonly TextChange[],
  guard: WriteGuard,
): void {
  // All ranges are in offsets of the text before the edit, exactly what one pushEditOperations call expects.
  const ops = changes.map((c) => {
    const start = model.getPositionAt(c.offset);
    const end = model.getPositionAt(c.end);
    return { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: c.insert };
  });
  guard.applying = true;
  try {
    // Stack elements on both sides: the gesture is its own undo step, never merged with typing.
    model.pushStackElement();
    model.pushEditOperations([], ops, () => null);
    model.pushStackElement();
  } finally {
    guard.applying = false;
  }
}

/**
 * Attaches the model as the history. `getModel(base)` returns the model,
 * creating it with `base` (the text before the recorded steps) when needed.
 * Returns the detach function.
 */
export function connectHistory(
  monaco: typeof Monaco,
  getModel: (base: string) => Monaco.editor.ITextModel,
  currentText: () => string,
  guard: WriteGuard,
): { model: Monaco.editor.ITextModel; detach: () => void } {
  // Set right after attaching (the model may be created from the pending base text).
  const ref: { model?: Monaco.editor.ITextModel } = {};
  const history: EditorHistory = {
    push: (changes) => pushChanges(monaco, ref.model!, changes, guard),
    undo: () => void ref.model!.undo(),
    redo: () => void ref.model!.redo(),
  };
  const pending = attachEditor(history);
  const model = (ref.model = getModel(pending.base));
  if (pending.done.length + pending.undone.length > 0 && model.getValue() === pending.base)
    replay(model, pending, history);
  if (model.getValue() !== currentText()) {
    // Out of step (should not happen): the store's text wins, the old steps are lost.
    guard.applying = true;
    try {
      model.setValue(currentText());
    } finally {
      guard.applying = false;
    }
  }
  const flags = () => setHistoryFlags({ canUndo: model.canUndo(), canRedo: model.canRedo() });
  const sub = model.onDidChangeContent(flags);
  flags();
  return {
    model,
    detach: () => {
      sub.dispose();
      detachEditor(history);
    },
  };
}

/** Done steps in order, then the undone ones pushed and undone again so Redo finds them. */
function replay(model: Monaco.editor.ITextModel, pending: PendingHistory, history: EditorHistory): void {
  for (const e of pending.done) history.push(e.changes);
  for (const e of pending.undone) history.push(e.changes);
  for (let i = 0; i < pending.undone.length; i++) void model.undo();
}
