/**
 * The graph and the validator read the same NetworkPolicies: one of every
 * accepted apiVersion is drawn and validated, one of any other group or
 * version is neither and says why. (The workspace once drew any
 * networking.k8s.io/* policy that the validator never checked.)
 */
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/graph/index.ts';
import { exportPolicies } from '../../src/model/io/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';

const WEB = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
`;

/** A policy selecting the web pod, with an invalid port (0) on its only rule, at line 10 of its document. */
const policy = (apiVersionLine: string, name: string) => `${apiVersionLine}
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: shop
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
    - ports:
        - port: 0
`;

function load(doc: string) {
  const ws = loadWorkspace([{ name: 'w.yaml', text: `${WEB}---\n${doc}` }]);
  return { ws, graph: deriveGraph(ws), diagnostics: checkWorkspace(ws) };
}

describe('which NetworkPolicies are read', () => {
  const accepted: [string, string][] = [
    ['networking.k8s.io/v1', 'apiVersion: networking.k8s.io/v1'],
    ['networking.k8s.io/v1beta1', 'apiVersion: networking.k8s.io/v1beta1'],
    ['extensions/v1beta1', 'apiVersion: extensions/v1beta1'],
    ['a missing apiVersion (read as Kubernetes)', '# no apiVersion'],
  ];
  for (const [what, line] of accepted) {
    it(`${what}: drawn and validated`, () => {
      const { ws, graph, diagnostics } = load(policy(line, 'p'));
      expect(ws.policies.map((p) => [p.id, p.group])).toEqual([['shop/p', 'networking.k8s.io']]);
      expect(graph.nodes.find((n) => n.label === 'web')?.selectedBy).toEqual(['shop/p']);
      // The invalid port sits at line 14 of the file (the Pod's 3 lines and `---` come first).
      expect(diagnostics.filter((d) => d.rule === 'invalid-port').map((d) => d.line)).toEqual([14]);
      expect(diagnostics.filter((d) => d.rule === 'ignored-kind')).toEqual([]);
    });
  }

  it('items of a NetworkPolicyList take its apiVersion: drawn and validated', () => {
    const list = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicyList
items:
  - metadata: {name: p, namespace: shop}
    spec:
      podSelector: {matchLabels: {app: web}}
      ingress: [{ports: [{port: 0}]}]
`;
    const { ws, graph, diagnostics } = load(list);
    expect(ws.policies.map((p) => [p.id, p.apiVersion])).toEqual([['shop/p', 'networking.k8s.io/v1']]);
    expect(graph.nodes.find((n) => n.label === 'web')?.selectedBy).toEqual(['shop/p']);
    expect(diagnostics.some((d) => d.rule === 'invalid-port')).toBe(true);
  });

  const ignored: [string, string, RegExp][] = [
    ['projectcalico.org/v3', 'apiVersion: projectcalico.org/v3', /not a Kubernetes networking\.k8s\.io policy/],
    ['networking.k8s.io/v2 (no such version)', 'apiVersion: networking.k8s.io/v2', /not a version this tool reads/],
  ];
  for (const [what, line, reason] of ignored) {
    it(`${what}: neither drawn nor validated, with an ignored-kind info`, () => {
      const { ws, graph, diagnostics } = load(policy(line, 'p'));
      expect(ws.policies).toEqual([]);
      expect(graph.nodes.find((n) => n.label === 'web')?.selectedBy).toEqual([]);
      expect(graph.edges).toEqual([]);
      expect(diagnostics.filter((d) => d.rule === 'invalid-port')).toEqual([]);
      const info = diagnostics.filter((d) => d.rule === 'ignored-kind');
      expect(info.map((d) => [d.severity, d.line])).toEqual([['info', 5]]);
      expect(info[0].message).toMatch(reason);
    });
  }

  it('items of a Calico NetworkPolicyList take its apiVersion: ignored', () => {
    const list = `apiVersion: projectcalico.org/v3
kind: NetworkPolicyList
items:
  - metadata: {name: p, namespace: shop}
    spec:
      ingress: [{ports: [{port: 0}]}]
`;
    const { ws, diagnostics } = load(list);
    expect(ws.policies).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === 'invalid-port')).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === 'ignored-kind')).toHaveLength(1);
  });

  it('export (kubectl-apply form) takes the policies the workspace reads, and skips the others', () => {
    const docs = [
      policy('apiVersion: networking.k8s.io/v1', 'a'),
      policy('apiVersion: networking.k8s.io/v1beta1', 'b'),
      policy('apiVersion: extensions/v1beta1', 'c'),
      policy('# no apiVersion', 'd'),
      policy('apiVersion: networking.k8s.io/v2', 'e'),
      policy('apiVersion: projectcalico.org/v3', 'f'),
    ];
    const r = exportPolicies(docs.join('---\n'));
    expect(r.policies.map((p) => p.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      'apiVersion networking.k8s.io/v2 is not a NetworkPolicy version this tool reads',
      'apiVersion projectcalico.org/v3 is not a Kubernetes NetworkPolicy',
    ]);
  });
});
