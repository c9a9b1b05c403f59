/**
 * Lint quick fixes: each diagnostic with an unambiguous fix gets its PolicyEdit, and applying it
 * removes the diagnostic, changes only what it must and keeps every comment.
 */
import { describe, expect, it } from 'vitest';
import { quickFixFor } from '../../src/model/edits/quick-fix.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { applyEdit } from '../../src/sync/index.ts';

const FILE = 'workspace.yaml';
const wsOf = (text: string) => loadWorkspace([{ name: FILE, text }]);

/** Applies the quick fix of the one diagnostic with `rule`; returns the new text. */
function fix(text: string, rule: string): { title: string; text: string } {
  const ws = wsOf(text);
  const found = checkWorkspace(ws).filter((d) => d.rule === rule);
  expect(found, rule).toHaveLength(1);
  const qf = quickFixFor(ws, found[0]);
  if (!qf) throw new Error(`no quick fix for ${rule}`);
  const out = applyEdit(text, qf.edit, { workspace: ws });
  if ('error' in out) throw new Error(out.error);
  expect(checkWorkspace(wsOf(out.text)).filter((d) => d.rule === rule)).toEqual([]);
  return { title: qf.title, text: out.text };
}

const comments = (text: string) => text.split('\n').filter((l) => l.trim().startsWith('#'));

const HEAD = `# keep: header
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
---
`;

describe('quick fixes', () => {
  it('adds a DNS egress rule', () => {
    const text = `${HEAD}# keep: policy
kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata: {name: out, namespace: shop}
spec:
  podSelector: {} # keep: selector
  policyTypes: [Egress]
  egress:
  # keep: rule
  - to: [{podSelector: {}}]
    ports: [{port: 443}]
`;
    const out = fix(text, 'no-dns-egress');
    expect(out.title).toBe('Add a DNS egress rule');
    expect(comments(out.text)).toEqual(comments(text));
    expect(out.text).toContain('podSelector: {} # keep: selector');
    expect(out.text.startsWith(text.slice(0, text.indexOf('    ports: [{port: 443}]')))).toBe(true);
    const rules = wsOf(out.text).policies[0].egress;
    expect(rules).toHaveLength(2);
    expect(rules[1].ports.map((p) => `${p.protocol} ${p.port}`)).toEqual(['UDP 53', 'TCP 53']);
    expect(rules[1].peers[0].namespaceSelector?.matchLabels).toEqual({ 'kubernetes.io/metadata.name': 'kube-system' });
  });

  it('merges a split namespaceSelector / podSelector into one peer', () => {
    const text = `${HEAD}kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata: {name: in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from:
    # keep: the namespace
    - namespaceSelector:
        matchLabels: {team: ops} # keep: team
    - podSelector:
        matchLabels: {app: prom}
`;
    const out = fix(text, 'split-peer');
    expect(out.title).toBe('Merge into one peer (AND)');
    expect(comments(out.text)).toEqual(comments(text));
    expect(out.text).toContain('matchLabels: {team: ops} # keep: team');
    const peers = wsOf(out.text).policies[0].ingress[0].peers;
    expect(peers).toHaveLength(1);
    expect(peers[0].namespaceSelector?.matchLabels).toEqual({ team: 'ops' });
    expect(peers[0].podSelector?.matchLabels).toEqual({ app: 'prom' });
  });

  it('adds the policyTypes a policy has rules for', () => {
    const text = `${HEAD}kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata: {name: both, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Ingress] # keep: types
  ingress: [{}]
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8}}] # keep: egress
`;
    const out = fix(text, 'policy-types-omit-rules');
    expect(out.title).toBe('Add the missing policyTypes');
    expect(comments(out.text)).toEqual(comments(text));
    expect(out.text).toContain('# keep: egress');
    expect(wsOf(out.text).policies[0].policyTypes).toEqual({ ingress: true, egress: true });
  });

  it('swaps a reversed port / endPort, and drops endPort beside a named port', () => {
    const text = `${HEAD}kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata: {name: ports, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - ports:
    - port: 9000 # keep: start
      endPort: 8000
    - port: http
      endPort: 90 # named
`;
    const swapped = fix(text, 'endport-before-port');
    expect(swapped.title).toBe('Swap port and endPort');
    expect(swapped.text).toContain('port: 8000 # keep: start\n      endPort: 9000\n');
    const dropped = fix(swapped.text, 'endport-named-port');
    expect(dropped.title).toBe('Remove endPort');
    expect(dropped.text).toContain('    - port: http\n');
    expect(dropped.text).not.toContain('endPort: 90 ');
    expect(wsOf(dropped.text).policies[0].ingress[0].ports.map((p) => [p.port, p.endPort])).toEqual([
      [8000, 9000],
      ['http', undefined],
    ]);
  });

  it('offers nothing for a problem without an unambiguous fix', () => {
    const text = `${HEAD}kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata: {name: none, namespace: shop}
spec:
  podSelector: {matchLabels: {app: nobody}}
  ingress:
  - ports: [{endPort: 90}]
`;
    const ws = wsOf(text);
    const ds = checkWorkspace(ws);
    expect(ds.map((d) => d.rule)).toEqual(expect.arrayContaining(['selects-nothing', 'endport-without-port']));
    expect(ds.map((d) => quickFixFor(ws, d))).toEqual(ds.map(() => undefined));
  });
});
