/**
 * Source text slice: the workspace YAML is the single source of truth
 * (DESIGN.md §2). `text` follows every keystroke; `parsedText` trails it by
 * about a frame (parseScheduler) so typing never waits for parsing. Everything drawn is derived from
 * `parsedText` by memoised selectors (see derived.ts).
 */
import type { StateCreator } from 'zustand/vanilla';
import { openedOnLoad } from './baseline-slice.ts';
import type { AppState } from './store.ts';
import { composeEdit, UNCHANGED, type Replacement, type TextEdit } from './backend/text-delta.ts';

export type ChangeOrigin = 'load' | 'editor' | 'graph';

/**
 * When an editor change is parsed: as soon as the editor has painted it (the
 * next animation frame, then a task), so a character never waits for the
 * analysis and the graph follows within the same few milliseconds (issue 4:
 * keystroke → graph ≤ 100 ms). Changes that arrive before then are parsed
 * together: the parse always takes the latest text. That is the debounce, one
 * frame long: a fixed delay (35 ms before) only added waiting, because the
 * incremental analysis (model/incremental.ts, GraphCache) costs less than
 * the time between two keystrokes.
 *
 * `PARSE_MAX_WAIT_MS` covers a page that paints no frames (a hidden tab).
 */
export const PARSE_MAX_WAIT_MS = 100;

interface PendingParse {
  frame?: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** The parse scheduled by one store (each store has its own: see createSourceSlice). */
function parseScheduler(): { schedule: (run: () => void) => void; cancel: () => void } {
  let scheduled: PendingParse | undefined;
  const cancel = (): void => {
    if (scheduled?.frame !== undefined) cancelAnimationFrame(scheduled.frame);
    if (scheduled?.timer !== undefined) clearTimeout(scheduled.timer);
    scheduled = undefined;
  };
  const schedule = (run: () => void): void => {
    if (scheduled) return; // already coming: it will read the latest text
    const fire = () => {
      cancel();
      run();
    };
    const entry: PendingParse = {};
    scheduled = entry;
    entry.timer = setTimeout(fire, PARSE_MAX_WAIT_MS);
    if (typeof requestAnimationFrame === 'function') {
      entry.frame = requestAnimationFrame(() => {
        entry.frame = undefined;
        // After this frame's paint; the fallback timer is replaced by this one.
        if (entry.timer !== undefined) clearTimeout(entry.timer);
        entry.timer = setTimeout(fire, 0);
      });
    }
  };
  return { schedule, cancel };
}

export interface SourceSlice {
  text: string;
  /** Origin of the last change, so panes ignore their own echoes. */
  origin: ChangeOrigin;
  /** Bumped on every change; lets subscribers tell two equal texts apart. */
  revision: number;
  parsedText: string;
  /** True between a change and its debounced parse. */
  parsePending: boolean;
  /**
   * The last change replaced the workspace (a workspace switch): the editor starts a new undo history with
   * it instead of recording it as an edit.
   */
  resetsHistory: boolean;
  /**
   * `edit`: the editor's own account of this change (one edit of the text before), so the text need not be
   * compared with the last one to find it (backend/text-delta.ts).
   */
  setText: (text: string, origin: ChangeOrigin, options?: { resetHistory?: boolean; edit?: TextEdit }) => void;
}

export const createSourceSlice: StateCreator<AppState, [], [], SourceSlice> = (set, get) => {
  const parse = parseScheduler();
  // How `text` differs from `base` (the text last parsed here), while the editor's edits tell it; undefined
  // once they do not. The base is kept, not assumed: a gesture may parse the text early (commit.ts).
  let sinceParsed: { base: string; change: Replacement } | undefined = { base: '', change: UNCHANGED };
  const parseNow = (): void => {
    const { text, caches } = get();
    if (sinceParsed) caches.backend?.expect?.(sinceParsed.base, text, sinceParsed.change);
    sinceParsed = { base: text, change: UNCHANGED };
    set({ parsedText: text, parsePending: false });
  };
  return {
    text: '',
    origin: 'load',
    revision: 0,
    parsedText: '',
    parsePending: false,
    resetsHistory: false,
    setText: (text, origin, options) => {
      const revision = get().revision + 1;
      const resetsHistory = options?.resetHistory === true;
      if (origin === 'editor') {
        const edit = options?.edit;
        // An edit that does not fit the text before it says nothing about this text.
        const fits = edit !== undefined && get().text.length - edit.removed + edit.inserted.length === text.length;
        const change = sinceParsed && fits ? composeEdit(sinceParsed.change, edit) : undefined;
        sinceParsed = sinceParsed && change && { base: sinceParsed.base, change };
        set({ text, origin, revision, parsePending: true, resetsHistory });
        parse.schedule(parseNow);
      } else {
        parse.cancel();
        sinceParsed = { base: text, change: UNCHANGED };
        // Loads and graph edits are discrete steps: parse at once. A load is the live diff's `opened` baseline.
        const opened = origin === 'load' ? openedOnLoad(text) : {};
        set({ text, origin, revision, parsedText: text, parsePending: false, resetsHistory, ...opened });
      }
    },
  };
};
