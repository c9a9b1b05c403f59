/**
 * Messages for graph editing (edit errors, why a gesture is disabled), shown
 * through the app's one notice area (notices.ts) so the user sees a single
 * stack of messages. Keyed by text: the same message twice is shown once.
 */
import { notify, noticesStore } from './notices.ts';
import type { Text } from './message.ts';

// The same message (same key, same arguments) is one notice, whatever language it is shown in.
const keyOf = (message: Text) => `graph:${typeof message === 'string' ? message : JSON.stringify(message)}`;

export type ToastTone = 'error' | 'info';

export function toast(message: Text, tone: ToastTone = 'info'): void {
  notify(tone, message, keyOf(message));
}

/** Takes a message down once its cause is gone (e.g. "the YAML has errors" after it parses again). */
export function resolveToast(message: Text): void {
  noticesStore.getState().dismissKey(keyOf(message));
}
