/**
 * The store passes the editor's own account of its edits on to the analysis backend (source-slice.ts), so a
 * keystroke in a 22 MB text is sent as that keystroke without the text being read on the main thread. What
 * it tells must always be true: the change it reports turns the base it names into the text then parsed,
 * whatever came between (several keys in one frame, a graph edit, a gesture that parses early).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisBackend } from '../../src/state/backend/backend.ts';
import type { Replacement, TextEdit } from '../../src/state/backend/text-delta.ts';
import { PARSE_MAX_WAIT_MS } from '../../src/state/source-slice.ts';
import { createAppStore } from '../../src/state/store.ts';

// Every fixture carries comments: they are text like any other, and an edit in them is told the same way.
const BASE = `# the shop's policies
kind: NetworkPolicy # ingress to the API
metadata: {name: api, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}} # the API's pods
`;

interface Told {
  base: string;
  text: string;
  change: Replacement;
}

/** A store whose backend only records what it is told (it takes no text: analyses stay in process). */
function storeTelling(): { store: ReturnType<typeof createAppStore>; told: Told[] } {
  const told: Told[] = [];
  const backend = {
    takes: () => false,
    expect: (base: string, text: string, change: Replacement) => told.push({ base, text, change }),
  };
  const store = createAppStore();
  store.getState().caches.backend = backend as Partial<AnalysisBackend> as AnalysisBackend;
  store.getState().setText(BASE, 'load');
  return { store, told };
}

/** Types `edit` into the store's text as the editor does: the new text and the edit that made it. */
function type(store: ReturnType<typeof createAppStore>, edit: TextEdit): void {
  const before = store.getState().text;
  const text = before.slice(0, edit.at) + edit.inserted + before.slice(edit.at + edit.removed);
  store.getState().setText(text, 'editor', { edit });
}

const parse = () => vi.advanceTimersByTime(PARSE_MAX_WAIT_MS + 1); // Node paints no frames: the fallback timer
const applied = ({ base, change }: Told) => base.slice(0, change.start) + change.insert + base.slice(change.end);

describe('edits told to the backend', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells one parse of several keys in the comment and the selector as one change of the text parsed before', () => {
    const { store, told } = storeTelling();
    const at = BASE.indexOf('app: api}') + 'app: api'.length;
    type(store, { at, removed: 0, inserted: 'x' });
    type(store, { at: at + 1, removed: 0, inserted: 'y' });
    type(store, { at: at + 1, removed: 1, inserted: '' }); // Backspace
    parse();
    expect(told).toHaveLength(1);
    expect(told[0].base).toBe(BASE);
    expect(told[0].text).toBe(store.getState().parsedText);
    expect(applied(told[0])).toBe(told[0].text);
    expect(told[0].text).toContain('{app: apix}} # the API');
    // The next parse is told relative to this one, and the comment's edit is kept like any other.
    const hash = store.getState().text.indexOf('# the API') + '# the API'.length;
    type(store, { at: hash, removed: 0, inserted: ' v2' });
    parse();
    expect(told[1].base).toBe(told[0].text);
    expect(applied(told[1])).toBe(store.getState().parsedText);
    expect(told[1].text).toContain("# the API v2's pods");
  });

  it('tells nothing after an edit it cannot tell from the text before, until the next parse', () => {
    const { store, told } = storeTelling();
    type(store, { at: 0, removed: 0, inserted: '#' });
    // Two places apart, one parse: composing would need the characters between them.
    type(store, { at: store.getState().text.length - 1, removed: 0, inserted: ' ok' });
    parse();
    expect(told).toHaveLength(0);
    type(store, { at: 1, removed: 0, inserted: '!' });
    parse();
    expect(told).toHaveLength(1);
    expect(applied(told[0])).toBe(store.getState().parsedText);
  });

  it('tells nothing of an edit that does not fit the text it claims to edit', () => {
    const { store, told } = storeTelling();
    store.getState().setText(`${BASE}# more\n`, 'editor', { edit: { at: 0, removed: 0, inserted: 'x' } });
    parse();
    expect(told).toHaveLength(0);
  });

  it('starts again from a graph edit, and from a gesture that parses early', () => {
    const { store, told } = storeTelling();
    type(store, { at: 0, removed: 0, inserted: '# a\n' });
    const graphText = `${BASE}# drawn on the graph\n`;
    store.getState().setText(graphText, 'graph'); // parsed at once: nothing pending to tell
    type(store, { at: 0, removed: 0, inserted: '#' });
    // A gesture parses what is typed before the frame does (commit.ts), then a key comes, then the frame.
    store.setState({ parsedText: store.getState().text, parsePending: false });
    type(store, { at: 1, removed: 0, inserted: '!' });
    parse();
    expect(told).toHaveLength(1);
    // Told against the graph's text, where the change was counted from: still exactly true.
    expect(told[0].base).toBe(graphText);
    expect(applied(told[0])).toBe(store.getState().parsedText);
  });
});
