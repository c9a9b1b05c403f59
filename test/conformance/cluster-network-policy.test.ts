/**
 * ClusterNetworkPolicy (v1alpha2) has no external oracle. Two checks stand in for one:
 *
 * 1. Every netpol-analyzer AdminNetworkPolicy / BaselineAdminNetworkPolicy case, rewritten as
 *    ClusterNetworkPolicies by a YAML-level translator (cnp-translate.ts, independent of the
 *    project's reader), must give netpol-analyzer's connlist for the v1alpha1 original, and be
 *    accepted (no refusal) by the validator.
 * 2. Where v1alpha2 means something v1alpha1 cannot say — Pass in the Baseline tier, several
 *    Baseline policies, Accept — hand-written cases with expectations reasoned from the npep text
 *    (../shared/crds/npep-285-combine-crds.md and the CRD's field docs), quoted at each case.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { formatConnlist } from '../../src/model/analysis/connlist.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { CLUSTER_POLICY_REFUSALS, clusterPolicySetDiagnostics } from '../../src/model/validation/cluster-policy-set.ts';
import { validateSources } from '../../src/model/validation/index.ts';
import { translateToV1alpha2 } from './cnp-translate.ts';
import { readTree } from './oracle.ts';
import { caseDir, casesOf, expectedLines } from './second-wave-cases.ts';

const SET = 'netpol-analyzer-anp';
const cases = casesOf(SET);
const lines = (text: string): string[] => text.split('\n').filter((l) => l.length > 0);

describe.skipIf(cases.length === 0)('ClusterNetworkPolicy: the v1alpha1 oracle translated to v1alpha2', () => {
  it.each(cases)('%s: same connlist as netpol-analyzer on the v1alpha1 original', (c) => {
    const files = readTree(join(caseDir(SET, c), 'in')).map((f) => ({
      ...f,
      text: translateToV1alpha2(f.text) ?? f.text,
    }));
    const ws = loadWorkspace(files);
    const kinds = new Set((ws.clusterPolicies ?? []).map((p) => p.kind));
    expect([...kinds]).toEqual(['ClusterNetworkPolicy']);
    const refused = [...validateSources(ws.sources), ...clusterPolicySetDiagnostics(ws)].filter(
      (d) => d.severity === 'error' && CLUSTER_POLICY_REFUSALS.has(d.rule),
    );
    expect(refused).toEqual([]);
    expect(lines(formatConnlist(analyzeConnectivity(ws), 'txt'))).toEqual(expectedLines(SET, c));
  });
});

/** Namespaces a, b, c with one pod each (app=x, TCP 80), and the policies under test. */
function connlist(policies: string): string[] {
  const pods = ['a', 'b', 'c']
    .map(
      (ns) => `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: ${ns}, labels: {app: x}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
`,
    )
    .join('---\n');
  const ws = loadWorkspace([{ name: 'w.yaml', text: `${pods}---\n${policies}` }]);
  return lines(formatConnlist(analyzeConnectivity(ws), 'txt')).filter((l) => !l.includes('[External]'));
}

const cnp = (
  name: string,
  tier: string,
  priority: number,
  ingress: string,
): string => `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: ${name}}
spec:
  tier: ${tier}
  priority: ${priority}
  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: c}}}
  ingress:
${ingress}
`;
const fromNs = (ns: string): string => `    from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: ${ns}}}}]`;
const fromAll = '    from: [{namespaces: {}}]';

describe('ClusterNetworkPolicy: what v1alpha2 adds', () => {
  it('Pass in the Baseline tier skips the later Baseline rules and falls to the default (allowed)', () => {
    // CRD, action Pass: "Skips all further ClusterNetworkPolicy rules in the current tier for the selected
    // traffic, and passes evaluation to the next tier"; after Baseline comes the default tier, which
    // "allows all pods to communicate with each other". So a → c passes and is allowed, b → c is denied.
    const got = connlist(
      [
        cnp('pass-a', 'Baseline', 10, `  - action: Pass\n${fromNs('a')}`),
        cnp('deny-all', 'Baseline', 20, `  - action: Deny\n${fromAll}`),
      ].join('---\n'),
    );
    expect(got).toContain('a/p[Pod] => c/p[Pod] : All Connections');
    expect(got.some((l) => l.startsWith('b/p[Pod] => c/p[Pod]'))).toBe(false);
  });

  it('several Baseline policies are taken by priority: the lower number decides first', () => {
    // CRD, priority: "Policies with lower priority values have higher precedence, and are checked
    // before policies with higher priority values in the same tier." Deny at 5 beats Accept at 50.
    const got = connlist(
      [
        cnp('deny-b', 'Baseline', 5, `  - action: Deny\n${fromNs('b')}`),
        cnp('accept-all', 'Baseline', 50, `  - action: Accept\n${fromAll}`),
      ].join('---\n'),
    );
    expect(got).toContain('a/p[Pod] => c/p[Pod] : All Connections');
    expect(got.some((l) => l.startsWith('b/p[Pod] => c/p[Pod]'))).toBe(false);
  });

  it('a NetworkPolicy overrides the Baseline tier but not an Admin Accept', () => {
    // CRD, tier: "Baseline tier is a cluster-wide policy that can be overridden by the v1.NetworkPolicy";
    // "If Admin tier has made a final decision (Accept or Deny) on a connection, then no further
    // evaluation is done." The NetworkPolicy isolates c (no ingress rule); Admin accepts a only;
    // Baseline accepts b, which the NetworkPolicy overrides.
    const np = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-in, namespace: c}
spec: {podSelector: {}, policyTypes: [Ingress]}
`;
    const got = connlist(
      [
        np,
        cnp('accept-a', 'Admin', 1, `  - action: Accept\n${fromNs('a')}`),
        cnp('accept-b', 'Baseline', 1, `  - action: Accept\n${fromNs('b')}`),
      ].join('---\n'),
    );
    expect(got).toContain('a/p[Pod] => c/p[Pod] : All Connections');
    expect(got.some((l) => l.startsWith('b/p[Pod] => c/p[Pod]'))).toBe(false);
  });

  it('protocols: a destinationPort range of one protocol is all a rule covers', () => {
    // CRD, protocols: the rule applies to the listed protocol/ports only; other traffic goes on.
    const got = connlist(
      cnp(
        'deny-range',
        'Admin',
        3,
        `  - action: Deny\n${fromNs('a')}\n    protocols: [{tcp: {destinationPort: {range: {start: 1, end: 79}}}}, {udp: {}}]`,
      ),
    );
    expect(got).toContain('a/p[Pod] => c/p[Pod] : SCTP 1-65535,TCP 80-65535');
  });

  it('two Admin policies at one priority that match the same flow are flagged as ambiguous', () => {
    // CRD, priority: "If two (or more) policies in the same tier with the same priority could match a
    // connection, then the implementation can apply any of the matching policies".
    const ws = loadWorkspace([
      {
        name: 'w.yaml',
        text: [
          cnp('one', 'Admin', 7, `  - action: Deny\n${fromAll}`),
          cnp('two', 'Admin', 7, `  - action: Accept\n${fromAll}`),
        ].join('---\n'),
      },
    ]);
    const d = clusterPolicySetDiagnostics(ws).filter((x) => x.rule === 'cluster-policy-same-priority');
    expect(d.map((x) => [x.line, x.severity])).toEqual([
      [1, 'warning'],
      [12, 'warning'], // the second document starts after line 11's `---`
    ]);
  });
});
