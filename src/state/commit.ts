/**
 * Graph gestures → text: the one path by which the canvas, the palette and
 * the inspector change the workspace. Every call is ONE undoable step, even
 * when it is made of several PolicyEdits (deleting a canvas edge that stands
 * for an ingress and an egress rule).
 *
 * Steps are resolved against the graph of the text they apply to, by stable
 * id, never against objects captured earlier: rule and peer indices shift
 * when an earlier step removes a rule.
 */
import type { PolicyGraph } from '../model/graph/types.ts';
import type { PolicyEdit } from '../model/edits/index.ts';
import { applyEdit, minimalChanges, type TextChange } from '../sync/index.ts';
import { analyse, workspaceOf } from './analyse.ts';
import { selectView } from './derived.ts';
import { recordEdit } from './history.ts';
import { appStore } from './store.ts';

/** Builds one edit from the graph of the text it will apply to; undefined skips the step. */
export type EditStep = PolicyEdit | ((graph: PolicyGraph) => PolicyEdit | undefined);

export type CommitOutcome = { ok: true; changed: boolean } | { ok: false; error: string };

export const UPDATING_REASON =
  'The graph is still catching up with the YAML. Try again when the status bar says “Parsed”.';

export const STALE_REASON =
  'The YAML has errors, so the graph is out of date. Fix the YAML (see the red markers) to edit the graph again.';

/** Parses now what the debounce would parse in a moment, so the gesture sees the current text. */
function flushParse(): void {
  const s = appStore.getState();
  if (s.text !== s.parsedText || s.parsePending) appStore.setState({ parsedText: s.text, parsePending: false });
}

/**
 * Why graph gestures are disabled right now, if they are. While a large text is analysed in the
 * worker the graph on screen is an older text's: a gesture on it could name rules that moved.
 */
export function gestureBlockReason(): string | undefined {
  flushParse();
  const view = selectView(appStore.getState());
  return view.updating ? UPDATING_REASON : view.stale ? STALE_REASON : undefined;
}

export function commitEdits(steps: EditStep | EditStep[]): CommitOutcome {
  const blocked = gestureBlockReason();
  if (blocked) return { ok: false, error: blocked };
  const list = Array.isArray(steps) ? steps : [steps];
  const state = appStore.getState();
  const { caches } = state;
  const before = state.text;
  let text = before;
  let graph: PolicyGraph | null = selectView(state).graph;
  let lastChanges: TextChange[] = [];
  let applied = 0;
  for (const step of list) {
    graph ??= analyse(text, caches).graph;
    if (!graph) return { ok: false, error: 'The edit produced YAML that does not parse; nothing was changed.' };
    const edit = typeof step === 'function' ? step(graph) : step;
    if (!edit) continue;
    let result;
    try {
      // The store's parse of this text, not a second one (its reader parsed it for the graph).
      result = applyEdit(text, edit, { workspace: workspaceOf(text, caches) });
    } catch (e) {
      // A bug in the writer must not take the app down: report it, keep the text.
      return { ok: false, error: `Could not apply the change: ${(e as Error).message}` };
    }
    if ('error' in result) return { ok: false, error: result.error };
    if (result.text !== text) {
      applied++;
      lastChanges = result.changes;
      text = result.text;
      graph = null; // re-derived for the next step
    }
  }
  if (text === before) return { ok: true, changed: false };
  // One step: the writer's own splices; several: their combined minimal diff.
  recordEdit(before, text, applied === 1 ? lastChanges : minimalChanges(before, text));
  return { ok: true, changed: true };
}
