/**
 * The connectivity list (`netpol-studio list`), in netpol-analyzer's formats.
 *
 * `txt` is byte-identical to `netpol-analyzer list`: one `src => dst : conns`
 * line per ordered pair with a non-empty allowed set, sorted by src then dst,
 * self pairs and IP-to-IP pairs left out, every line ending in `\n`.
 *
 * The list is written to terminals, so names are data, never control: in every
 * format a control, bidi or invisible character in a name is written as a
 * visible `\uXXXX` escape (model/text/visible.ts), CSV cells cannot start a
 * formula and Markdown cells hold no HTML. Valid Kubernetes names have none of
 * those, so netpol-analyzer's bytes are unchanged.
 */
import { csvField } from '../text/csv.ts';
import { markdownCell } from '../text/markdown.ts';
import { safeJson, visibleText } from '../text/visible.ts';
import { externalId, type ConnectivityResult } from './connectivity.ts';
import { formatConns, isEmpty } from './ports.ts';

export type ConnlistFormat = 'txt' | 'json' | 'csv' | 'md' | 'dot';
export const CONNLIST_FORMATS: readonly ConnlistFormat[] = ['txt', 'json', 'csv', 'md', 'dot'];

export interface ConnlistEntry {
  src: string;
  dst: string;
  conn: string;
}

/** Plain code-unit order; equals byte order for the ASCII names Kubernetes allows. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Peer = { id: string; kind: 'wl' | 'ext'; index: number };

/** Sources and destinations in output order, and the text of each interned connection set. */
interface ConnectionRows {
  srcs: Peer[];
  dsts: Peer[];
  /** `(src, dst, conn)` for every listed pair of one source row, in output order. */
  forEachInRow(s: Peer, emit: (src: string, dst: string, conn: string) => void): void;
}

function connectionRows(result: ConnectivityResult): ConnectionRows {
  const wl: Peer[] = result.workloads.map((w, index) => ({ id: w.id, kind: 'wl', index }));
  const srcs = [
    ...wl,
    ...result.ingressBlocks.map((r, index): Peer => ({ id: externalId(r), kind: 'ext', index })),
  ].sort((a, b) => byCodeUnit(a.id, b.id));
  const dsts = [
    ...wl,
    ...result.egressBlocks.map((r, index): Peer => ({ id: externalId(r), kind: 'ext', index })),
  ].sort((a, b) => byCodeUnit(a.id, b.id));
  // Text per interned set, so formatting a large list formats each distinct set once.
  const text: string[] = [];
  const textOf = (id: number): string =>
    (text[id] ??= isEmpty(result.connectionSets[id]) ? '' : formatConns(result.connectionSets[id]));
  const forEachInRow = (s: Peer, emit: (src: string, dst: string, conn: string) => void): void => {
    for (const d of dsts) {
      let id: number;
      if (s.kind === 'wl' && d.kind === 'wl') {
        if (s.index === d.index) continue; // self pairs are never listed
        id = result.betweenId(s.index, d.index);
      } else if (s.kind === 'wl') id = result.toExternalId(s.index, d.index);
      else if (d.kind === 'wl') id = result.fromExternalId(s.index, d.index);
      else continue; // IP-to-IP pairs are not listed
      const t = textOf(id);
      if (t !== '') emit(s.id, d.id, t);
    }
  };
  return { srcs, dsts, forEachInRow };
}

/** Calls `emit` for every non-empty pair, already in output order. */
export function forEachConnection(
  result: ConnectivityResult,
  emit: (src: string, dst: string, conn: string) => void,
): void {
  const rows = connectionRows(result);
  for (const s of rows.srcs) rows.forEachInRow(s, emit);
}

export function connlistEntries(result: ConnectivityResult): ConnlistEntry[] {
  const out: ConnlistEntry[] = [];
  forEachConnection(result, (src, dst, conn) => out.push({ src, dst, conn }));
  return out;
}

/**
 * `write` remembered per text: a list repeats the same few thousand ids and connection texts over
 * millions of lines, so each is escaped once (a lookup costs less than the escaping regexes).
 */
function memo(write: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) seen.set(s, (out = write(s)));
    return out;
  };
}

/** Tab, CR and LF too are escaped (a CR would let a name overwrite its own line on a terminal). */
const csvCell = (s: string): string => csvField(visibleText(s));
const dotString = (s: string): string => `"${visibleText(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** How a format frames the list: text before the first line, each line, text after the last. */
interface Framing {
  head: string;
  line(src: string, dst: string, conn: string, first: boolean): string;
  tail(empty: boolean): string;
}

/** The dot nodes: every workload, and each external range that has at least one listed connection. */
function dotNodes(result: ConnectivityResult): string {
  const nodes = new Set<string>(result.workloads.map((w) => w.id));
  const n = result.workloads.length;
  result.ingressBlocks.forEach((r, b) => {
    for (let j = 0; j < n; j++) if (!isEmpty(result.fromExternal(b, j))) return void nodes.add(externalId(r));
  });
  result.egressBlocks.forEach((r, b) => {
    for (let i = 0; i < n; i++) if (!isEmpty(result.toExternal(i, b))) return void nodes.add(externalId(r));
  });
  return [...nodes]
    .sort(byCodeUnit)
    .map((id) => `\t${dotString(id)} [label=${dotString(id)}${id.endsWith('[External]') ? ' shape=box' : ''}]\n`)
    .join('');
}

function framing(result: ConnectivityResult, format: ConnlistFormat): Framing {
  switch (format) {
    case 'txt': {
      const v = memo(visibleText);
      return { head: '', line: (s, d, c) => `${v(s)} => ${v(d)} : ${v(c)}\n`, tail: () => '' };
    }
    case 'json': {
      // Byte-identical to JSON.stringify(connlistEntries(result), null, 2) + '\n', one entry at a time, except
      // that DEL, C1, bidi and invisible characters are \u-escaped too (JSON reads back the same names).
      const q = memo((v: string): string => safeJson(JSON.stringify(v)));
      return {
        head: '[',
        line: (s, d, c, first) =>
          `${first ? '' : ','}\n  {\n    "src": ${q(s)},\n    "dst": ${q(d)},\n    "conn": ${q(c)}\n  }`,
        tail: (empty) => (empty ? ']\n' : '\n]\n'),
      };
    }
    case 'csv': {
      const v = memo(csvCell);
      return { head: 'src,dst,conn\n', line: (s, d, c) => `${v(s)},${v(d)},${v(c)}\n`, tail: () => '' };
    }
    case 'md': {
      const v = memo(markdownCell);
      return {
        head: '| src | dst | conn |\n|-----|-----|------|\n',
        line: (s, d, c) => `| ${v(s)} | ${v(d)} | ${v(c)} |\n`,
        tail: () => '',
      };
    }
    case 'dot': {
      const v = memo(dotString);
      return {
        head: `digraph {\n${dotNodes(result)}`,
        line: (s, d, c) => `\t${v(s)} -> ${v(d)} [label=${v(c)}]\n`,
        tail: () => '}\n',
      };
    }
  }
}

/** Size of the pieces connlistChunks yields: large enough for few writes, small enough to stay out of the way. */
export const CONNLIST_CHUNK_CHARS = 256 * 1024;

/**
 * The connectivity list in `format`, in pieces of about `chunkChars`
 * characters (one source row may overshoot it), produced as they are asked
 * for: a caller that writes each piece before asking for the next holds one
 * piece in memory, whatever the size of the whole list (millions of lines for
 * a few thousand workloads without policies).
 */
export function* connlistChunks(
  result: ConnectivityResult,
  format: ConnlistFormat,
  chunkChars = CONNLIST_CHUNK_CHARS,
): Generator<string, void, undefined> {
  const frame = framing(result, format);
  const rows = connectionRows(result);
  let parts: string[] = [frame.head];
  let size = frame.head.length;
  let first = true;
  const emit = (s: string, d: string, c: string): void => {
    const line = frame.line(s, d, c, first);
    first = false;
    parts.push(line);
    size += line.length;
  };
  for (const s of rows.srcs) {
    rows.forEachInRow(s, emit);
    if (size >= chunkChars) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  parts.push(frame.tail(first));
  const last = parts.join('');
  if (last !== '') yield last;
}

/** The whole list as one string: for small results (tests, the app); the CLI streams connlistChunks. */
export function formatConnlist(result: ConnectivityResult, format: ConnlistFormat): string {
  return [...connlistChunks(result, format)].join('');
}
