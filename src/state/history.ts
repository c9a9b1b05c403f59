/**
 * One undo history for both panes (DESIGN.md §2).
 *
 * Once the editor is up, Monaco's model undo stack IS the history: graph
 * edits are pushed into it as single undoable steps, so Ctrl+Z in the editor
 * and Undo on the canvas walk the same list and typing and gestures
 * interleave correctly. Monaco is a lazy chunk, though, and gestures work
 * before it loads; until then the history is kept here as text splices and
 * handed over when the editor attaches (it replays them into its model), so
 * nothing the user did before the editor appeared is lost or un-undoable.
 * Keeping our own stack forever instead would mean two histories to keep in
 * step with typing — the bug class this design avoids.
 */
import { createStore } from 'zustand/vanilla';
import { applyChanges, invertChanges, type TextChange } from '../sync/index.ts';
import { appStore } from './store.ts';

/** What the editor offers once mounted. */
export interface EditorHistory {
  /** Applies `changes` (offsets of the current text) as ONE undoable step. */
  push: (changes: readonly TextChange[]) => void;
  undo: () => void;
  redo: () => void;
}

/** A step: `changes` in offsets of the text before it, `undo` in offsets of the text after it. */
export interface HistoryEntry {
  changes: TextChange[];
  undo: TextChange[];
}

export interface PendingHistory {
  /** The text before the first undoable step. */
  base: string;
  /** Oldest first. */
  done: HistoryEntry[];
  /** Next to redo first. */
  undone: HistoryEntry[];
}

interface HistoryFlags {
  canUndo: boolean;
  canRedo: boolean;
}

/** For the Undo/Redo buttons. */
export const historyStore = createStore<HistoryFlags>()(() => ({ canUndo: false, canRedo: false }));

let editor: EditorHistory | null = null;
const done: HistoryEntry[] = [];
const undone: HistoryEntry[] = [];
/** True while we write the store text ourselves, to tell foreign writes apart. */
let writing = false;

const syncFlags = () => historyStore.setState({ canUndo: done.length > 0, canRedo: undone.length > 0 });

/** The editor reports its flags itself once it owns the history. */
export function setHistoryFlags(flags: HistoryFlags): void {
  const cur = historyStore.getState();
  if (cur.canUndo !== flags.canUndo || cur.canRedo !== flags.canRedo) historyStore.setState(flags);
}

function writeText(text: string): void {
  writing = true;
  try {
    appStore.getState().setText(text, 'graph');
  } finally {
    writing = false;
  }
}

/**
 * Records a graph gesture: `before` → `after` through `changes` (offsets of
 * `before`, which must be the store's current text). One undo step.
 */
export function recordEdit(before: string, after: string, changes: readonly TextChange[]): void {
  if (editor) {
    // Into Monaco first; the store write below then finds nothing to echo.
    editor.push(changes);
  } else {
    done.push({ changes: [...changes], undo: invertChanges(before, changes) });
    undone.length = 0;
    syncFlags();
  }
  writeText(after);
}

export function undo(): void {
  if (editor) return editor.undo();
  const entry = done.pop();
  if (!entry) return;
  undone.push(entry);
  writeText(applyChanges(appStore.getState().text, entry.undo));
  syncFlags();
}

export function redo(): void {
  if (editor) return editor.redo();
  const entry = undone.pop();
  if (!entry) return;
  done.push(entry);
  writeText(applyChanges(appStore.getState().text, entry.changes));
  syncFlags();
}

/**
 * The editor takes over: it gets the steps recorded so far (to replay into
 * its model) and from now on receives every graph edit.
 */
export function attachEditor(h: EditorHistory): PendingHistory {
  editor = h;
  let base = appStore.getState().text;
  for (let i = done.length - 1; i >= 0; i--) base = applyChanges(base, done[i].undo);
  const pending: PendingHistory = { base, done: [...done], undone: [...undone].reverse() };
  done.length = 0;
  undone.length = 0;
  return pending;
}

export function detachEditor(h: EditorHistory): void {
  if (editor === h) editor = null;
  syncFlags();
}

// A text change we did not make (an import, a restore) before the editor is
// up invalidates the recorded splices: start a fresh history, as Monaco's
// setValue would.
appStore.subscribe((state, prev) => {
  if (editor || writing || state.revision === prev.revision) return;
  if (done.length || undone.length) {
    done.length = 0;
    undone.length = 0;
    syncFlags();
  }
});
