/**
 * Keyboard shortcuts as data: which key event a command answers to, and the
 * key caps the help sheet and the palette show for it. Pure (no DOM), so it
 * is tested in Node.
 */

export interface Shortcut {
  /** `KeyboardEvent.key`: a letter (any case), `?`, `/`, `Delete`, `Escape`, … */
  key: string;
  /** Ctrl, or ⌘ on a Mac. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /**
   * Works while typing too (in a field, in Monaco). Only for keys the editor
   * has no use for, so it never loses one: Ctrl+K and Ctrl+O.
   */
  global?: boolean;
  /**
   * Handled by an older hook (the canvas's undo, delete, search and focus keys):
   * listed here for the help sheet and the palette, never dispatched twice.
   */
  elsewhere?: boolean;
}

/** What the key handler needs of a KeyboardEvent (a plain object in tests). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const isLetter = (key: string) => /^[a-z]$/i.test(key);

export function matchesShortcut(s: Shortcut, e: KeyPress): boolean {
  if (Boolean(s.mod) !== (e.ctrlKey || e.metaKey)) return false;
  if (Boolean(s.alt) !== e.altKey) return false;
  if (isLetter(s.key)) {
    // A letter's case follows Shift (and Caps Lock): compare the letter, and Shift on its own.
    return e.key.toLowerCase() === s.key.toLowerCase() && Boolean(s.shift) === e.shiftKey;
  }
  // `?` is Shift+/ on most layouts but not on all: the character decides, not the Shift key.
  return e.key === s.key;
}

/** The names of the keys that have a word rather than a symbol (translated by the caller). */
export type KeyWord = 'ctrl' | 'shift' | 'alt' | 'delete' | 'backspace' | 'escape';

const WORDS: Record<string, KeyWord> = { Delete: 'delete', Backspace: 'backspace', Escape: 'escape' };

/** One key cap: a symbol to show as is, or a word to translate. */
export type KeyCap = { text: string } | { word: KeyWord };

/** The caps of a shortcut, as a Mac (⌘ ⇧ ⌥) or a PC (Ctrl Shift Alt) writes them. */
export function keyCaps(s: Shortcut, mac: boolean): KeyCap[] {
  const caps: KeyCap[] = [];
  if (s.mod) caps.push(mac ? { text: '⌘' } : { word: 'ctrl' });
  if (s.alt) caps.push(mac ? { text: '⌥' } : { word: 'alt' });
  if (s.shift) caps.push(mac ? { text: '⇧' } : { word: 'shift' });
  const word = WORDS[s.key];
  caps.push(word ? { word } : { text: isLetter(s.key) ? s.key.toUpperCase() : s.key });
  return caps;
}

export const isMacPlatform = (platform: string): boolean => /Mac|iPhone|iPad/.test(platform);
