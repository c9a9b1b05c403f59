/**
 * The connectivity list (`netpol-studio list`), in netpol-analyzer's formats.
 *
 * `txt` is byte-identical to `netpol-analyzer list`: one `src => dst : conns`
 * line per ordered pair with a non-empty allowed set, sorted by src then dst,
 * self pairs and IP-to-IP pairs left out, every line ending in `\n`.
 */
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

/** Calls `emit` for every non-empty pair, already in output order. */
export function forEachConnection(
  result: ConnectivityResult,
  emit: (src: string, dst: string, conn: string) => void,
): void {
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
  for (const s of srcs) {
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
  }
}

export function connlistEntries(result: ConnectivityResult): ConnlistEntry[] {
  const out: ConnlistEntry[] = [];
  forEachConnection(result, (src, dst, conn) => out.push({ src, dst, conn }));
  return out;
}

const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const mdField = (s: string): string => s.replace(/\|/g, '\\|');
const dotString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function formatConnlist(result: ConnectivityResult, format: ConnlistFormat): string {
  switch (format) {
    case 'txt': {
      const parts: string[] = [];
      forEachConnection(result, (s, d, c) => parts.push(`${s} => ${d} : ${c}\n`));
      return parts.join('');
    }
    case 'json':
      return `${JSON.stringify(connlistEntries(result), null, 2)}\n`;
    case 'csv': {
      const parts = ['src,dst,conn\n'];
      forEachConnection(result, (s, d, c) => parts.push(`${csvField(s)},${csvField(d)},${csvField(c)}\n`));
      return parts.join('');
    }
    case 'md': {
      const parts = ['| src | dst | conn |\n', '|-----|-----|------|\n'];
      forEachConnection(result, (s, d, c) => parts.push(`| ${mdField(s)} | ${mdField(d)} | ${mdField(c)} |\n`));
      return parts.join('');
    }
    case 'dot': {
      const edges: string[] = [];
      const nodes = new Set<string>();
      forEachConnection(result, (s, d, c) => {
        nodes.add(s);
        nodes.add(d);
        edges.push(`\t${dotString(s)} -> ${dotString(d)} [label=${dotString(c)}]\n`);
      });
      // Workloads with no connection at all still appear as nodes.
      for (const w of result.workloads) nodes.add(w.id);
      const nodeLines = [...nodes]
        .sort(byCodeUnit)
        .map((id) => `\t${dotString(id)} [label=${dotString(id)}${id.endsWith('[External]') ? ' shape=box' : ''}]\n`);
      return `digraph {\n${nodeLines.join('')}${edges.join('')}}\n`;
    }
  }
}
