/**
 * `connlist --explain` with ClusterNetworkPolicies (v1alpha2), which netpol-analyzer does not read:
 * the sentences follow its wording for the v1alpha1 kinds (`<Kind> '<name>' allows|denies|passes
 * connections by <Direction> rule <rule name>`), Accept reads as "allows", and a Pass in either
 * tier is named before what decides after it. Expectations are written by hand from the CRD's
 * field docs (../shared/crds/): Pass "skips all further ClusterNetworkPolicy rules in the current
 * tier … and passes evaluation to the next tier"; after Baseline the default allows.
 */
import { describe, expect, it } from 'vitest';
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { explainAllPairs } from '../../src/model/analysis/explain-report.ts';
import { formatExplainTxt } from '../../src/model/io/explain-format.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

const pods = ['a', 'b', 'c']
  .map(
    (ns) => `apiVersion: v1
kind: Pod
metadata: {name: p, namespace: ${ns}, labels: {app: x}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
`,
  )
  .join('---\n');

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

const POLICIES = [
  cnp('accept-a', 'Admin', 5, `  - name: accept-from-a\n    action: Accept\n${fromNs('a')}`),
  cnp('pass-b', 'Admin', 10, `  - name: pass-from-b\n    action: Pass\n${fromNs('b')}`),
  cnp(
    'base',
    'Baseline',
    1,
    `  - name: pass-from-b-too\n    action: Pass\n${fromNs('b')}\n  - name: deny-b\n    action: Deny\n${fromNs('b')}`,
  ),
];

/** The explanation block of one pair (from its "Connections between" line to the next separator). */
function block(src: string, dst: string): string {
  const ws = loadWorkspace([{ name: 'w.yaml', text: [pods, ...POLICIES].join('---\n') }]);
  const text = formatExplainTxt(explainAllPairs(ws, analyzeConnectivity(ws)));
  const start = text.indexOf(`Connections between ${src} => ${dst}:`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('-'.repeat(160), start);
  return text.slice(start, end < 0 ? undefined : end);
}

describe('connlist --explain with ClusterNetworkPolicies', () => {
  it('an Admin Accept decides alone and reads "allows"', () => {
    expect(block('a/p[Pod]', 'c/p[Pod]')).toBe(
      'Connections between a/p[Pod] => c/p[Pod]:\n\nAllowed connections:\n' +
        '\tAllowed TCP, UDP, SCTP due to the following policies and rules:\n' +
        '\t\tEgress (Allowed) due to the system default (Allow all)\n' +
        '\t\tIngress (Allowed)\n' +
        "\t\t\tClusterNetworkPolicy 'accept-a' allows connections by Ingress rule accept-from-a\n\n",
    );
  });

  it('an Admin Pass, then a Baseline Pass, then the default: three lines, tiers apart, in the decision order', () => {
    expect(block('b/p[Pod]', 'c/p[Pod]')).toContain(
      '\t\tIngress (Allowed)\n' +
        "\t\t\tClusterNetworkPolicy 'pass-b' passes connections by Ingress rule pass-from-b\n" +
        "\t\t\tClusterNetworkPolicy 'base' passes connections by Ingress rule pass-from-b-too\n" +
        '\t\t\tthe system default (Allow all)\n',
    );
  });
});
