/**
 * The large inputs of issue 10, for bench/big-input.browser.bench.ts and
 * test/e2e/big-input.spec.ts: a ~10 MB cluster dump and one NetworkPolicy with
 * 10,000 rules.
 */
import { generate, type Size } from './generate.ts';

/**
 * What `kubectl get -o yaml` adds to each Deployment and what makes real dumps big: the
 * last-applied annotation (the whole manifest again, as JSON) and a status block.
 */
function withKubectlFields(doc: string, i: number): string {
  if (!doc.includes('kind: Deployment')) return doc;
  const applied = JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `app-${i}`, annotations: { owner: `team-${i % 10}`, runbook: `https://runbooks/app-${i}` } },
    spec: { replicas: 2, template: { spec: { containers: [{ name: 'main', image: `registry/app-${i}:1.0` }] } } },
  });
  return doc
    .replace(
      /^metadata:\n/m,
      `metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: '${applied}'\n    deployment.kubernetes.io/revision: "${(i % 7) + 1}"\n  uid: 5f2b${String(i).padStart(8, '0')}-aaaa-4bbb-8ccc-0123456789ab\n  resourceVersion: "${100000 + i}"\n  managedFields:\n  - manager: kubectl-client-side-apply\n    operation: Update\n    apiVersion: apps/v1\n    time: "2026-01-01T10:00:00Z"\n    fieldsType: FieldsV1\n  - manager: kube-controller-manager\n    operation: Update\n    apiVersion: apps/v1\n    subresource: status\n    time: "2026-01-01T10:00:00Z"\n    fieldsType: FieldsV1\n  generation: ${(i % 5) + 1}\n  creationTimestamp: "2026-01-0${(i % 9) + 1}T10:00:00Z"\n`,
    )
    .concat(
      `status:\n  availableReplicas: 2\n  readyReplicas: 2\n  replicas: 2\n  updatedReplicas: 2\n  observedGeneration: ${(i % 5) + 1}\n  conditions:\n  - type: Available\n    status: "True"\n    reason: MinimumReplicasAvailable\n    message: Deployment has minimum availability.\n    lastTransitionTime: "2026-01-01T10:00:00Z"\n    lastUpdateTime: "2026-01-01T10:00:00Z"\n  - type: Progressing\n    status: "True"\n    reason: NewReplicaSetAvailable\n    message: ReplicaSet "app-${i}-7d9f8c6b5" has successfully progressed.\n    lastTransitionTime: "2026-01-01T10:00:00Z"\n    lastUpdateTime: "2026-01-01T10:00:00Z"\n`,
    );
}

/**
 * One policy per namespace of a dump: its api pods take web pods of the namespace and an office range.
 * (generate.ts's shapes select across namespaces: on 5,000 workloads they make over a million rule
 * edges, which no canvas draws; real dumps are mostly namespace-local.)
 */
function localPolicy(n: number): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-from-web
  namespace: ns-${n}
spec:
  podSelector:
    matchLabels: {tier: api}
  ingress:
  - from:
    - podSelector:
        matchLabels: {tier: web}
    - ipBlock:
        cidr: 10.${n % 250}.0.0/16
    ports:
    - {port: 8080}
    - {port: metrics}
`;
}

/** A cluster of 1,000 namespaces, 5,000 workloads and 1,000 policies dumped with kubectl's fields: ~10 MB. */
export function clusterDump(size: Size = { namespaces: 1000, workloads: 5000, policies: 1000 }): string {
  let w = 0;
  const cluster = generate({ ...size, policies: 0 })
    .split('---\n')
    .map((doc) => withKubectlFields(doc, doc.includes('kind: Deployment') ? w++ : 0));
  for (let p = 0; p < size.policies; p++) cluster.push(localPolicy(p % size.namespaces));
  return cluster.join('---\n');
}

/** The line typed into by the bench: the first rule's port of the big policy. */
export const BIG_POLICY_TYPING_LINE = '    - {port: 8080, protocol: TCP}';

/** One NetworkPolicy with `rules` ingress rules (each from other pods or a range, on a port), after a few workloads. */
export function bigPolicy(rules = 10_000, workloads = 40): string {
  const docs: string[] = [];
  for (let w = 0; w < workloads; w++)
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${w}, namespace: big}
spec:
  selector: {matchLabels: {app: app-${w}}}
  template:
    metadata: {labels: {app: app-${w}, tier: t${w % 4}}}
    spec: {containers: [{name: main, image: app, ports: [{containerPort: 8080}]}]}
`);
  const lines = [
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata: {name: huge, namespace: big}',
    'spec:',
    '  podSelector: {matchLabels: {app: app-0}}',
    '  ingress:',
  ];
  for (let r = 0; r < rules; r++) {
    lines.push(
      '  - from:',
      r % 2 === 0
        ? `    - podSelector: {matchLabels: {app: app-${r % workloads}}}`
        : `    - ipBlock: {cidr: 10.${r % 250}.${Math.floor(r / 250) % 250}.0/24}`,
      '    ports:',
      r === 0 ? BIG_POLICY_TYPING_LINE : `    - {port: ${8000 + (r % 1000)}, protocol: TCP}`,
    );
  }
  docs.push(`${lines.join('\n')}\n`);
  return docs.join('---\n');
}
