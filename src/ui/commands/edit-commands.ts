/**
 * Editing and looking around: delete, undo/redo, layout, search, focus, the
 * two canvas views, the analysis dock and the problems list. Each runs what
 * its button does. The keys the canvas already handles (undo, delete,
 * search, focus) are listed as `elsewhere`: shown, not bound twice.
 */
import { collapsedNamespaces } from '../../model/graph/collapse.ts';
import { analysisDockStore, type DockPanel } from '../../state/analysis-dock.ts';
import { historyStore, redo, undo } from '../../state/history.ts';
import { canGesture, deleteSelection } from '../canvas/gestures/gestures.ts';
import { focusSelection, SEARCH_INPUT } from '../canvas/navigate/use-navigation-keys.ts';
import { useEffectiveView, useStore } from '../hooks/stores.ts';
import { currentGraph, focusChoices } from './node-choices.ts';
import type { Command } from './types.ts';

const hasSelection = () => {
  const s = useStore.getState();
  return s.selectedNodeIds.length + s.selectedEdgeIds.length > 0;
};

/** Moves the keyboard focus once React has drawn what the command opened. */
const focusSoon = (selector: string) =>
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

function toggleDock(panel: DockPanel): void {
  const dock = analysisDockStore.getState();
  dock.setPanel(dock.panel === panel ? null : panel);
  if (dock.panel !== panel) focusSoon(`[data-testid="dock-tab-${panel}"]`);
}

/** Selects the node, expands its namespace when collapsed, centres it and focuses on it. */
function focusOn(id: string): void {
  const s = useStore.getState();
  const node = currentGraph().nodes.find((n) => n.id === id);
  if (!node) return;
  if (node.parentId && collapsedNamespaces(currentGraph(), s.collapseChoices).has(node.parentId))
    s.setCollapsed(node.parentId, false);
  s.select({ nodes: [id] });
  s.requestCentre(id);
  s.setFocus({ id, hide: s.focus?.hide ?? false });
}

export const EDIT_COMMANDS: Command[] = [
  {
    id: 'deleteSelection',
    group: 'edit',
    shortcuts: [
      { key: 'Delete', elsewhere: true },
      { key: 'Backspace', elsewhere: true },
    ],
    // In the effective view a selected rule edge only points the Why panel at the YAML (as the Delete key).
    available: () =>
      hasSelection() &&
      !(useEffectiveView.getState().view === 'effective' && useStore.getState().selectedEdgeIds.length > 0),
    run: () => canGesture() && deleteSelection(),
  },
  {
    id: 'undo',
    group: 'edit',
    shortcuts: [{ key: 'z', mod: true, elsewhere: true }],
    available: () => historyStore.getState().canUndo,
    run: undo,
  },
  {
    id: 'redo',
    group: 'edit',
    shortcuts: [
      { key: 'z', mod: true, shift: true, elsewhere: true },
      { key: 'y', mod: true, elsewhere: true },
    ],
    available: () => historyStore.getState().canRedo,
    run: redo,
  },
  {
    id: 'tidyLayout',
    group: 'edit',
    shortcuts: [{ key: 'l' }],
    available: () => !useStore.getState().layoutRunning,
    run: () => useStore.getState().tidy(),
  },
  {
    id: 'search',
    group: 'view',
    shortcuts: [
      { key: '/', elsewhere: true },
      { key: 'f', mod: true, elsewhere: true },
    ],
    run: () => document.getElementById(SEARCH_INPUT)?.focus(),
  },
  {
    id: 'focusSelection',
    group: 'view',
    shortcuts: [{ key: 'f', elsewhere: true }],
    available: () => useStore.getState().selectedNodeIds.length > 0,
    run: () => focusSelection(),
  },
  {
    id: 'focusNode',
    group: 'view',
    steps: [
      {
        kind: 'choose',
        id: 'node',
        prompt: 'focusNode',
        hintKey: 'focusNode',
        choices: (_a, t) => focusChoices(t),
        initial: () => useStore.getState().selectedNodeIds[0],
      },
    ],
    run: (a) => focusOn(a.node),
  },
  {
    id: 'exitFocus',
    group: 'view',
    shortcuts: [{ key: 'Escape', elsewhere: true }],
    available: () => useStore.getState().focus !== null,
    run: () => useStore.getState().setFocus(null),
  },
  {
    id: 'toggleView',
    group: 'view',
    shortcuts: [{ key: 'v' }],
    run: () => {
      const { view, setView } = useEffectiveView.getState();
      setView(view === 'rules' ? 'effective' : 'rules');
    },
  },
  {
    id: 'focusEditor',
    group: 'view',
    run: () => focusSoon('.yaml-editor textarea, .yaml-editor .native-edit-context'),
  },
  { id: 'showMatrix', group: 'analysis', shortcuts: [{ key: 'm' }], run: () => toggleDock('matrix') },
  { id: 'showProbe', group: 'analysis', shortcuts: [{ key: 'w' }], run: () => toggleDock('probe') },
  {
    id: 'closeDock',
    group: 'analysis',
    available: () => analysisDockStore.getState().panel !== null,
    run: () => analysisDockStore.getState().setPanel(null),
  },
  {
    id: 'openProblems',
    group: 'analysis',
    shortcuts: [{ key: 'p' }],
    run: () => {
      useStore.getState().setDiagnosticsOpen(true);
      focusSoon('[data-testid="diagnostics-list"] button');
    },
  },
];
