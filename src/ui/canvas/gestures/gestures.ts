/**
 * What the canvas, palette and inspector do, as functions of the store: each
 * runs ONE commit (one undo step) and reports failures as toasts — an edit
 * that cannot be applied never throws into React.
 */
import { removeEdgeEdit, type PolicyEdit } from '../../../model/edits/index.ts';
import type { GraphNode, PolicyGraph } from '../../../model/graph/types.ts';
import { commitEdits, gestureBlockReason, type EditStep } from '../../../state/commit.ts';
import { selectView } from '../../../state/derived.ts';
import { toast } from '../../../state/toasts.ts';
import { useDrafts, useStore } from '../../hooks/stores.ts';
import { named } from '../../../state/named.ts';
import { message, type Message, type Text } from '../../../state/message.ts';

/** Runs the steps as one undoable edit; false (with a toast) when nothing was written. */
export function runEdit(steps: EditStep | EditStep[], unchanged?: Text): boolean {
  const outcome = commitEdits(steps);
  if (!outcome.ok) {
    toast(outcome.error, 'error');
    return false;
  }
  if (!outcome.changed && unchanged) toast(unchanged, 'info');
  return outcome.changed;
}

/** True when gestures may run; otherwise says why (once) and returns false. */
export function canGesture(): boolean {
  const reason = gestureBlockReason();
  if (reason) toast(reason, 'error');
  return !reason;
}

export const workloadRef = (n: GraphNode) =>
  n.endpoint?.type === 'workload'
    ? { namespace: n.endpoint.namespace, name: n.endpoint.name, kind: n.endpoint.kind }
    : undefined;

/** The edit that deletes a node, or why it cannot be deleted on its own. */
export function removeNodeEdit(n: GraphNode): PolicyEdit | Message {
  if (n.kind === 'namespace' && n.namespace !== undefined) return { op: 'removeNamespace', name: n.namespace };
  const wl = workloadRef(n);
  if (wl) return { op: 'removeWorkload', workload: wl };
  return message('ui-canvas:gesture.onlyRules', { name: named(n.label) });
}

/** Delete / Backspace on the canvas: the selected edges (exactly their peers) and nodes. */
export function deleteSelection(): void {
  const { selectedNodeIds, selectedEdgeIds, clearSelection } = useStore.getState();
  const drafts = useDrafts.getState();
  const view = selectView(useStore.getState());
  const steps: EditStep[] = [];
  let draftsRemoved = 0;
  for (const id of selectedNodeIds) {
    if (drafts.drafts[id] && !view.graph.nodes.some((n) => n.id === id)) {
      drafts.removeDraft(id);
      draftsRemoved++;
      continue;
    }
    const node = view.graph.nodes.find((n) => n.id === id);
    if (!node) continue;
    const edit = removeNodeEdit(node);
    if (!('op' in edit)) {
      toast(edit, 'info');
      continue;
    }
    // Resolved against the text as it is by then: deleting a namespace first removes its workloads.
    steps.push((g: PolicyGraph) => (g.nodes.some((n) => n.id === id) ? edit : undefined));
  }
  // Edge ids are stable across re-parses; indices are read from the graph of the moment.
  for (const id of selectedEdgeIds) {
    steps.push((g: PolicyGraph) => {
      const e = g.edges.find((x) => x.id === id);
      return e ? removeEdgeEdit(e) : undefined;
    });
  }
  if (steps.length === 0) {
    if (draftsRemoved) clearSelection();
    return;
  }
  if (runEdit(steps)) clearSelection();
}
