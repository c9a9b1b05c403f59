/**
 * When a store's in-process analyses are slow enough that its smaller texts go to the backend (a worker)
 * too: a dense policy under OFFLOAD_FROM_CHARS can take a second per keystroke on the main thread.
 *
 * Only analyses of an edited text count, several in a row. The analysis of a text that replaced the last
 * one (a load, a paste over everything) parses it whole, and the first keystrokes after it run cold code
 * (V8 has not optimised the incremental path yet): on the 566 KB `bench:browser` workspace the load took
 * over 250 ms and so did the first keystroke, which with "two slow in a row" sent every later keystroke
 * through the worker, ~80 ms more each on the page for the round trip and the graph's delta, for good.
 */
import { SLOW_ANALYSIS_MS } from './backend/backend.ts';

/** Slow analyses of edits in a row that make the store slow. */
export const SLOW_IN_A_ROW = 3;

export class SlowAnalyses {
  private inARow = 0;
  private lastLength = -1;
  /** Once true, stays true for the store's life. */
  slow = false;

  /** Notes one in-process analysis of a text of `length` characters that took `ms`. */
  note(length: number, ms: number): void {
    const replaced = this.lastLength <= 0 || Math.abs(length - this.lastLength) > this.lastLength / 2;
    this.lastLength = length;
    if (replaced) {
      this.inARow = 0;
      return;
    }
    this.inARow = ms >= SLOW_ANALYSIS_MS ? this.inARow + 1 : 0;
    if (this.inARow >= SLOW_IN_A_ROW) this.slow = true;
  }
}
