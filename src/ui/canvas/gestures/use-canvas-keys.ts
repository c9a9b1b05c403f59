/**
 * Page-wide shortcuts for the graph side: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y walk
 * the shared history (history.ts), Delete / Backspace remove the selection,
 * Escape clears it (and so closes the inspector).
 * Never while typing: Monaco (inside `.nokey`) has its own undo over the same
 * history, and text fields and dialogs keep their native keys.
 */
import { useEffect } from 'react';
import { redo, undo } from '../../../state/history.ts';
import { canGesture, deleteSelection } from './gestures.ts';
import { useEffectiveView, useStore } from '../../hooks/stores.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.nokey, [role="dialog"]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

export function useCanvasKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (mod && !e.altKey && !e.shiftKey && key === 'y') {
        e.preventDefault();
        redo();
      } else if (e.key === 'Escape' && !mod) {
        const { selectedNodeIds, selectedEdgeIds, clearSelection } = useStore.getState();
        if (selectedNodeIds.length + selectedEdgeIds.length > 0) clearSelection();
      } else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) {
        const { selectedNodeIds, selectedEdgeIds } = useStore.getState();
        if (selectedNodeIds.length + selectedEdgeIds.length === 0) return;
        // In the effective view a selected rule edge is only the Why panel pointing at YAML: never delete it.
        if (selectedEdgeIds.length > 0 && useEffectiveView.getState().view === 'effective') return;
        e.preventDefault();
        if (canGesture()) deleteSelection();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
