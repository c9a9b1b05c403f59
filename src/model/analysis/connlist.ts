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
import { ByteChunks } from '../text/byte-chunks.ts';
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
  /** The interned set listed for `s → d`, or -1 when the pair is not listed (self, IP-to-IP, nothing allowed). */
  listedId(s: Peer, d: Peer): number;
  /** Text of an interned set (computed once per set). */
  textOf(id: number): string;
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
  const listedId = (s: Peer, d: Peer): number => {
    let id: number;
    if (s.kind === 'wl' && d.kind === 'wl') {
      if (s.index === d.index) return -1; // self pairs are never listed
      id = result.betweenId(s.index, d.index);
    } else if (s.kind === 'wl') id = result.toExternalId(s.index, d.index);
    else if (d.kind === 'wl') id = result.fromExternalId(s.index, d.index);
    else return -1; // IP-to-IP pairs are not listed
    return textOf(id) === '' ? -1 : id;
  };
  return { srcs, dsts, listedId, textOf };
}

/** Calls `emit` for every non-empty pair, already in output order. */
export function forEachConnection(
  result: ConnectivityResult,
  emit: (src: string, dst: string, conn: string) => void,
): void {
  const rows = connectionRows(result);
  for (const s of rows.srcs)
    for (const d of rows.dsts) {
      const id = rows.listedId(s, d);
      if (id >= 0) emit(s.id, d.id, rows.textOf(id));
    }
}

export function connlistEntries(result: ConnectivityResult): ConnlistEntry[] {
  const out: ConnlistEntry[] = [];
  forEachConnection(result, (src, dst, conn) => out.push({ src, dst, conn }));
  return out;
}

/** Tab, CR and LF too are escaped (a CR would let a name overwrite its own line on a terminal). */
const csvCell = (s: string): string => csvField(visibleText(s));
const dotString = (s: string): string => `"${visibleText(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * How a format frames the list. A line is `between` (not before the first line), then the source
 * part, then the destination part: the source part is the same along a row and the destination
 * part the same for every source with the same connections to that destination, so each is
 * escaped and encoded once and a line is three copies of bytes.
 */
interface Framing {
  head: string;
  between: string;
  src(src: string): string;
  dst(dst: string, conn: string): string;
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
  const v = visibleText;
  switch (format) {
    case 'txt':
      return { head: '', between: '', src: (s) => `${v(s)} => `, dst: (d, c) => `${v(d)} : ${v(c)}\n`, tail: () => '' };
    case 'json': {
      // Byte-identical to JSON.stringify(connlistEntries(result), null, 2) + '\n', one entry at a time, except
      // that DEL, C1, bidi and invisible characters are \u-escaped too (JSON reads back the same names).
      const q = (x: string): string => safeJson(JSON.stringify(x));
      return {
        head: '[',
        between: ',',
        src: (s) => `\n  {\n    "src": ${q(s)},\n    "dst": `,
        dst: (d, c) => `${q(d)},\n    "conn": ${q(c)}\n  }`,
        tail: (empty) => (empty ? ']\n' : '\n]\n'),
      };
    }
    case 'csv':
      return {
        head: 'src,dst,conn\n',
        between: '',
        src: (s) => `${csvCell(s)},`,
        dst: (d, c) => `${csvCell(d)},${csvCell(c)}\n`,
        tail: () => '',
      };
    case 'md':
      return {
        head: '| src | dst | conn |\n|-----|-----|------|\n',
        between: '',
        src: (s) => `| ${markdownCell(s)} | `,
        dst: (d, c) => `${markdownCell(d)} | ${markdownCell(c)} |\n`,
        tail: () => '',
      };
    case 'dot':
      return {
        head: `digraph {\n${dotNodes(result)}`,
        between: '',
        src: (s) => `\t${dotString(s)} -> `,
        dst: (d, c) => `${dotString(d)} [label=${dotString(c)}]\n`,
        tail: () => '}\n',
      };
  }
}

/** Size in bytes of the pieces connlistBytes yields: large enough for few writes, small enough to stay out of the way. */
export const CONNLIST_CHUNK_BYTES = 256 * 1024;

/**
 * The connectivity list in `format` as UTF-8, in pieces of about `chunkBytes`
 * bytes, each ending at the end of a line (one line longer than that is a
 * piece of its own), produced as they are asked for: a caller that writes each
 * piece before asking for the next holds one piece in memory, whatever the
 * size of the whole list (millions of lines for a few thousand workloads
 * without policies).
 */
export function* connlistBytes(
  result: ConnectivityResult,
  format: ConnlistFormat,
  chunkBytes = CONNLIST_CHUNK_BYTES,
): Generator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder();
  const frame = framing(result, format);
  const rows = connectionRows(result);
  const { dsts } = rows;
  const out = new ByteChunks(chunkBytes);
  const between = frame.between.length;
  // Destination parts by destination and interned set, encoded on first use.
  const dstParts: Uint8Array[][] = dsts.map(() => []);
  out.put(encoder.encode(frame.head));
  let first = true;
  for (const s of rows.srcs) {
    const withBetween = encoder.encode(frame.between + frame.src(s.id));
    for (let k = 0; k < dsts.length; k++) {
      const id = rows.listedId(s, dsts[k]);
      if (id < 0) continue;
      const dst = (dstParts[k][id] ??= encoder.encode(frame.dst(dsts[k].id, rows.textOf(id))));
      const src = first ? withBetween.subarray(between) : withBetween;
      if (!out.fits(src.length + dst.length)) yield out.take();
      out.put(src);
      out.put(dst);
      first = false;
    }
  }
  out.put(encoder.encode(frame.tail(first)));
  if (!out.empty) yield out.take();
}

/** The list as text in pieces (see connlistBytes): pieces end at line ends, so each decodes on its own. */
export function* connlistChunks(
  result: ConnectivityResult,
  format: ConnlistFormat,
  chunkBytes = CONNLIST_CHUNK_BYTES,
): Generator<string, void, undefined> {
  const decoder = new TextDecoder();
  for (const bytes of connlistBytes(result, format, chunkBytes)) yield decoder.decode(bytes);
}

/** The whole list as one string: for small results (tests, the app); the CLI streams connlistChunks. */
export function formatConnlist(result: ConnectivityResult, format: ConnlistFormat): string {
  return [...connlistChunks(result, format)].join('');
}
