/**
 * A memo of one derived value whose computation may be handed to the analysis worker: it answers
 * with the value it has while a newer one is being computed (`updating`) and announces the new one
 * when it lands (`subscribe`, `getVersion`). The matrix, effective flows, live diff and exposure memos
 * are this. Keyed on a few strings (texts)
 * compared one by one, so two megabyte texts are never joined into a key on each render.
 */
export class LateMemo<V> {
  private last: { key: readonly string[]; value: V } | undefined;
  /** The key sent to the backend and not answered yet. */
  private asked: readonly string[] | undefined;
  private request = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  /**
   * The value for `key`: the memo's when `key` is its key or the text does not parse (`stale`: the last
   * good value stays), else computed in process (`compute`) or asked of the backend (`ask`; then the
   * value so far, null before the first).
   */
  value(key: readonly string[], stale: boolean, compute: () => V, ask?: (done: (value: V) => void) => void): V | null {
    const last = this.last;
    if (last && (sameKey(last.key, key) || stale)) return last.value;
    if (ask) {
      if (!this.asked || !sameKey(this.asked, key)) {
        this.asked = key;
        const request = ++this.request;
        ask((value) => {
          if (request !== this.request) return;
          this.last = { key, value };
          this.asked = undefined;
          this.version++;
          for (const l of this.listeners) l();
        });
      }
      return last?.value ?? null;
    }
    this.request++;
    this.asked = undefined;
    const value = compute();
    this.last = { key, value };
    return value;
  }

  /** True while the backend works on a newer key than the value last returned. */
  get updating(): boolean {
    return this.asked !== undefined;
  }

  /** Bound: handed to React as is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes each time a value from the backend lands. Bound: handed to React as is. */
  readonly getVersion = (): number => this.version;
}

const sameKey = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((s, i) => s === b[i]);
