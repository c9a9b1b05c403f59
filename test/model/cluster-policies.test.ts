/**
 * Cluster-scoped policies: the explain chain says which layer decided, and hostile or invalid
 * cluster policies get a positioned message (lint) and a one-line refusal (connlist), never a crash.
 */
import { describe, expect, it } from 'vitest';
import { explainFlow } from '../../src/model/analysis/explain.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { run } from '../../src/cli/main.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PODS = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: data, labels: {app: db}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 5432}]}]}
`;

const ANP_PASS = `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: allow-monitoring}
spec:
  priority: 10
  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: data}}}
  ingress:
  - name: pass-shop
    action: Pass
    from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: shop}}}]
`;

const NP_DB = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-ingress, namespace: data}
spec:
  podSelector: {}
  ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 5432}]}]
`;

const load = (...docs: string[]) => loadWorkspace([{ name: 'w.yaml', text: docs.join('---\n') }]);

describe('explain with cluster policies', () => {
  it('a flow decided by Pass shows ANP → Pass → NetworkPolicy → allowed', () => {
    const e = explainFlow(load(PODS, ANP_PASS, NP_DB), 'shop/web', 'data/db', { protocol: 'TCP', port: 5432 });
    expect(e.allowed).toBe(true);
    const [chain] = e.chain!.ingress;
    expect(chain.links.map((l) => [l.layer, l.policy, l.action])).toEqual([
      ['Admin', 'AdminNetworkPolicy allow-monitoring', 'Pass'],
      ['NetworkPolicy', 'data/db-ingress', undefined],
    ]);
    expect(chain.text).toBe(
      'AdminNetworkPolicy allow-monitoring (prio 10) ingress[0] "pass-shop" → Pass → NetworkPolicy data/db-ingress → allowed',
    );
  });

  it('a port the NetworkPolicy does not allow after Pass is denied there', () => {
    const e = explainFlow(load(PODS, ANP_PASS, NP_DB), 'shop/web', 'data/db', { protocol: 'TCP', port: 22 });
    expect(e.allowed).toBe(false);
    expect(e.summaryLines).toContain(
      'Ingress decision: AdminNetworkPolicy allow-monitoring (prio 10) ingress[0] "pass-shop" → Pass → NetworkPolicy data/db-ingress → denied.',
    );
  });

  it('without a NetworkPolicy the passed flow falls to the baseline, here a Deny', () => {
    const banp = `apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
  subject: {namespaces: {}}
  ingress: [{action: Deny, from: [{namespaces: {}}]}]
`;
    const e = explainFlow(load(PODS, ANP_PASS, banp), 'shop/web', 'data/db', { protocol: 'TCP', port: 5432 });
    expect(e.allowed).toBe(false);
    expect(e.chain!.ingress[0].links.map((l) => l.layer)).toEqual(['Admin', 'Baseline']);
  });
});

/** One cluster policy document with `spec` written as given (indented under `spec:`). */
const anp = (spec: string, name = 'p', kind = 'AdminNetworkPolicy'): string =>
  `apiVersion: policy.networking.k8s.io/v1alpha1\nkind: ${kind}\nmetadata: {name: ${name}}\nspec:\n${spec}\n`;

const findings = (text: string) =>
  checkWorkspace(loadWorkspace([{ name: 'w.yaml', text }]))
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);

describe('hostile and invalid cluster policies', () => {
  const rule = (i: number) => `  - {name: r${i}, action: Deny, from: [{namespaces: {}}]}`;
  const cases: [string, string, string][] = [
    [
      'priority out of range',
      anp('  priority: 1001\n  subject: {namespaces: {}}'),
      '5:13 error cluster-policy-priority',
    ],
    [
      '26 rules',
      anp(
        `  priority: 1\n  subject: {namespaces: {}}\n  ingress:\n${Array.from({ length: 26 }, (_, i) => rule(i)).join('\n')}`,
      ),
      '33:5 error cluster-policy-limit',
    ],
    [
      'unknown action',
      anp('  priority: 1\n  subject: {namespaces: {}}\n  ingress: [{action: Maybe, from: [{namespaces: {}}]}]'),
      '7:22 error cluster-policy-action',
    ],
    [
      'a BaselineAdminNetworkPolicy not named default',
      anp('  subject: {namespaces: {}}', 'mine', 'BaselineAdminNetworkPolicy'),
      '3:18 error banp-name',
    ],
    [
      'a rule without peers',
      anp('  priority: 1\n  subject: {namespaces: {}}\n  egress: [{action: Deny}]'),
      '7:12 error cluster-policy-peers',
    ],
    ['garbage spec', anp('  "just text"'), '5:3 error wrong-type'],
    [
      'a peer setting two fields',
      anp(
        '  priority: 1\n  subject: {namespaces: {}}\n  egress: [{action: Deny, to: [{namespaces: {}, networks: [10.0.0.0/8]}]}]',
      ),
      '7:49 error cluster-policy-one-of',
    ],
  ];
  it.each(cases)('%s: a finding at its position', (_, text, expected) => {
    expect(findings(text)).toContain(expected);
  });

  it('deep garbage values are reported, not crashed on', () => {
    const deep = `${'['.repeat(200)}1${']'.repeat(200)}`;
    const text = anp(`  priority: ${deep}\n  subject: {namespaces: ${deep}}\n  ingress: ${deep}`);
    expect(findings(text).some((f) => f.endsWith('wrong-type'))).toBe(true);
  });

  it('connlist refuses a broken cluster policy in one line with its position', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anp-'));
    writeFileSync(
      join(dir, 'p.yaml'),
      anp('  priority: 1\n  subject: {namespaces: {}}\n  ingress: [{action: Maybe, from: [{namespaces: {}}]}]'),
    );
    let stdout = '';
    let stderr = '';
    const io = {
      ...(await import('../../src/cli/main.ts')).nodeIO(),
      stdout: (t: string) => void (stdout += t),
      stderr: (t: string) => void (stderr += t),
    };
    const code = await run(['connlist', dir], io);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^netpol-studio: .*p\.yaml:7:22: cannot analyse: spec\.ingress\[0\]\.action "Maybe" is an unrecognized action[^\n]*\n$/,
    );
  });
});
