/**
 * Tabs of the app on one origin tell each other what they stored, so every
 * tab shows the current list and sees saves of the workspace it has open.
 * BroadcastChannel where it exists; otherwise a localStorage key whose
 * `storage` event reaches the other tabs. Messages only say what changed; the
 * data itself is always read from storage.
 */
export type TabMessage = { type: 'saved'; id: string; rev: number; from: string } | { type: 'list'; from: string };

export interface TabChannel {
  post(message: TabMessage): void;
}

const NAME = 'netpol-studio';
const SIGNAL_KEY = 'netpol-studio:signal';

function isMessage(v: unknown): v is TabMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  if (typeof m.from !== 'string') return false;
  return m.type === 'list' || (m.type === 'saved' && typeof m.id === 'string' && typeof m.rev === 'number');
}

export function openTabChannel(tab: string, onMessage: (message: TabMessage) => void): TabChannel {
  const receive = (v: unknown) => {
    if (isMessage(v) && v.from !== tab) onMessage(v);
  };
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(NAME);
    channel.onmessage = (e: MessageEvent) => receive(e.data);
    return { post: (m) => channel.postMessage(m) };
  }
  if (typeof window === 'undefined') return { post: () => undefined };
  window.addEventListener('storage', (e) => {
    if (e.key !== SIGNAL_KEY || !e.newValue) return;
    try {
      receive((JSON.parse(e.newValue) as { message?: unknown }).message);
    } catch {
      // Not ours (or damaged): nothing to act on.
    }
  });
  return {
    post(message) {
      try {
        // The nonce makes every signal a change, so each one fires an event.
        localStorage.setItem(SIGNAL_KEY, JSON.stringify({ message, nonce: Math.random() }));
      } catch {
        // Storage refused: the other tabs still find out on their next save (revisions).
      }
    },
  };
}
