/**
 * The registry's shortcuts, page-wide. Global ones (Ctrl+K, Ctrl+O) are taken
 * in the capture phase, ahead of Monaco and of the browser; the letter keys
 * only when nothing is being typed, no dialog or menu is open, and no other
 * handler has taken the key (the canvas's older hooks run first).
 */
import { useEffect, useRef } from 'react';
import { closeCommandUi, paletteLoading, typeAhead, useCommandUi } from './command-ui.ts';
import { COMMANDS } from './registry.ts';
import { startCommand } from './run-command.ts';
import { matchesShortcut, type Shortcut } from './shortcuts.ts';
import type { Command, CommandT } from './types.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.nokey, dialog, [role="dialog"], [role="menu"], [role="listbox"]')) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

const modalOpen = () => document.querySelector('dialog[open]') !== null;

function find(e: KeyboardEvent, global: boolean): Command | undefined {
  const bound = (s: Shortcut) => !s.elsewhere && Boolean(s.global) === global && matchesShortcut(s, e);
  return COMMANDS.find((c) => c.shortcuts?.some(bound));
}

export function useCommandKeys(t: CommandT): void {
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  });
  useEffect(() => {
    const onGlobal = (e: KeyboardEvent) => {
      if (paletteLoading() && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing) {
        // Meant for the palette, not for the editor that had the focus nor as a shortcut.
        e.preventDefault();
        e.stopPropagation();
        if (e.key === 'Escape') return closeCommandUi();
        if (e.key === 'Backspace') return typeAhead(null);
        if (e.key.length === 1) typeAhead(e.key);
        return;
      }
      const command = find(e, true);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      // The same keys again close what they opened.
      if (command.id === 'palette' && useCommandUi.getState().palette) return closeCommandUi();
      const ours = useCommandUi.getState();
      // Over another dialog (an import, a form) only after it is finished: never two modal tasks at once.
      if (modalOpen() && !ours.help && !ours.tour) return;
      startCommand(command, tRef.current);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isTyping(e.target) || modalOpen()) return;
      const command = find(e, false);
      if (!command) return;
      e.preventDefault();
      startCommand(command, tRef.current);
    };
    window.addEventListener('keydown', onGlobal, true);
    document.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onGlobal, true);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
}
