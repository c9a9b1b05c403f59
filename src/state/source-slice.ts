/**
 * Source text slice: the workspace YAML is the single source of truth
 * (DESIGN.md §2). `text` follows every keystroke; `parsedText` trails it by a
 * debounce so typing never waits for parsing. Everything drawn is derived from
 * `parsedText` by memoised selectors (see derived.ts).
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export type ChangeOrigin = 'load' | 'editor' | 'graph';

/**
 * How long the editor must be idle before the text is parsed again. Short,
 * because keystroke → graph has a 100 ms budget (issue 4) and the parse is
 * incremental (model/incremental.ts): re-analysing a 1,200-document workspace
 * after one keystroke costs far less than the old full parse this delay hid.
 */
export const PARSE_DEBOUNCE_MS = 35;

export interface SourceSlice {
  text: string;
  /** Origin of the last change, so panes ignore their own echoes. */
  origin: ChangeOrigin;
  /** Bumped on every change; lets subscribers tell two equal texts apart. */
  revision: number;
  parsedText: string;
  /** True between a change and its debounced parse. */
  parsePending: boolean;
  setText: (text: string, origin: ChangeOrigin) => void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

export const createSourceSlice: StateCreator<AppState, [], [], SourceSlice> = (set, get) => ({
  text: '',
  origin: 'load',
  revision: 0,
  parsedText: '',
  parsePending: false,
  setText: (text, origin) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const revision = get().revision + 1;
    if (origin === 'editor') {
      set({ text, origin, revision, parsePending: true });
      timer = setTimeout(() => {
        timer = undefined;
        set({ parsedText: get().text, parsePending: false });
      }, PARSE_DEBOUNCE_MS);
    } else {
      // Loads and graph edits are discrete steps: parse at once.
      set({ text, origin, revision, parsedText: text, parsePending: false });
    }
  },
});
