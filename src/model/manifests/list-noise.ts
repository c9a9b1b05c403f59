/**
 * Cluster noise of a List item, found by a line scan so that it is never
 * parsed: everything of a Pod, workload or Namespace that no reader looks at.
 * The workload and namespace readers (workspace.ts, objects.ts,
 * replicaset-groups.ts) read `metadata.{name,namespace,labels,ownerReferences}`,
 * `spec.replicas` and the pod template's labels and `containers[].ports`; the
 * validator checks NetworkPolicies only. In `kubectl get pods -A -o yaml` the
 * rest (`status`, `managedFields`, annotations, volumes, tolerations, probes,
 * env, …) is four fifths of the text.
 *
 * Only for reading that writes nothing back (the CLI's analysis commands,
 * workspace.ts `dropClusterNoise`): the Document then lacks those keys, so an
 * edit written through it would drop them from the text, and a syntax error
 * inside them goes unseen. Node ranges are mapped back to the real text
 * (`mapOffsets`), so spans and diagnostics keep their positions.
 *
 * The scan keeps what it does not understand: a line where it expects a key
 * and finds something else (a quoted or complex key, a merge key, a flow
 * collection running over lines) ends it with no cuts at all, and a map whose
 * keys would all be cut keeps them (an empty map would read as null).
 */
import { KINDS } from './kinds.ts';
import { CutLineCheck } from './noise-check.ts';

/** What to keep of a value: `true` keeps it whole; a shape keeps only the named keys of a map (of each map of a sequence). */
type Keep = true | Shape;
interface Shape {
  /** The value is a block map; these keys are kept, any other is cut. */
  keys: Readonly<Record<string, Keep>>;
  /** The value is a block sequence of maps, each read with `keys`. */
  seq?: boolean;
}

const METADATA: Shape = { keys: { name: true, namespace: true, labels: true, ownerReferences: true } };
const CONTAINERS: Shape = { seq: true, keys: { name: true, ports: true } };
const TEMPLATE: Shape = { keys: { metadata: METADATA, spec: { keys: { containers: CONTAINERS } } } };
/** One shape for every workload kind: a Pod's spec has `containers`, the others a `template` (CronJob's in `jobTemplate`). */
const WORKLOAD: Shape = {
  keys: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: {
      keys: {
        replicas: true,
        containers: CONTAINERS,
        template: TEMPLATE,
        jobTemplate: { keys: { spec: { keys: { template: TEMPLATE } } } },
      },
    },
  },
};
const NAMESPACE: Shape = { keys: { apiVersion: true, kind: true, metadata: METADATA } };

/** The shape kept of each kind read by the workload and namespace readers; other kinds are not cut. */
function shapeOf(kind: string): Shape | undefined {
  const reader = KINDS.find((k) => k.kind === kind)?.reader;
  return reader === 'workload' ? WORKLOAD : reader === 'namespace' ? NAMESPACE : undefined;
}

/** A plain key at the start of `s`: its name, and whether nothing but blanks follows the colon. */
const PLAIN_KEY = /^([A-Za-z0-9_][A-Za-z0-9_./-]*):(?:([ \t]*\r?$)|[ \t])/;

/** A block map (keys at `col`) or sequence (dashes at `col`) being read; `col` is -1 until its first line. */
interface Frame {
  shape: Shape;
  seq: boolean;
  col: number;
  /** Keys kept so far (maps): a map left with none gets its cuts back. */
  kept: number;
  /** Keys met so far, cut or kept: a duplicate key is a syntax error, which the full parse must see. */
  seen: Set<string>;
  /** The cuts list when the frame began (its length and the last cut's end), to give the cuts back. */
  cutsLength: number;
  lastEnd: number;
}

/** [start, end) offsets of the lines to leave out of an item's text, in order; [] when none or unsure. */
export function noiseCuts(text: string): [number, number][] {
  const first = text.indexOf('\n') + 1; // the first line holds `- ` and a key: never cut
  if (first === 0) return [];
  let dash = 0;
  while (text.charCodeAt(dash) === 32) dash++;
  let keyCol = dash + 1;
  while (text.charCodeAt(keyCol) === 32) keyCol++;
  const kind = new RegExp(`^ {${keyCol}}kind:[ \\t]*([A-Za-z]+)[ \\t\\r]*$`, 'm').exec(text);
  const kindOnFirst = /^ *- *kind:[ \t]*([A-Za-z]+)[ \t\r]*$/.exec(text.slice(0, first));
  const shape = shapeOf(kind?.[1] ?? kindOnFirst?.[1] ?? '');
  if (!shape) return [];
  const firstKey = PLAIN_KEY.exec(text.slice(keyCol, first - 1));
  // The key on the `- ` line is kept (it shares the line).
  return new CutScan(text, shape, keyCol, firstKey ? firstKey[1] : '').run(first);
}

/**
 * The same cuts for a top-level document of a many-document dump (`kubectl get deploy,pods -A -o yaml`
 * without `-o yaml`'s List, or manifests joined with `---`): its keys at column 0, after an optional
 * `---` line of its own. `text` is that one document; [] when it is of another kind, or unsure.
 */
export function documentNoiseCuts(text: string): [number, number][] {
  let from = 0;
  if (text.startsWith('---')) {
    const eol = text.indexOf('\n');
    // `--- ` with anything after it (a tag, a flow map, a scalar) is not a plain document start.
    if (eol < 0 || !/^---[ \t]*\r?$/.test(text.slice(0, eol))) return [];
    from = eol + 1;
  }
  const kind = /^kind:[ \t]*([A-Za-z]+)[ \t\r]*$/m.exec(text);
  const shape = shapeOf(kind?.[1] ?? '');
  return shape ? new CutScan(text, shape, 0).run(from) : [];
}

class CutScan {
  readonly cuts: [number, number][] = [];
  private readonly frames: Frame[] = [];
  /** Column of the key whose lines are being cut; -1 when no cut is open. */
  private open = -1;
  /** Cut lines must show their validity on their own (noise-check.ts). */
  private readonly check = new CutLineCheck();

  /** `firstKey`: the item's key already read on its `- ` line (kept), if any; '' when it is not a plain key. */
  constructor(
    private readonly text: string,
    shape: Shape,
    keyCol: number,
    firstKey?: string,
  ) {
    this.frames.push(this.frame(shape, false, keyCol));
    if (firstKey === undefined) return;
    this.frames[0].kept = 1;
    if (firstKey) this.frames[0].seen.add(firstKey);
  }

  private frame(shape: Shape, seq: boolean, col: number): Frame {
    const last = this.cuts[this.cuts.length - 1];
    return { shape, seq, col, kept: 0, seen: new Set(), cutsLength: this.cuts.length, lastEnd: last ? last[1] : -1 };
  }

  run(from: number): [number, number][] {
    const text = this.text;
    for (let line = from; line < text.length;) {
      const next = text.indexOf('\n', line);
      const end = next < 0 ? text.length : next + 1;
      if (!this.line(line, end)) return [];
      line = end;
    }
    while (this.frames.length > 0) this.pop();
    return this.cuts;
  }

  private cut(start: number, end: number): void {
    const last = this.cuts[this.cuts.length - 1];
    if (last && last[1] === start) last[1] = end;
    else this.cuts.push([start, end]);
  }

  /** Ends the innermost frame; a map that kept no key keeps everything (its cuts are given back). */
  private pop(): void {
    const f = this.frames.pop()!;
    if (f.seq || f.kept > 0) return;
    this.cuts.length = f.cutsLength;
    if (f.cutsLength > 0) this.cuts[f.cutsLength - 1][1] = f.lastEnd;
  }

  /** Reads one line; false when unsure (then nothing is cut). */
  private line(start: number, end: number): boolean {
    const text = this.text;
    let col = 0;
    while (text.charCodeAt(start + col) === 32) col++;
    const at = start + col;
    const stop = text.charCodeAt(end - 1) === 10 ? end - 1 : end; // the line without its LF
    const c = text.charCodeAt(at);
    const blank = at >= stop || c === 13 || c === 35; // 35: a `#` comment
    const after = text.charCodeAt(at + 1);
    const isDash = c === 45 && (at + 1 >= stop || after === 32 || after === 13);
    if (this.open >= 0) {
      if (blank || col > this.open || (col === this.open && isDash)) {
        this.cut(start, end);
        return this.check.line(text, at, col, stop);
      }
      this.open = -1;
    }
    if (blank) return true;
    // Leave the frames this line is left of; a frame's first line sets its column.
    for (;;) {
      const f = this.frames[this.frames.length - 1];
      if (!f) return true; // past the item's own keys: cannot happen in a list item, keep
      if (f.col < 0) {
        const parent = this.frames[this.frames.length - 2];
        const ok = f.seq ? isDash && col >= parent.col : col > parent.col;
        if (!ok) {
          this.frames.pop(); // an empty value
          continue;
        }
        f.col = col;
      }
      if (col > f.col || (col === f.col && (f.seq ? isDash : true))) break;
      this.pop();
    }
    const f = this.frames[this.frames.length - 1];
    if (col > f.col) return true; // inside a value kept whole
    if (f.seq) return this.item(at, stop);
    if (isDash) return true; // a compact sequence, value of the key before: kept whole
    return this.key(f, start, at, stop, end);
  }

  /** A `- ` line of a sequence of maps: its first key is kept (it shares the line), the others are read with the shape. */
  private item(at: number, stop: number): boolean {
    const f = this.frames[this.frames.length - 1];
    let col = at + 1;
    while (this.text.charCodeAt(col) === 32) col++;
    const m = PLAIN_KEY.exec(this.text.slice(col, stop));
    if (!m) return false;
    const item = this.frame({ keys: f.shape.keys }, false, col - (at - f.col));
    item.kept = 1;
    item.seen.add(m[1]);
    this.frames.push(item);
    return true;
  }

  private key(f: Frame, start: number, at: number, stop: number, end: number): boolean {
    const m = PLAIN_KEY.exec(this.text.slice(at, stop));
    if (!m) return false;
    if (f.seen.has(m[1])) return false;
    f.seen.add(m[1]);
    const keep = Object.prototype.hasOwnProperty.call(f.shape.keys, m[1]) ? f.shape.keys[m[1]] : undefined;
    if (keep === undefined) {
      this.cut(start, end);
      this.open = f.col;
      this.check.reset(f.col);
      return this.check.line(this.text, at, f.col, stop);
    }
    f.kept++;
    // A shape is read into only when the value starts on the next line; `key: {…}` and the like are kept whole.
    if (keep !== true && m[2] !== undefined) this.frames.push(this.frame(keep, keep.seq === true, -1));
    return true;
  }
}

/** The text without the cut lines. */
export function withoutCuts(text: string, cuts: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of cuts) {
    out += text.slice(at, a);
    at = b;
  }
  return out + text.slice(at);
}

/**
 * Maps the offsets of nodes parsed from `withoutCuts(text, cuts)` back to `text`, in place. A start
 * where a cut was goes after it (the next key starts there); an end goes before it (the node ended there).
 */
export function mapOffsets(ranges: number[][], cuts: readonly [number, number][]): void {
  if (cuts.length === 0) return;
  // Where each cut sits in the shortened text, and how much was cut before and including it.
  const at: number[] = [];
  const removed: number[] = [];
  let sum = 0;
  for (const [a, b] of cuts) {
    at.push(a - sum);
    sum += b - a;
    removed.push(sum);
  }
  const map = (o: number, isStart: boolean): number => {
    let add = 0;
    for (let i = 0; i < at.length && (isStart ? at[i] <= o : at[i] < o); i++) add = removed[i];
    return o + add;
  };
  for (const r of ranges) for (let j = 0; j < r.length; j++) r[j] = map(r[j], j === 0);
}
