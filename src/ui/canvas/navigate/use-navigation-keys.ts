/**
 * Navigation shortcuts on the canvas: `/` (or Ctrl+F while the canvas, not
 * the editor, has the focus) opens the search box; F focuses the selected
 * node; Escape leaves focus mode (before the canvas's Escape clears the
 * selection, so one press undoes one thing).
 */
import { useEffect, type RefObject } from 'react';
import { useStore } from '../../hooks/stores.ts';

export const SEARCH_INPUT = 'canvas-search-input';

/** Text fields, dialogs and the editor (inside `.nokey`) keep their keys. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.nokey, [role="dialog"]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

export function focusSelection(hide?: boolean): void {
  const s = useStore.getState();
  const id = s.selectedNodeIds[0];
  if (!id) return;
  s.setFocus({ id, hide: hide ?? s.focus?.hide ?? false });
}

export function useNavigationKeys(paneRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const onCanvas =
        e.target === document.body || (e.target instanceof Node && !!paneRef.current?.contains(e.target));
      if ((e.key === '/' && !mod) || (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'f' && onCanvas)) {
        const input = document.getElementById(SEARCH_INPUT);
        if (!input) return;
        e.preventDefault();
        input.focus();
      } else if (!mod && !e.altKey && e.key.toLowerCase() === 'f') {
        if (useStore.getState().selectedNodeIds.length === 0) return;
        e.preventDefault();
        focusSelection();
      } else if (e.key === 'Escape' && !mod && useStore.getState().focus) {
        e.preventDefault();
        useStore.getState().setFocus(null);
      }
    };
    // Capture phase: ahead of the canvas's own Escape (use-canvas-keys.ts).
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [paneRef]);
}
