/**
 * Reading a List, or a many-document dump, without its cluster noise
 * (list-noise.ts, the CLI's analysis path and the app's worker) gives the
 * workspace, diagnostics and lint findings of the full parse: on realistic
 * kubectl dumps, on every oracle file, and on objects written in the awkward
 * ways YAML allows (flow maps, quoted keys, block scalars that look like
 * keys, anchors, comments, odd indentation, CRLF).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORACLE_DIR, oraclePresent, yamlFilesUnder } from '../conformance/oracle.ts';
import { parseAllDocuments } from 'yaml';
import { clusterDump } from '../../bench/big-inputs.ts';
import { kubectlDeploymentList, kubectlPodList } from '../../bench/kubectl-dump.ts';
import { IncrementalParser } from '../../src/model/manifests/incremental.ts';
import { documentNoiseCuts, noiseCuts } from '../../src/model/manifests/list-noise.ts';
import { WorkspaceReader } from '../../src/model/manifests/workspace-reader.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import type { Workspace } from '../../src/model/types.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';

const semantic = (ws: Workspace) => ({ ...ws, sources: undefined });
const reading = (text: string, dropClusterNoise: boolean) => {
  const ws = loadWorkspace([{ name: 'list.yaml', text }], { dropClusterNoise });
  return { ws: semantic(ws), lint: checkWorkspace(ws) };
};
const expectSameReading = (text: string) => expect(reading(text, true)).toEqual(reading(text, false));
/** The first item as the noise-free parse sees it. */
const firstItem = (text: string) =>
  new IncrementalParser({ dropClusterNoise: true }).parse({ name: 'l', text }).docs[0].doc.toJS().items[0];

const list = (...items: string[]) => `apiVersion: v1\nkind: List\nitems:\n${items.join('')}metadata: {}\n`;
/** The same objects as top-level documents (`- ` and two spaces of indentation off each item). */
const documents = (...items: string[]) =>
  items.map((item) => item.replace(/^- /, '').replace(/^ {2}/gm, '')).join('---\n');
/** The items of a kubectl List, as documents. */
const listAsDocuments = (text: string) =>
  documents(...text.slice(text.indexOf('\n- ') + 1, text.search(/^kind: List/m)).split(/^(?=- )/m));
const POD = `- apiVersion: v1
  kind: Pod
  metadata:
    annotations:
      note: x
    labels:
      app: web
    name: web-1
    namespace: shop
  spec:
    containers:
    - image: web:1
      env:
      - name: A
        value: b
      name: web
      ports:
      - containerPort: 8080
        protocol: TCP
    volumes:
    - name: v
  status:
    phase: Running
`;
const POLICY = `- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: {name: web, namespace: shop}
  spec:
    podSelector: {matchLabels: {app: web}}
    ingress:
    - ports:
      - port: 8080
`;

describe('List items without cluster noise', () => {
  it('keep only what the readers read, and read the same', () => {
    const pod = firstItem(list(POD, POD.replace(/web-1/, 'web-2')));
    expect(pod).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { labels: { app: 'web' }, name: 'web-1', namespace: 'shop' },
      spec: { containers: [{ image: 'web:1', name: 'web', ports: [{ containerPort: 8080, protocol: 'TCP' }] }] },
    });
    expectSameReading(list(POD, POLICY, POD.replace(/web-1/, 'web-2')));
  });

  it('read realistic kubectl dumps as the full parse does', () => {
    const pods = kubectlPodList({ pods: 30, namespaces: 3 });
    for (const text of [pods, pods.replace(/\n/g, '\r\n'), kubectlDeploymentList({ deployments: 30, namespaces: 3 })])
      expectSameReading(text);
    // Four fifths of a kubectl pod is noise.
    const item = pods.slice(pods.indexOf('\n- ') + 1, pods.indexOf('\n- ', pods.indexOf('\n- ') + 1) + 1);
    const cut = noiseCuts(item).reduce((n, [a, b]) => n + b - a, 0);
    expect(cut / item.length).toBeGreaterThan(0.7);
  });

  it.each([
    [
      'flow metadata',
      POD.replace(/ {2}metadata:\n(.*\n){6}/, '  metadata: {name: web-1, namespace: shop, labels: {app: web}}\n'),
    ],
    ['a quoted key', POD.replace('    annotations:', '    "annotations":')],
    ['a merge key', POD.replace('    annotations:\n      note: x\n', '    <<: {labels: {app: merged}}\n')],
    [
      'a block scalar that looks like keys',
      POD.replace('      note: x', '      note: |\n        labels:\n          evil: yes'),
    ],
    [
      'a labels value written on its own line',
      POD.replace('    labels:\n      app: web', '    labels:\n      {app: web}'),
    ],
    ['comments everywhere', POD.replace(/\n( +)(\w+:)/g, '\n$1# about $2\n# at column 0\n$1$2')],
    ['blank lines inside', POD.replace(/\n {4}volumes/, '\n\n    volumes').replace('  status:', '\n  status:')],
    [
      'containers indented under their key',
      POD.replace(
        /\n {4}- image: web:1\n((?: {6}.*\n)+)/,
        (_m, rest: string) => `\n      - image: web:1\n${rest.replace(/^/gm, '  ')}`,
      ),
    ],
    [
      'several spaces after a dash',
      POD.replace('    - image: web:1\n      env:', '    -   image: web:1\n        env:').replace(
        /\n {6}(- name: A|\s{2}value: b|name: web|ports:|- containerPort|\s{2}protocol)/g,
        '\n        $1',
      ),
    ],
    [
      'ports first in the container',
      POD.replace('    - image: web:1\n', '    - ports:\n      - containerPort: 9090\n      image: web:1\n'),
    ],
    ['an empty containers value', POD.replace(/ {4}containers:\n(?: {4}[- ] .*\n)+/, '    containers:\n')],
    [
      'template metadata that is all noise',
      kubectlDeploymentList({ deployments: 2, namespaces: 1 }).replace(
        /( {6}metadata:\n)(?: {8}labels:\n(?: {10}.*\n)+)/,
        '$1        creationTimestamp: null\n',
      ),
    ],
    [
      'an anchor in noise, its alias kept',
      POD.replace('      note: x', '      note: &l {app: web}').replace(
        '    labels:\n      app: web',
        '    labels: *l',
      ),
    ],
    [
      'blank lines and a comment at the end',
      POD.replace('    phase: Running\n', '    phase: Running\n\n    # last\n\n'),
    ],
    ['a tab after a colon', POD.replace('    volumes:', '    volumes:\t')],
    ['a key that is a number', POD.replace('    volumes:', '    8080: x\n    volumes:')],
  ])('%s', (_name, item) => {
    expect(item).not.toBe(POD); // the variant was made
    expectSameReading(list(item, POLICY, POD.replace(/web-1/g, 'web-9')));
    expectSameReading(documents(item, POLICY, POD.replace(/web-1/g, 'web-9')));
  });

  // Noise is not parsed, but a syntax error in it must still be seen: the line check gives up on the item.
  it.each([
    ['an unclosed quote', POD.replace('      note: x', '      note: "unclosed')],
    ['a flow collection left open', POD.replace('    volumes:', '    tolerations: [ {key: a\n    volumes:')],
    ['a duplicate annotation', POD.replace('      note: x', '      note: x\n      note: y')],
    ['a duplicate status', POD.replace('    phase: Running\n', '    phase: Running\n  status: {}\n')],
    [
      'a duplicate cut key beside a kept one',
      POD.replace('    name: web-1', '    name: web-1\n    uid: a\n    uid: b'),
    ],
    ['a bad escape', POD.replace('      note: x', '      note: "a\\qb"')],
    ['a plain value with a second colon', POD.replace('      note: x', '      note: a: b')],
    ['a plain value continued as a key', POD.replace('      note: x', '      note: x\n        more: y')],
    [
      'a duplicate key in a status list item',
      POD.replace('    phase: Running', '    conditions:\n    - type: A\n      type: B'),
    ],
  ])('%s is seen as in the full parse', (_name, item) => {
    expect(item).not.toBe(POD);
    for (const text of [list(item, POLICY), documents(POLICY, item, POD.replace(/web-1/g, 'web-9'))]) {
      const full = reading(text, false);
      expect(full.ws.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      expect(reading(text, true)).toEqual(full);
    }
  });

  it('CronJob templates and Namespaces', () => {
    const cron = `- apiVersion: batch/v1
  kind: CronJob
  metadata: {name: nightly, namespace: ops}
  spec:
    schedule: "0 1 * * *"
    jobTemplate:
      metadata:
        creationTimestamp: null
      spec:
        backoffLimit: 2
        template:
          metadata:
            creationTimestamp: null
          spec:
            restartPolicy: Never
            containers:
            - name: job
              ports: [{containerPort: 7000}]
`;
    const ns = `- apiVersion: v1
  kind: Namespace
  metadata:
    labels: {team: ops}
    name: ops
  spec:
    finalizers:
    - kubernetes
  status:
    phase: Active
`;
    expectSameReading(list(ns, cron, POLICY));
    const template = firstItem(list(cron, ns)).spec.jobTemplate.spec.template;
    // A map with nothing to keep stays as written: cut empty, it would read as null.
    expect(template.metadata).toEqual({ creationTimestamp: null });
    expect(template.spec).toEqual({ containers: [{ name: 'job', ports: [{ containerPort: 7000 }] }] });
  });
});

describe('Documents of a many-document dump without cluster noise', () => {
  it('read realistic dumps as the full parse does', () => {
    const pods = listAsDocuments(kubectlPodList({ pods: 30, namespaces: 3 }));
    expect(pods.match(/^---$/gm)).toHaveLength(29);
    const dump = clusterDump({ namespaces: 4, workloads: 30, policies: 4 });
    for (const text of [pods, pods.replace(/\n/g, '\r\n'), dump, `# a dump\n---\n${dump}`]) expectSameReading(text);
    // Most of each Pod and Deployment is left unparsed.
    for (const text of [pods, dump]) {
      const docs = text.split(/^(?=---)/m);
      const cut = docs.reduce((n, d) => n + documentNoiseCuts(d).reduce((m, [a, b]) => m + b - a, 0), 0);
      expect(cut / text.length).toBeGreaterThan(0.6);
    }
  });

  it('keep only what the readers read', () => {
    const text = documents(POLICY, POD);
    const doc = new IncrementalParser({ dropClusterNoise: true }).parse({ name: 'd', text }).docs[1].doc;
    expect(doc.toJS()).toEqual(firstItem(list(POD, POD)));
    // It spans the whole document, as in the full parse, though its last lines (`status`) were not parsed.
    const full = parseAllDocuments(text)[1];
    expect(full.range[2]).toBe(text.length);
    expect(doc.range).toEqual(full.range);
    expect(doc.contents?.range).toEqual(full.contents?.range);
  });

  it('leave a document alone when its `---` line holds more than the marker', () => {
    expect(documentNoiseCuts(`--- # a comment\n${documents(POD)}`)).toEqual([]);
    expect(documentNoiseCuts(`---\n${documents(POD)}`).length).toBeGreaterThan(0);
  });

  it('stay the same as the full parse through edits', () => {
    const reader = new WorkspaceReader({ dropClusterNoise: true });
    let text = documents(POD, POLICY, POD.replace(/web-1/g, 'web-2'));
    const edits: [string, string][] = [
      ['  phase: Running', '  phase: Pending'], // in the noise
      ['    app: web', '    app: shop'], // in a kept label
      ['\nstatus:', '\nstatus: {}\nstale:'], // the noise grows a key
      ['    note: x', '    note: "unclosed'], // a syntax error in the noise
      ['    note: "unclosed', '    note: closed'],
    ];
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
      const read = semantic(reader.read({ name: 'd', text }));
      expect(read).toEqual(semantic(loadWorkspace([{ name: 'd', text }])));
    }
  });
});

/** Every .yaml/.yml file under `dir`. */
describe.skipIf(!oraclePresent('.', 'oracle Lists without cluster noise'))('oracle Lists without cluster noise', () => {
  it('read as the full parse reads them', () => {
    const lists = yamlFilesUnder(ORACLE_DIR).filter((f) => /^kind: *["']?[A-Za-z]*List/m.test(readFileSync(f, 'utf8')));
    expect(lists.length).toBeGreaterThan(10);
    for (const f of lists) expectSameReading(readFileSync(f, 'utf8'));
  });

  it('read every oracle file, Lists or documents, as the full parse reads it', () => {
    const files = yamlFilesUnder(ORACLE_DIR);
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) expectSameReading(readFileSync(f, 'utf8'));
  });
});
