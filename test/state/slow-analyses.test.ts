/**
 * When a store gives up analysing in process (src/state/slow-analyses.ts): only edits that stay slow,
 * several in a row, count; a load and the cold keystrokes right after it do not.
 */
import { describe, expect, it } from 'vitest';
import { SLOW_ANALYSIS_MS } from '../../src/state/backend/backend.ts';
import { SLOW_IN_A_ROW, SlowAnalyses } from '../../src/state/slow-analyses.ts';

const SIZE = 566_000;
const SLOW = SLOW_ANALYSIS_MS + 50;
const FAST = SLOW_ANALYSIS_MS / 5;

describe('SlowAnalyses', () => {
  it('is not slow after a slow load and a slow first keystroke (a cold start), once typing is fast', () => {
    const s = new SlowAnalyses();
    s.note(SIZE, 900); // the load: the whole text parsed
    s.note(SIZE + 1, SLOW); // the first keystroke, cold
    s.note(SIZE, FAST);
    for (let i = 0; i < 20; i++) s.note(SIZE + (i % 2), FAST);
    expect(s.slow).toBe(false);
  });

  it(`is slow once ${SLOW_IN_A_ROW} edits in a row were slow, and stays so`, () => {
    const s = new SlowAnalyses();
    s.note(SIZE, 900);
    for (let i = 1; i < SLOW_IN_A_ROW; i++) s.note(SIZE + i, SLOW);
    expect(s.slow).toBe(false);
    s.note(SIZE + SLOW_IN_A_ROW, SLOW);
    expect(s.slow).toBe(true);
    s.note(SIZE, FAST);
    expect(s.slow).toBe(true);
  });

  it('starts counting again after a fast edit or a text that replaced the last one', () => {
    const s = new SlowAnalyses();
    s.note(SIZE, FAST);
    for (let i = 1; i < SLOW_IN_A_ROW; i++) s.note(SIZE + i, SLOW);
    s.note(SIZE, FAST); // a fast edit breaks the run
    for (let i = 1; i < SLOW_IN_A_ROW; i++) s.note(SIZE + i, SLOW);
    s.note(SIZE * 3, SLOW); // a paste over everything: not an edit
    for (let i = 1; i < SLOW_IN_A_ROW; i++) s.note(SIZE * 3 + i, SLOW);
    expect(s.slow).toBe(false);
    s.note(SIZE * 3, SLOW);
    expect(s.slow).toBe(true);
  });
});
