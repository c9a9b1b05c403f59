/**
 * The live diff's baseline (state/baseline-slice.ts) and the late memo behind the diff and the exposure
 * (state/late-memo.ts, live-analysis.ts): the `opened` baseline follows loads and nothing else; the
 * diff computed by the analysis worker (through a real message port) equals the in-process one, and
 * an answer for a superseded text never lands.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { AnalysisCaches } from '../../src/state/analysis-caches.ts';
import { PortBackend } from '../../src/state/backend/port-backend.ts';
import type { Answer, Port, WireRequest } from '../../src/state/backend/protocol.ts';
import { serveAnalysis } from '../../src/state/backend/server.ts';
import { baselineText } from '../../src/state/baseline-slice.ts';
import { LateMemo } from '../../src/state/late-memo.ts';
import { exposureOf, liveDiffOf } from '../../src/state/live-analysis.ts';
import { createAppStore } from '../../src/state/store.ts';
import type { LiveDiff } from '../../src/model/analysis/live-diff.ts';
import { SHOP } from '../sync/fixtures.ts';

const open: MessagePort[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

function connect() {
  const { port1, port2 } = new MessageChannel();
  open.push(port1, port2);
  serveAnalysis(port2 as unknown as Port<WireRequest, Answer>);
  return new PortBackend(port1 as unknown as Port<Answer, WireRequest>, 1e9);
}

const landed = (memo: Pick<LateMemo<unknown>, 'subscribe'>) =>
  new Promise<void>((resolve) => {
    const off = memo.subscribe(() => {
      off();
      resolve();
    });
  });

const CLOSED = SHOP.replace(/port: 5432/g, 'port: 5433');

describe('baseline slice', () => {
  it('takes the text as loaded, and keeps it through typing and graph edits', () => {
    const store = createAppStore();
    store.getState().setText('a: 1\n', 'load');
    expect(baselineText(store.getState())).toBe('a: 1\n');
    store.getState().setText('a: 2\n', 'editor');
    store.getState().setText('a: 3\n', 'graph');
    expect(baselineText(store.getState())).toBe('a: 1\n');
    store.getState().setText('b: 1\n', 'load');
    expect(baselineText(store.getState())).toBe('b: 1\n');
  });

  it('compares with a chosen text until the person goes back to the opened one', () => {
    const store = createAppStore();
    store.getState().setText('a: 1\n', 'load');
    store.getState().setBaseline({ kind: 'pasted', name: 'old.yaml', text: 'old: 1\n' });
    store.getState().setText('c: 1\n', 'load');
    expect(baselineText(store.getState())).toBe('old: 1\n');
    store.getState().setBaseline({ kind: 'opened' });
    expect(baselineText(store.getState())).toBe('c: 1\n');
  });
});

describe('live diff and exposure memos', () => {
  it('land the worker’s diff, equal to the in-process one; a superseded edit never lands', async () => {
    const backend = connect();
    const caches = new AnalysisCaches();
    const memo = new LateMemo<LiveDiff | null>();
    const ask = (text: string) => (done: (d: LiveDiff | null) => void) => backend.diff(SHOP, text, done);
    const never = () => {
      throw new Error('computed in process although a backend was given');
    };
    expect(memo.value([SHOP, SHOP], false, never, ask(SHOP))).toBeNull();
    expect(memo.value([SHOP, CLOSED], false, never, ask(CLOSED))).toBeNull();
    expect(memo.updating).toBe(true);
    await landed(memo);
    expect(memo.updating).toBe(false);
    const got = memo.value([SHOP, CLOSED], false, never, ask(CLOSED));
    const expected = liveDiffOf(SHOP, CLOSED, new AnalysisCaches());
    expect(got).toEqual(expected);
    expect(got?.rows.length).toBeGreaterThan(0);
    expect(liveDiffOf(SHOP, SHOP, caches)?.rows).toEqual([]);
  });

  it('says where a baseline that does not parse goes wrong, and compares what reads', () => {
    const d = liveDiffOf('kind: NetworkPolicy\nmetadata: {name: x\n', SHOP, new AnalysisCaches());
    expect(d?.baselineErrors.length).toBeGreaterThan(0);
    // The unclosed flow map of line 2, reported there or at the end of the text (line 3).
    expect([2, 3]).toContain(d?.baselineErrors[0].line);
    // Nothing of the baseline reads: everything the shop allows is new.
    expect(d?.counts.removed).toBe(0);
    expect(d?.counts.added).toBeGreaterThan(0);
  });

  it('keeps the last value while the text does not parse, and recomputes for a new key', () => {
    const memo = new LateMemo<number>();
    let calls = 0;
    const compute = () => ++calls;
    expect(memo.value(['a'], false, compute)).toBe(1);
    expect(memo.value(['a'], false, compute)).toBe(1);
    expect(memo.value(['b'], true, compute)).toBe(1);
    expect(memo.value(['b'], false, compute)).toBe(2);
  });

  it('answers the exposure from the worker as in process', async () => {
    const backend = connect();
    const answer = await new Promise((resolve) => backend.exposure(SHOP, resolve));
    expect(answer).toEqual(exposureOf(SHOP, new AnalysisCaches()));
    expect(answer).not.toBeNull();
  });
});
