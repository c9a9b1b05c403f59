import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { importFiles, importFilesAsync, type ImportResult } from '../../src/model/io/import.ts';

// Manifests read back from YAML are loosely typed on purpose; the assertions check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** The documents of a text as plain data, for comparing meaning rather than bytes. */
function objects(text: string): unknown[] {
  return parseAllDocuments(text).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS();
  });
}

function textOf(r: ImportResult): string {
  if ('error' in r) throw new Error(`unexpected import error: ${JSON.stringify(r.error)}`);
  return r.text;
}

const WORKSPACE = `# Shop workspace: the frontend and its policy
apiVersion: v1
kind: Namespace
metadata:
  name: shop # the app's namespace
---
# Only the frontend may call the api
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels: {app: api} # flow style kept as written
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: web
`;

// What `kubectl get pods -n shop -o json` prints, trimmed: items carry no kind/apiVersion.
const KUBECTL_PODS_JSON = JSON.stringify(
  {
    apiVersion: 'v1',
    kind: 'PodList',
    metadata: { resourceVersion: '' },
    items: [
      {
        metadata: {
          name: 'web-7d9f-abcde',
          namespace: 'shop',
          uid: '3f1c',
          resourceVersion: '48211',
          creationTimestamp: '2024-05-01T10:00:00Z',
          generateName: 'web-7d9f-',
          labels: { app: 'web', 'pod-template-hash': '7d9f' },
          annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"big":"json"}' },
          managedFields: [{ manager: 'kube-controller-manager', operation: 'Update' }],
          ownerReferences: [
            { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9f', uid: '9a0b', controller: true },
          ],
        },
        spec: {
          containers: [
            { name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] },
          ],
        },
        status: { phase: 'Running', podIP: '10.1.2.3' },
      },
    ],
  },
  null,
  2,
);

describe('importFiles: replace', () => {
  it('keeps a YAML file exactly as written, comments included', () => {
    const text = textOf(importFiles('old: workspace\n', [{ name: 'shop.yaml', text: WORKSPACE }], 'replace'));
    expect(text).toBe(WORKSPACE);
    expect(text).toContain('# Only the frontend may call the api');
    expect(text).toContain("# the app's namespace");
  });

  it('joins several files into one multi-document workspace', () => {
    const a = '# file a\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n';
    const b = '# file b\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b'; // no final newline
    const text = textOf(
      importFiles(
        '',
        [
          { name: 'a.yml', text: a },
          { name: 'b.yaml', text: b },
        ],
        'replace',
      ),
    );
    expect(text).toBe(`${a}---\n${b}`);
    expect(objects(text).map((o) => (o as { metadata: { name: string } }).metadata.name)).toEqual(['a', 'b']);
  });

  it('converts kubectl JSON output to YAML, unwraps the PodList and strips cluster noise', () => {
    const r = importFiles('', [{ name: 'pods.json', text: KUBECTL_PODS_JSON }], 'replace');
    const text = textOf(r);
    expect(text).not.toMatch(/^\s*[{[]/); // block YAML, not JSON
    const [pod] = objects(text) as Record<string, Loose>[];
    expect(pod.kind).toBe('Pod');
    expect(pod.apiVersion).toBe('v1');
    expect(pod.metadata).toEqual({
      name: 'web-7d9f-abcde',
      namespace: 'shop',
      generateName: 'web-7d9f-',
      labels: { app: 'web', 'pod-template-hash': '7d9f' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9f', uid: '9a0b', controller: true }],
    });
    expect(pod.status).toBeUndefined();
    expect(pod.spec.containers[0].ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect('summary' in r && r.summary).toEqual({ documents: 1, replaced: 0, cleaned: 1, ignored: 0 });
  });

  it("unwraps a YAML List into documents, keeping the comments and each item's own kind", () => {
    const list = `# kubectl get deploy,svc -o yaml
apiVersion: v1
kind: List
items:
# the web deployment
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web # serves the shop
    namespace: shop
    uid: 1111
    resourceVersion: "9"
    generation: 3
  spec:
    template:
      metadata:
        creationTimestamp: null
        labels:
          app: web
      spec:
        containers:
        - name: web
          ports:
          - containerPort: 8080 # plain http
  status:
    replicas: 1
- apiVersion: v1
  kind: Service
  metadata:
    name: web
    namespace: shop
metadata:
  resourceVersion: ""
`;
    const text = textOf(importFiles('', [{ name: 'dump.yaml', text: list }], 'replace'));
    const docs = objects(text) as Record<string, Loose>[];
    expect(docs.map((d) => d.kind)).toEqual(['Deployment', 'Service']);
    expect(docs[0].metadata).toEqual({ name: 'web', namespace: 'shop' });
    expect(docs[0].spec.template.metadata).toEqual({ labels: { app: 'web' } });
    expect(docs[0].spec.template.spec.containers[0].ports).toEqual([{ containerPort: 8080 }]);
    expect(docs[0].status).toBeUndefined();
    for (const comment of [
      '# kubectl get deploy,svc -o yaml',
      '# the web deployment',
      '# serves the shop',
      '# plain http',
    ]) {
      expect(text).toContain(comment);
    }
  });

  it('fills kind and apiVersion of typed list items from the list kind', () => {
    const list = `# policies of the shop namespace
apiVersion: networking.k8s.io/v1
kind: NetworkPolicyList
items:
  - metadata: {name: deny, namespace: shop}
    spec: {podSelector: {}}
`;
    const [policy] = objects(textOf(importFiles('', [{ name: 'np.yaml', text: list }], 'replace'))) as Record<
      string,
      Loose
    >[];
    expect(policy).toMatchObject({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'deny', namespace: 'shop' },
    });
  });

  it('ignores a byte-order mark at the start of a file', () => {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'bom' } };
    const yaml = '# saved on Windows\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: bom\n';
    const text = textOf(
      importFiles(
        '',
        [
          { name: 'a.json', text: `\uFEFF${JSON.stringify(ns)}` },
          { name: 'b.yaml', text: `\uFEFF${yaml}` },
        ],
        'replace',
      ),
    );
    expect(text).not.toContain('\uFEFF');
    expect(objects(text)).toEqual([ns, ns]);
    expect(text).toContain('# saved on Windows');
  });

  it('accepts JSON pasted into a .yaml file and a top-level JSON array', () => {
    const flow =
      '# pasted from kubectl\n{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "x", "uid": "u"}}\n';
    const arr = JSON.stringify([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'y' } }]);
    const text = textOf(
      importFiles(
        '',
        [
          { name: 'ns.yaml', text: flow },
          { name: 'more.json', text: arr },
        ],
        'replace',
      ),
    );
    expect(objects(text)).toEqual([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'y' } },
    ]);
    expect(text).not.toContain('{');
    expect(text).toContain('# pasted from kubectl');
  });
});

describe('importFiles: errors leave the workspace alone', () => {
  it('reports a YAML syntax error with file, line and column', () => {
    const bad = `# a broken file
apiVersion: v1
kind: Namespace
metadata:
  name: [broken
`;
    const r = importFiles(
      WORKSPACE,
      [
        { name: 'ok.yaml', text: WORKSPACE },
        { name: 'broken.yaml', text: bad },
      ],
      'merge',
    );
    expect('error' in r && r.error).toMatchObject({ file: 'broken.yaml', line: 6, column: 1 });
    expect('error' in r && r.error.message.length).toBeGreaterThan(5);
  });

  it('reports invalid JSON at the offending character', () => {
    const bad = '{\n  "apiVersion": "v1",\n  "kind": }\n';
    const r = importFiles('', [{ name: 'bad.json', text: bad }], 'replace');
    expect('error' in r && r.error).toEqual({
      file: 'bad.json',
      line: 3,
      column: 11,
      message: "This is not valid JSON: expected a value, found '}'.",
    });
  });

  it('reports an unterminated JSON document at its end', () => {
    const r = importFiles('', [{ name: 'cut.json', text: '{"kind": "Pod",\n "metadata": {"name": "a"' }], 'replace');
    expect('error' in r && r.error).toMatchObject({ file: 'cut.json', line: 2, column: 26 });
  });

  it('refuses files that are not YAML or JSON', () => {
    const png = importFiles('', [{ name: 'diagram.png', text: '\u0089PNG' }], 'replace');
    expect('error' in png && png.error.message).toBe('Only .yaml, .yml and .json files can be imported.');
  });

  // Issue 12: Import reads what the editor reads; the editor ignores a plain value with a note (not-a-manifest).
  it('keeps a plain value as written and counts it as ignored, as the editor would read it', () => {
    const scalar = importFiles('', [{ name: 'note.yaml', text: '# just words\nhello world\n' }], 'replace');
    expect(scalar).toEqual({
      text: '# just words\nhello world\n',
      summary: { documents: 0, replaced: 0, cleaned: 0, ignored: 1 },
    });
  });
});

describe('importFiles: merge', () => {
  const updatedPolicy = `# api now also accepts the admin pods
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: admin
`;

  it('replaces the same-named object in place and keeps every other document byte-identical', () => {
    const r = importFiles(WORKSPACE, [{ name: 'update.yaml', text: updatedPolicy }], 'merge');
    const text = textOf(r);
    const nsDoc = WORKSPACE.slice(0, WORKSPACE.indexOf('---'));
    expect(text.startsWith(nsDoc)).toBe(true);
    expect(text).toBe(`${nsDoc}---\n${updatedPolicy}`);
    expect(text).not.toContain('# Only the frontend may call the api');
    expect('summary' in r && r.summary.replaced).toBe(1);
  });

  it('appends objects that are new (other namespace, other API group) and keeps existing comments', () => {
    const otherNs = updatedPolicy.replace('namespace: shop', 'namespace: staging');
    const calico = `# a Calico policy shares the kind name but is another object
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: shop
spec: {}
`;
    const text = textOf(
      importFiles(
        WORKSPACE,
        [
          { name: 'staging.yaml', text: otherNs },
          { name: 'calico.yaml', text: calico },
        ],
        'merge',
      ),
    );
    expect(text).toBe(`${WORKSPACE}---\n${otherNs}---\n${calico}`);
    expect(objects(text)).toHaveLength(4);
  });

  it('is idempotent: merging the same file twice gives the same workspace', () => {
    const once = textOf(importFiles(WORKSPACE, [{ name: 'u.yaml', text: updatedPolicy }], 'merge'));
    const twice = textOf(importFiles(once, [{ name: 'u.yaml', text: updatedPolicy }], 'merge'));
    expect(twice).toBe(once);
  });

  it('treats a missing namespace as default when matching', () => {
    const current =
      '# ns-less policy\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\nspec: {podSelector: {}}\n';
    const incoming =
      '# explicit default\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\n  namespace: default\nspec: {podSelector: {}}\n';
    expect(textOf(importFiles(current, [{ name: 'p.yaml', text: incoming }], 'merge'))).toBe(incoming);
  });

  it('appends after a workspace that ends with a bare --- without leaving an empty document', () => {
    const current = '# first\na: 1\n---\n';
    const text = textOf(
      importFiles(current, [{ name: 'n.yaml', text: '# ns\nkind: Namespace\nmetadata:\n  name: n\n' }], 'merge'),
    );
    expect(text).toBe('# first\na: 1\n---\n# ns\nkind: Namespace\nmetadata:\n  name: n\n');
  });
});

describe('importFilesAsync', () => {
  const files = Array.from({ length: 5 }, (_, i) => ({
    name: `ns-${i}.yaml`,
    text: `# namespace ${i}\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${i}\n`,
  }));

  it('reports progress per file and gives the same result as the sync import', async () => {
    const progress: [number, number][] = [];
    const r = await importFilesAsync('', files, 'replace', { onProgress: (d, t) => progress.push([d, t]) });
    expect(progress).toEqual([1, 2, 3, 4, 5].map((d) => [d, 5]));
    expect(r).toEqual(importFiles('', files, 'replace'));
  });

  it('stops when cancelled and applies nothing', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const r = await importFilesAsync('current', files, 'merge', {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done === 2) controller.abort();
      },
    });
    expect(r).toEqual({ cancelled: true });
    expect(seen).toEqual([1, 2]);
  });

  it('returns the error of the first file that does not parse', async () => {
    const r = await importFilesAsync(
      '',
      [...files.slice(0, 2), { name: 'bad.yaml', text: '# unfinished\na: [\n' }],
      'replace',
    );
    expect('error' in r && r.error.file).toBe('bad.yaml');
  });
});
