/**
 * Which part of the keyboard layer is open: the command palette (on its list,
 * on one command's questions, or on one group such as the exports), the
 * shortcut sheet, the first-visit tour. At most one at a time.
 */
import { create } from 'zustand';
import type { CommandGroup, CommandId } from './types.ts';

export interface PaletteRequest {
  /** Start on this command's first question instead of the list. */
  command?: CommandId;
  /** Show only this group's commands (E: the exports). */
  group?: CommandGroup;
  /** Tells one opening from the next (the palette starts afresh on each). */
  seq?: number;
}

interface CommandUi {
  palette: PaletteRequest | null;
  /**
   * What was typed between asking for the palette and its field taking the focus (its chunk loads on
   * first use): the palette starts with it, so no keystroke is lost or taken as a shortcut.
   */
  typedAhead: string;
  help: boolean;
  tour: boolean;
}

export const useCommandUi = create<CommandUi>()(() => ({ palette: null, typedAhead: '', help: false, tour: false }));

let seq = 0;

export const openPalette = (request: PaletteRequest = {}) =>
  useCommandUi.setState({ palette: { ...request, seq: ++seq }, typedAhead: '', help: false, tour: false });

/** True while the palette is asked for but its field is not there yet. */
export const paletteLoading = (): boolean =>
  useCommandUi.getState().palette !== null && document.querySelector('.cmdk[open]') === null;

/** Adds a typed character, or takes the last one back (null: Backspace). */
export const typeAhead = (char: string | null) =>
  useCommandUi.setState((s) => ({ typedAhead: char === null ? s.typedAhead.slice(0, -1) : s.typedAhead + char }));
export const openHelp = () => useCommandUi.setState({ palette: null, help: true, tour: false });
export const openTour = () => useCommandUi.setState({ palette: null, help: false, tour: true });
export const closeCommandUi = () => useCommandUi.setState({ palette: null, help: false, tour: false });
