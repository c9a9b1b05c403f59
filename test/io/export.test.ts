import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parseDocument } from 'yaml';
import {
  connectivityCsv,
  connectivityMarkdown,
  exportPolicies,
  exportPoliciesZip,
  exportWorkspace,
} from '../../src/model/io/export.ts';
import { importFiles } from '../../src/model/io/import.ts';

// Manifests read back from YAML are loosely typed on purpose; the assertions check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const WORKSPACE = `# Workspace header: shop and billing
apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
# Deny everything into shop unless allowed below
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: shop
spec:
  podSelector: {} # all pods
  policyTypes: [Ingress]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    metadata:
      labels: {app: web}
---
# Read back from a cluster: noise to drop
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-web
  namespace: billing
  uid: 5e5e
  resourceVersion: "77"
  labels:
    team: payments # owners
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{}'
spec:
  podSelector:
    matchLabels:
      app: billing
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: shop # the shop may pay
status: {}
---
# No namespace: kubectl would use the current context's; we make it explicit
kind: NetworkPolicy
metadata:
  name: loose
spec:
  podSelector: {}
`;

/** The same workspace without cluster noise: what import leaves behind. */
const CLEAN = WORKSPACE.replace('  uid: 5e5e\n  resourceVersion: "77"\n', '')
  .replace(/ {2}annotations:\n {4}kubectl[^\n]*\n/, '')
  .replace('status: {}\n', '');

describe('exportWorkspace', () => {
  it('exports the text as is and imports back to the identical workspace', () => {
    const exported = exportWorkspace(CLEAN);
    expect(exported).toBe(CLEAN);
    const back = importFiles('anything: else\n', [{ name: 'workspace.yaml', text: exported }], 'replace');
    expect(back).toMatchObject({ text: CLEAN });
  });

  it('is stable from the second round trip on when the workspace holds cluster noise', () => {
    // Import cleans noise (uid, status…) by design, so the first trip drops it and later trips change nothing.
    const first = importFiles('', [{ name: 'w.yaml', text: exportWorkspace(WORKSPACE) }], 'replace');
    if ('error' in first) throw new Error(first.error.message);
    expect(first.text).not.toContain('uid: 5e5e');
    expect(first.text).toContain('# the shop may pay');
    expect(importFiles('', [{ name: 'w.yaml', text: exportWorkspace(first.text) }], 'replace')).toMatchObject({
      text: first.text,
    });
  });
});

describe('exportPolicies', () => {
  const result = exportPolicies(WORKSPACE);

  it('contains only NetworkPolicies, in kubectl-apply form', () => {
    const docs = parseAllDocuments(result.text).map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS() as Record<string, Loose>;
    });
    expect(docs.map((d) => `${d.metadata.namespace}/${d.metadata.name}`)).toEqual([
      'shop/default-deny',
      'billing/allow-web',
      'default/loose',
    ]);
    for (const d of docs) {
      expect(Object.keys(d).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
      expect(d.apiVersion).toBe('networking.k8s.io/v1');
      expect(d.kind).toBe('NetworkPolicy');
    }
    expect(docs[1].metadata).toEqual({ name: 'allow-web', namespace: 'billing', labels: { team: 'payments' } });
    expect(result.skipped).toEqual([]);
  });

  it('keeps the comments of the exported documents and a clean policy byte for byte', () => {
    for (const comment of [
      '# Deny everything into shop unless allowed below',
      '# all pods',
      '# owners',
      '# the shop may pay',
      '# No namespace',
    ]) {
      expect(result.text).toContain(comment);
    }
    expect(result.policies[0].text).toBe(
      WORKSPACE.slice(WORKSPACE.indexOf('# Deny'), WORKSPACE.indexOf('---\napiVersion: apps/v1')),
    );
    expect(result.text).not.toContain('Workspace header');
  });

  it('imports back to the same policies', () => {
    const back = importFiles('', [{ name: 'policies.yaml', text: result.text }], 'replace');
    expect(back).toMatchObject({ text: result.text });
  });

  it('skips documents that are not Kubernetes NetworkPolicies or cannot be applied', () => {
    const r = exportPolicies(
      '# calico\napiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: a}\n---\n# nameless\nkind: NetworkPolicy\nmetadata: {}\n',
    );
    expect(r.policies).toEqual([]);
    expect(r.skipped).toEqual([
      { line: 2, reason: 'apiVersion projectcalico.org/v3 is not a Kubernetes NetworkPolicy' },
      { line: 7, reason: 'the policy has no metadata.name' },
    ]);
  });
});

describe('exportPoliciesZip', () => {
  it('holds <namespace>/<name>.yaml per policy, each parsing to that policy with its comments', () => {
    const { zip, files } = exportPoliciesZip(WORKSPACE, { mtime: new Date('2024-01-01T00:00:00Z') });
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual([
      'billing/allow-web.yaml',
      'default/loose.yaml',
      'shop/default-deny.yaml',
    ]);
    expect(files.sort()).toEqual(Object.keys(entries).sort());
    const policies = exportPolicies(WORKSPACE).policies;
    for (const p of policies) {
      const text = strFromU8(entries[`${p.namespace}/${p.name}.yaml`]);
      const doc = parseDocument(text);
      expect(doc.errors).toEqual([]);
      expect(doc.toJS()).toMatchObject({ kind: 'NetworkPolicy', metadata: { name: p.name, namespace: p.namespace } });
      expect(doc.toJS()).toEqual(parseDocument(p.text).toJS());
      expect(text).toMatch(/^# /); // every fixture policy starts with a comment
    }
    const deny = parseDocument(strFromU8(entries['shop/default-deny.yaml'])).toJS();
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
  });

  it('keeps the last of two policies with the same namespace/name and says so', () => {
    const twice = `# v1\nkind: NetworkPolicy\nmetadata: {name: a, namespace: x}\nspec: {podSelector: {}}\n---\n# v2\nkind: NetworkPolicy\nmetadata: {name: a, namespace: x}\nspec: {podSelector: {matchLabels: {v: "2"}}}\n`;
    const { zip, skipped } = exportPoliciesZip(twice);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(['x/a.yaml']);
    expect(strFromU8(entries['x/a.yaml'])).toContain('# v2');
    expect(skipped).toEqual([{ line: 7, reason: 'x/a appears more than once; only the last one is in the zip' }]);
  });
});

describe('connectivity tables', () => {
  const rows = [
    { src: 'shop/web[Deployment]', dst: 'shop/api[Deployment]', conns: 'TCP 8080' },
    { src: '0.0.0.0-255.255.255.255', dst: 'shop/web[Deployment]', conns: ['TCP 80', 'UDP 53'] },
    { src: 'odd "name"', dst: 'multi\nline', conns: 'a|b' },
  ];

  it('writes RFC 4180 CSV', () => {
    expect(connectivityCsv(rows)).toBe(
      'src,dst,conn\r\n' +
        'shop/web[Deployment],shop/api[Deployment],TCP 8080\r\n' +
        '0.0.0.0-255.255.255.255,shop/web[Deployment],"TCP 80,UDP 53"\r\n' +
        '"odd ""name""","multi\nline",a|b\r\n',
    );
  });

  it('takes connlistEntries() rows (with `conn`) as they are', () => {
    expect(connectivityCsv([{ src: 'a/b[Pod]', dst: 'c/d[Pod]', conn: 'All Connections' }])).toBe(
      'src,dst,conn\r\na/b[Pod],c/d[Pod],All Connections\r\n',
    );
  });

  it('writes a Markdown table with escaped pipes', () => {
    expect(connectivityMarkdown(rows)).toBe(
      '| src | dst | conn |\n' +
        '|-----|-----|------|\n' +
        '| shop/web[Deployment] | shop/api[Deployment] | TCP 8080 |\n' +
        '| 0.0.0.0-255.255.255.255 | shop/web[Deployment] | TCP 80,UDP 53 |\n' +
        '| odd "name" | multi<br>line | a\\|b |\n',
    );
  });
});
