/**
 * Messages for the user that are not tied to one dialog: confirmations
 * ("copied"), import summaries and failures such as a full storage. Kept in
 * their own tiny store so state code (autosave, share links) can report without
 * knowing how the UI shows it. Errors stay until dismissed or resolved; the
 * rest fade after a few seconds.
 */
import { createStore } from 'zustand/vanilla';
import type { Text } from './message.ts';

export type NoticeTone = 'info' | 'success' | 'error';

/** A button on a notice: what the person can do about it right there. */
export interface NoticeAction {
  /** Stable name (tests, keys): `notice-action-<id>`. */
  id: string;
  label: Text;
  run: () => void;
}

export interface Notice {
  id: number;
  tone: NoticeTone;
  /** A Message (translated when shown) or text already in the user's language. */
  message: Text;
  /** Notices sharing a key replace each other (e.g. one "storage is full" banner, not ten). */
  key?: string;
  actions?: NoticeAction[];
}

interface NoticeState {
  notices: Notice[];
  notify: (tone: NoticeTone, message: Text, key?: string, actions?: NoticeAction[]) => number;
  dismiss: (id: number) => void;
  dismissKey: (key: string) => void;
}

let nextId = 1;
const TIMEOUT_MS = 5000;

export const noticesStore = createStore<NoticeState>()((set, get) => ({
  notices: [],
  notify: (tone, message, key, actions) => {
    const id = nextId++;
    set((s) => ({
      notices: [...s.notices.filter((n) => key === undefined || n.key !== key), { id, tone, message, key, actions }],
    }));
    // A notice that offers a choice waits for it.
    if (tone !== 'error' && !actions?.length) setTimeout(() => get().dismiss(id), TIMEOUT_MS);
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissKey: (key) => set((s) => ({ notices: s.notices.filter((n) => n.key !== key) })),
}));

/** Shorthand for code outside React. */
export const notify = (tone: NoticeTone, message: Text, key?: string, actions?: NoticeAction[]) =>
  noticesStore.getState().notify(tone, message, key, actions);
