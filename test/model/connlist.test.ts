/**
 * `netpol-studio list` output: txt must be byte-identical to netpol-analyzer's
 * (sorted, one line per non-empty pair, trailing newline, no self pairs), and
 * the other formats must carry the same entries.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { connlistEntries, formatConnlist } from '../../src/model/analysis/connlist.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

const ws = loadWorkspace([
  {
    name: 'x.yaml',
    text: `
kind: Pod
metadata: {name: b, labels: {app: b}}
---
kind: Pod
metadata: {name: a, labels: {app: a}, ownerReferences: [{kind: ReplicaSet, name: a-1, controller: true}]}
---
kind: Pod
metadata: {name: a2, labels: {app: a}, ownerReferences: [{kind: ReplicaSet, name: a-1, controller: true}]}
---
kind: NetworkPolicy
metadata: {name: np}
spec:
  podSelector: {matchLabels: {app: b}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: a}}}, {ipBlock: {cidr: 10.0.0.0/8}}]
    ports: [{port: 80}, {protocol: UDP, port: 53}]
`,
  },
]);
const result = analyzeConnectivity(ws);

describe('formatConnlist', () => {
  it('txt: analyzer lines, sorted by src then dst, every line ending in \\n', () => {
    expect(formatConnlist(result, 'txt')).toBe(
      [
        '0.0.0.0-9.255.255.255[External] => default/a-1[ReplicaSet] : All Connections',
        '10.0.0.0-10.255.255.255[External] => default/a-1[ReplicaSet] : All Connections',
        '10.0.0.0-10.255.255.255[External] => default/b[Pod] : TCP 80,UDP 53',
        '11.0.0.0-255.255.255.255[External] => default/a-1[ReplicaSet] : All Connections',
        'default/a-1[ReplicaSet] => 0.0.0.0-255.255.255.255[External] : All Connections',
        'default/a-1[ReplicaSet] => default/b[Pod] : TCP 80,UDP 53',
        'default/b[Pod] => 0.0.0.0-255.255.255.255[External] : All Connections',
        'default/b[Pod] => default/a-1[ReplicaSet] : All Connections',
        '',
      ].join('\n'),
    );
  });

  it('json, csv and md list the same entries', () => {
    const entries = connlistEntries(result);
    expect(JSON.parse(formatConnlist(result, 'json'))).toEqual(entries);
    const csv = formatConnlist(result, 'csv').trimEnd().split('\n');
    expect(csv[0]).toBe('src,dst,conn');
    expect(csv[3]).toBe('10.0.0.0-10.255.255.255[External],default/b[Pod],"TCP 80,UDP 53"');
    expect(csv).toHaveLength(entries.length + 1);
    const md = formatConnlist(result, 'md').trimEnd().split('\n');
    expect(md[0]).toBe('| src | dst | conn |');
    expect(md).toHaveLength(entries.length + 2);
  });

  it('dot: a digraph with every workload as a node and labelled edges', () => {
    const dot = formatConnlist(result, 'dot');
    expect(dot.startsWith('digraph {\n')).toBe(true);
    expect(dot).toContain('"default/a-1[ReplicaSet]" -> "default/b[Pod]" [label="TCP 80,UDP 53"]');
    expect(dot.trimEnd().endsWith('}')).toBe(true);
  });

  it('an empty workspace lists nothing', () => {
    expect(formatConnlist(analyzeConnectivity(loadWorkspace([])), 'txt')).toBe('');
  });
});
