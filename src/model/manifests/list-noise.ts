/**
 * Cluster noise of a List item, found by a line scan so that it is never
 * parsed: `status` and `metadata.managedFields` of Pods, workloads and
 * Namespaces. In `kubectl get pods -A -o yaml` they are half of the text, and
 * nothing reads them (the workload and namespace readers read metadata and
 * the pod template; the validator checks NetworkPolicies only).
 *
 * Only for reading that writes nothing back (the CLI's analysis commands,
 * workspace.ts `dropClusterNoise`): the Document then lacks those keys, so an
 * edit written through it would drop them from the text, and a syntax error
 * inside them goes unseen. Node ranges are mapped back to the real text
 * (`mapOffsets`), so spans and diagnostics keep their positions.
 */
import { KINDS } from './kinds.ts';

/** Kinds whose `status` and `managedFields` no reader looks at. */
const NOISY_KINDS: ReadonlySet<string> = new Set(KINDS.filter((k) => k.reader !== 'networkPolicy').map((k) => k.kind));

/** [start, end) offsets of the lines to leave out of an item's text, in order; [] when none or unsure. */
export function noiseCuts(text: string): [number, number][] {
  // The item's keys sit two columns right of its `- `.
  let dash = 0;
  while (text.charCodeAt(dash) === 32) dash++;
  const keyIndent = dash + 2;
  const kind = new RegExp(`^ {${keyIndent}}kind:[ \\t]*([A-Za-z]+)[ \\t\\r]*$`, 'm').exec(text);
  const first = /^ *- *kind:[ \t]*([A-Za-z]+)[ \t\r]*$/m.exec(text.slice(0, text.indexOf('\n') + 1));
  const kindName = kind?.[1] ?? first?.[1];
  if (!kindName || !NOISY_KINDS.has(kindName)) return [];
  const cuts: [number, number][] = [];
  let topKey = '';
  /** Indent below which the cut in progress ends; -1 when no cut is open. */
  let open = -1;
  let line = text.indexOf('\n') + 1; // the first line holds `- ` and a key: never cut
  if (line === 0) return [];
  while (line < text.length) {
    const next = text.indexOf('\n', line);
    const end = next < 0 ? text.length : next + 1;
    let indent = 0;
    while (text.charCodeAt(line + indent) === 32) indent++;
    const blank = line + indent >= end - 1 || text.charCodeAt(line + indent) === 13;
    if (open >= 0) {
      const inside = blank || indent > open || (indent === open && text.startsWith('- ', line + indent));
      if (inside) {
        cuts[cuts.length - 1][1] = end;
        line = end;
        continue;
      }
      open = -1;
    }
    if (!blank && indent === keyIndent) {
      const key = /^([A-Za-z]+):[ \t\r]*$/.exec(text.slice(line + indent, end).trimEnd());
      topKey = key?.[1] ?? text.slice(line + indent, text.indexOf(':', line + indent));
      if (key?.[1] === 'status') {
        cuts.push([line, end]);
        open = keyIndent;
      }
    } else if (!blank && indent === keyIndent + 2 && topKey === 'metadata') {
      if (/^managedFields:[ \t\r]*$/.test(text.slice(line + indent, end).trimEnd())) {
        cuts.push([line, end]);
        open = keyIndent + 2;
      }
    }
    line = end;
  }
  return cuts;
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
