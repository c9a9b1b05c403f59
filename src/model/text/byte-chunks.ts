/**
 * A byte buffer that fills up to a size and is then handed out whole, for
 * output of millions of short lines (connlist on a cluster without policies):
 * the lines are assembled from pieces encoded once (a name, a connection
 * text), so writing a line copies bytes instead of building, concatenating
 * and re-encoding a JS string per line.
 */
export class ByteChunks {
  private buf: Uint8Array;
  private pos = 0;

  constructor(private readonly size: number) {
    this.buf = new Uint8Array(Math.max(1, size));
  }

  /** Whether `n` more bytes go in without passing the size (an empty buffer takes anything). */
  fits(n: number): boolean {
    return this.pos === 0 || this.pos + n <= this.size;
  }

  get empty(): boolean {
    return this.pos === 0;
  }

  /** Appends `bytes`; grows past the size only for a piece larger than the size itself. */
  put(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.pos + n > this.buf.length) {
      const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
      bigger.set(this.buf.subarray(0, this.pos));
      this.buf = bigger;
    }
    // Most pieces are a few dozen bytes: a plain loop beats TypedArray#set's call overhead there.
    if (n < 64) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = bytes[i];
    } else this.buf.set(bytes, this.pos);
    this.pos += n;
  }

  /** The bytes written so far, and a fresh buffer for what follows (the caller may keep the piece). */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.pos);
    this.buf = new Uint8Array(Math.max(1, this.size));
    this.pos = 0;
    return out;
  }
}
