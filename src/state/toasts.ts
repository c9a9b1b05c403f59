/**
 * Messages for graph editing (edit errors, why a gesture is disabled), shown
 * through the app's one notice area (notices.ts) so the user sees a single
 * stack of messages. Keyed by text: the same message twice is shown once.
 */
import { notify, noticesStore } from './notices.ts';

export type ToastTone = 'error' | 'info';

export function toast(message: string, tone: ToastTone = 'info'): void {
  notify(tone, message, `graph:${message}`);
}

/** Takes a message down once its cause is gone (e.g. "the YAML has errors" after it parses again). */
export function resolveToast(message: string): void {
  noticesStore.getState().dismissKey(`graph:${message}`);
}
