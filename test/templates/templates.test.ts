import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  getTemplate,
  insertTemplate,
  TEMPLATES,
  TemplateParamError,
  validateTemplateParams,
} from '../../src/model/templates/index.ts';

// Manifests read back from YAML are loosely typed on purpose; the assertions check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const CLUSTER_SCOPED = ['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy'];
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function parseDocs(text: string): Record<string, Loose>[] {
  return parseAllDocuments(text).map((d) => {
    expect(d.errors, text).toEqual([]);
    expect(d.warnings).toEqual([]);
    return d.toJS() as Record<string, Loose>;
  });
}

describe('templates gallery', () => {
  it('has the promised templates with unique ids and a namespace parameter', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'default-deny-ingress',
      'default-deny-egress',
      'default-deny-all',
      'allow-dns-egress',
      'allow-same-namespace',
      'allow-from-namespace',
      'allow-from-monitoring',
      'allow-egress-cidr',
      'three-tier-app',
      'admin-deny-into-namespace',
      'admin-allow-monitoring',
      'baseline-deny-ingress',
    ]);
    for (const t of TEMPLATES) {
      // The one cluster-wide default (a BaselineAdminNetworkPolicy named "default") concerns no namespace.
      if (t.id !== 'baseline-deny-ingress') expect(t.params.map((p) => p.id)).toContain('namespace');
      expect(t.title.length).toBeGreaterThan(3);
      expect(t.description.length).toBeGreaterThan(20);
    }
  });

  // Awkward namespaces too: YAML would read `123` as a number and `no` as a boolean if unquoted.
  for (const namespace of ['team-a', '123', 'no', 'null']) {
    it(`renders every template into valid, commented objects in namespace "${namespace}"`, () => {
      for (const t of TEMPLATES) {
        const text = t.render({ namespace });
        expect(text.endsWith('\n')).toBe(true);
        expect(text).toMatch(/^# /m);
        const docs = parseDocs(text);
        expect(docs.length).toBeGreaterThan(0);
        for (const d of docs) {
          expect(typeof d.apiVersion).toBe('string');
          expect(typeof d.kind).toBe('string');
          expect(d.metadata.name).toMatch(DNS1123_SUBDOMAIN);
          expect(d.metadata.name.length).toBeLessThanOrEqual(253);
          // Cluster-scoped policies have no namespace; namespaced objects are in the chosen one.
          if (CLUSTER_SCOPED.includes(d.kind)) expect(d.metadata.namespace).toBeUndefined();
          else expect(d.metadata.namespace).toBe(namespace);
          if (d.kind === 'NetworkPolicy') {
            expect(d.apiVersion).toBe('networking.k8s.io/v1');
            expect(d.spec.podSelector).toBeTypeOf('object');
          }
        }
      }
    });
  }

  it('allows DNS to kube-dns in kube-system on UDP and TCP 53, in one peer', () => {
    const [policy] = parseDocs(getTemplate('allow-dns-egress')!.render({ namespace: 'app' }));
    expect(policy.spec.policyTypes).toEqual(['Egress']);
    expect(policy.spec.egress).toEqual([
      {
        to: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          },
        ],
        ports: [
          { protocol: 'UDP', port: 53 },
          { protocol: 'TCP', port: 53 },
        ],
      },
    ]);
  });

  it('uses the parameters of "allow from one namespace" and "allow from monitoring"', () => {
    const [fromNs] = parseDocs(getTemplate('allow-from-namespace')!.render({ namespace: 'api', from: 'web' }));
    expect(fromNs.metadata.name).toBe('allow-from-web');
    expect(fromNs.spec.ingress[0].from).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'web' } } },
    ]);
    const [mon] = parseDocs(getTemplate('allow-from-monitoring')!.render({ namespace: 'api', port: '9100' }));
    expect(mon.spec.ingress[0]).toEqual({
      from: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
          podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
        },
      ],
      ports: [{ protocol: 'TCP', port: 9100 }],
    });
    const [named] = parseDocs(getTemplate('allow-from-monitoring')!.render({ namespace: 'api' }));
    expect(named.spec.ingress[0].ports).toEqual([{ protocol: 'TCP', port: 'metrics' }]);
  });

  it('excepts the cloud metadata address only where it lies inside the CIDR', () => {
    const render = (cidr: string, port?: string) =>
      parseDocs(getTemplate('allow-egress-cidr')!.render({ namespace: 'x', cidr, port }))[0].spec.egress[0];
    expect(render('0.0.0.0/0')).toEqual({
      to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }],
      ports: [{ protocol: 'TCP', port: 443 }],
    });
    expect(render('169.254.0.0/16').to[0].ipBlock.except).toEqual(['169.254.169.254/32']);
    expect(render('10.0.0.0/8').to[0].ipBlock).toEqual({ cidr: '10.0.0.0/8' });
    expect(render('169.254.169.254/32').to[0].ipBlock).toEqual({ cidr: '169.254.169.254/32' });
    expect(render('2001:db8::/32', '').to[0].ipBlock).toEqual({ cidr: '2001:db8::/32' });
    expect(render('2001:db8::/32', '')).not.toHaveProperty('ports');
  });

  it('builds a three-tier app whose policies name ports the workloads declare', () => {
    const docs = parseDocs(getTemplate('three-tier-app')!.render({ namespace: 'shop' }));
    const workloads = docs.filter((d) => d.kind === 'Deployment');
    const policies = docs.filter((d) => d.kind === 'NetworkPolicy');
    expect(workloads.map((w) => w.metadata.name)).toEqual(['web', 'api', 'db']);
    expect(policies.map((p) => p.metadata.name)).toEqual(['default-deny-all', 'allow-dns-egress', 'web', 'api', 'db']);
    const portNames = new Set(
      workloads.flatMap((w) =>
        w.spec.template.spec.containers.flatMap((c: Loose) => c.ports.map((p: Loose) => p.name)),
      ),
    );
    const used = policies
      .flatMap((p) => [...(p.spec.ingress ?? []), ...(p.spec.egress ?? [])])
      .flatMap((r: Loose) => r.ports ?? []);
    for (const p of used) if (typeof p.port === 'string') expect(portNames).toContain(p.port);
    for (const w of workloads) expect(w.spec.selector.matchLabels).toEqual({ tier: w.metadata.name });
  });

  it('rejects invalid parameters with messages for the form', () => {
    const t = getTemplate('allow-egress-cidr')!;
    expect(
      validateTemplateParams(t, { namespace: 'Bad_NS', cidr: '10.0.0.1/8', port: '70000' }).map((p) => p.param),
    ).toEqual(['namespace', 'cidr', 'port']);
    expect(validateTemplateParams(t, { namespace: 'ok' })).toEqual([]);
    expect(() => t.render({ namespace: 'x', cidr: 'not-a-cidr' })).toThrow(TemplateParamError);
    expect(() => getTemplate('allow-from-namespace')!.render({ namespace: 'x', from: 'a b' })).toThrow(
      /Source namespace must be a namespace name/,
    );
  });
});

describe('insertTemplate', () => {
  const existing = '# my policies\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a # owned by team A\n';

  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace only', '  \n\n'],
    ['ending with a newline', existing],
    ['without a final newline', existing.trimEnd()],
    ['ending with ---', `${existing}---`],
    ['ending with ---\\n', `${existing}---\n`],
    ['ending with ... and blank lines', `${existing}...\n\n`],
    ['a comment only', '# notes for later\n'],
  ];

  for (const [label, current] of cases) {
    it(`appends as new documents to a text ${label}, as one splice`, () => {
      const { text, change } = insertTemplate(current, 'default-deny-all', { namespace: 'team-a' });
      expect(current.slice(0, change.offset) + change.insert + current.slice(change.end)).toBe(text);
      if (current.trim() !== '') {
        expect(change.offset).toBe(current.length);
        expect(text.startsWith(current)).toBe(true); // existing bytes untouched
      }
      const docs = parseAllDocuments(text);
      docs.forEach((d) => expect(d.errors).toEqual([]));
      const objects = docs.map((d) => d.toJS()).filter((o) => o !== null);
      expect(objects.at(-1)).toMatchObject({
        kind: 'NetworkPolicy',
        metadata: { name: 'default-deny-all', namespace: 'team-a' },
      });
      const before = parseAllDocuments(current)
        .map((d) => d.toJS())
        .filter((o) => o !== null);
      expect(objects).toHaveLength(before.length + 1);
      // No empty document sneaks in between (e.g. `---\n---`).
      expect(text).not.toMatch(/^---\s*\n---/m);
      expect(text).toContain('# Remember DNS');
    });
  }

  it('keeps CRLF line endings', () => {
    const crlf = existing.replace(/\n/g, '\r\n');
    const { text } = insertTemplate(crlf, 'allow-dns-egress', { namespace: 'team-a' });
    expect(text.startsWith(crlf)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('inserts a multi-document template after the current documents', () => {
    const { text } = insertTemplate(existing, 'three-tier-app', { namespace: 'shop' });
    const kinds = parseAllDocuments(text).map((d) => (d.toJS() as { kind: string }).kind);
    expect(kinds).toEqual([
      'Namespace',
      'Deployment',
      'Deployment',
      'Deployment',
      'NetworkPolicy',
      'NetworkPolicy',
      'NetworkPolicy',
      'NetworkPolicy',
      'NetworkPolicy',
    ]);
  });

  it('fails clearly for an unknown template or invalid parameters', () => {
    expect(() => insertTemplate('', 'nope', { namespace: 'a' })).toThrow('Unknown template "nope".');
    expect(() => insertTemplate('', 'default-deny-all', { namespace: '' })).toThrow(TemplateParamError);
  });
});
