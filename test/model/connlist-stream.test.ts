/**
 * connlist output streamed in chunks: the same bytes as the whole-string
 * formatter it replaced, in every format, on every netpol-analyzer oracle
 * case; produced piece by piece, so its size is not bounded by one string.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.ts';
import { analyzeConnectivity, type ConnectivityResult } from '../../src/model/analysis/connectivity.ts';
import {
  CONNLIST_FORMATS,
  connlistChunks,
  connlistEntries,
  forEachConnection,
  formatConnlist,
  type ConnlistFormat,
} from '../../src/model/analysis/connlist.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { ORACLE_DIR, oraclePresent, readTree } from '../conformance/oracle.ts';

/** The formatter before streaming (commit 03c0af6), verbatim in behaviour: the reference output. */
function previousFormat(result: ConnectivityResult, format: ConnlistFormat): string {
  const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const mdField = (s: string): string => s.replace(/\|/g, '\\|');
  const dotString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const parts: string[] = [];
  switch (format) {
    case 'txt':
      forEachConnection(result, (s, d, c) => parts.push(`${s} => ${d} : ${c}\n`));
      return parts.join('');
    case 'json':
      return `${JSON.stringify(connlistEntries(result), null, 2)}\n`;
    case 'csv':
      parts.push('src,dst,conn\n');
      forEachConnection(result, (s, d, c) => parts.push(`${csvField(s)},${csvField(d)},${csvField(c)}\n`));
      return parts.join('');
    case 'md':
      parts.push('| src | dst | conn |\n', '|-----|-----|------|\n');
      forEachConnection(result, (s, d, c) => parts.push(`| ${mdField(s)} | ${mdField(d)} | ${mdField(c)} |\n`));
      return parts.join('');
    case 'dot': {
      const nodes = new Set<string>();
      forEachConnection(result, (s, d, c) => {
        nodes.add(s);
        nodes.add(d);
        parts.push(`\t${dotString(s)} -> ${dotString(d)} [label=${dotString(c)}]\n`);
      });
      for (const w of result.workloads) nodes.add(w.id);
      const nodeLines = [...nodes]
        .sort(byCodeUnit)
        .map((id) => `\t${dotString(id)} [label=${dotString(id)}${id.endsWith('[External]') ? ' shape=box' : ''}]\n`);
      return `digraph {\n${nodeLines.join('')}${parts.join('')}}\n`;
    }
  }
}

const root = join(ORACLE_DIR, 'netpol-analyzer');
const present = oraclePresent('netpol-analyzer');
const cases = present
  ? readdirSync(root)
      .filter((c) => statSync(join(root, c)).isDirectory() && existsSync(join(root, c, 'in')))
      .sort()
  : [];

describe.skipIf(!present)('streamed connlist equals the previous string output', () => {
  it.each(cases)('%s, every format', (c) => {
    const result = analyzeConnectivity(loadWorkspace(readTree(join(root, c, 'in'))));
    for (const format of CONNLIST_FORMATS) {
      // Small chunks, so the oracle's lists are cut in many places.
      const chunks = [...connlistChunks(result, format, 64)];
      expect(chunks.join(''), format).toBe(previousFormat(result, format));
      expect(formatConnlist(result, format), format).toBe(previousFormat(result, format));
      if (format === 'json') expect(() => JSON.parse(chunks.join(''))).not.toThrow();
    }
  });
});

describe('connlistChunks', () => {
  // 200 workloads and no policy: every ordered pair is listed (39,800 lines plus externals).
  const result = analyzeConnectivity(
    loadWorkspace([{ name: 'c.yaml', text: generate({ namespaces: 10, workloads: 200, policies: 0 }) }]),
  );

  it('yields the list piece by piece, each about the chunk size', () => {
    const whole = previousFormat(result, 'txt');
    const chunkChars = 64 * 1024;
    const it = connlistChunks(result, 'txt', chunkChars);
    const first = it.next();
    expect(first.done).toBe(false);
    // The first piece is out before the rest exists: a prefix, a small part of the whole.
    expect(whole.startsWith(first.value as string)).toBe(true);
    expect((first.value as string).length).toBeLessThan(whole.length / 10);
    const rest = [...it];
    const row = 201 * 80; // one source row: at most every destination, lines well under 80 characters
    for (const c of [first.value as string, ...rest]) expect(c.length).toBeLessThan(chunkChars + row);
    expect([first.value, ...rest].join('')).toBe(whole);
  });

  it('json stays valid JSON, also when empty', () => {
    const empty = analyzeConnectivity(loadWorkspace([]));
    expect([...connlistChunks(empty, 'json')].join('')).toBe('[]\n');
    expect(JSON.parse([...connlistChunks(result, 'json', 1000)].join(''))).toEqual(connlistEntries(result));
  });
});
