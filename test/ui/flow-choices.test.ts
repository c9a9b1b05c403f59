import { describe, expect, it } from 'vitest';
import type { Labels } from '../../src/model/types.ts';
import type { ClusterRuleTarget } from '../../src/model/edits/index.ts';
import {
  chosenPort,
  clusterRuleEdit,
  initialClusterAction,
  initialPortFields,
  namespaceSelectorChoices,
  targetPortChoices,
  withNamespaceSelector,
} from '../../src/ui/dialogs/flow-choices.ts';

describe('the port the Allow-traffic dialog starts with', () => {
  it("is the target's only containerPort", () => {
    const choices = targetPortChoices([{ containerPort: 8080, protocol: 'TCP' }]);
    expect(initialPortFields(choices)).toEqual({ port: '8080', protocol: 'TCP' });
  });

  it('is the first of several, offered with their names and protocols in declaration order', () => {
    const choices = targetPortChoices([
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
    ]);
    expect(choices.map((c) => c.label)).toEqual(['dns (53/UDP)', 'dns-tcp (53/TCP)', 'metrics (9153/TCP)']);
    expect(initialPortFields(choices)).toEqual({ port: '53', protocol: 'UDP' });
  });

  it('is empty (every port) when the target declares none', () => {
    expect(targetPortChoices(undefined)).toEqual([]);
    expect(initialPortFields(targetPortChoices([]))).toEqual({ port: '', protocol: 'TCP' });
  });

  it('lists a port declared twice with the same protocol once', () => {
    const choices = targetPortChoices([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { containerPort: 8080, protocol: 'TCP' },
    ]);
    expect(choices.map((c) => c.label)).toEqual(['http (8080/TCP)']);
  });

  it('knows which declared port the fields hold', () => {
    const choices = targetPortChoices([
      { containerPort: 80, protocol: 'TCP' },
      { containerPort: 443, protocol: 'TCP' },
    ]);
    expect(chosenPort(choices, '443', '', 'TCP')).toBe(1);
    expect(chosenPort(choices, ' 80 ', '', 'TCP')).toBe(0);
    expect(chosenPort(choices, '443', '', 'UDP')).toBe(-1);
    expect(chosenPort(choices, '80', '90', 'TCP')).toBe(-1);
    expect(chosenPort(choices, '', '', 'TCP')).toBe(-1);
  });
});

describe('the namespace selector of a namespace source', () => {
  const labels = new Map<string, Labels>([
    ['monitoring', { 'kubernetes.io/metadata.name': 'monitoring', purpose: 'monitoring', team: 'sre' }],
    ['observability', { 'kubernetes.io/metadata.name': 'observability', purpose: 'monitoring' }],
    ['staging', { 'kubernetes.io/metadata.name': 'staging' }],
    ['production', { 'kubernetes.io/metadata.name': 'production' }],
  ]);
  const monitoring = { type: 'namespace', namespace: 'monitoring' } as const;

  it('offers the name label first, then each own label with the other namespaces it also selects', () => {
    const choices = namespaceSelectorChoices(monitoring, 'production', labels);
    expect(choices).toEqual([
      { label: 'kubernetes.io/metadata.name: monitoring', alsoSelects: [] },
      { label: 'purpose: monitoring', labels: { purpose: 'monitoring' }, alsoSelects: ['observability'] },
      { label: 'team: sre', labels: { team: 'sre' }, alsoSelects: [] },
    ]);
  });

  it('puts the chosen label on the endpoint, and nothing for the default', () => {
    const choices = namespaceSelectorChoices(monitoring, 'production', labels);
    expect(withNamespaceSelector(monitoring, choices[1])).toEqual({
      type: 'namespace',
      namespace: 'monitoring',
      namespaceLabels: { purpose: 'monitoring' },
    });
    expect(withNamespaceSelector(monitoring, choices[0])).toEqual(monitoring);
  });

  it('offers nothing when there is nothing to choose', () => {
    // A namespace with no labels of its own.
    expect(namespaceSelectorChoices({ type: 'namespace', namespace: 'staging' }, 'production', labels)).toEqual([]);
    // The target is in the same namespace: the rule uses podSelector: {} and no namespaceSelector.
    expect(namespaceSelectorChoices(monitoring, 'monitoring', labels)).toEqual([]);
    // The target is outside the cluster (a CIDR has no namespace).
    expect(namespaceSelectorChoices(monitoring, undefined, labels)).toEqual([]);
    // The source is a workload.
    expect(
      namespaceSelectorChoices({ type: 'workload', namespace: 'monitoring', name: 'prom' }, 'production', labels),
    ).toEqual([]);
  });
});

describe('a rule written into a cluster policy from the dialog', () => {
  const target = (over: Partial<ClusterRuleTarget>): ClusterRuleTarget => ({
    policy: { kind: 'AdminNetworkPolicy', name: 'guard' },
    tier: 'Admin',
    priority: 10,
    direction: 'ingress',
    actions: ['Allow', 'Deny', 'Pass'],
    rules: 2,
    ...over,
  });
  const web = { type: 'workload', namespace: 'shop', name: 'web' } as const;
  const db = { type: 'workload', namespace: 'vault', name: 'db' } as const;

  it("starts with the kind's allowing action", () => {
    expect(initialClusterAction(target({}))).toBe('Allow');
    expect(initialClusterAction(target({ actions: ['Accept', 'Deny', 'Pass'] }))).toBe('Accept');
  });

  it('takes the source as the peer of an ingress rule and the destination as that of an egress rule', () => {
    expect(clusterRuleEdit(target({}), 'Deny', web, db, [{ protocol: 'TCP', port: 5432 }], '')).toEqual({
      op: 'addClusterRule',
      policy: { kind: 'AdminNetworkPolicy', name: 'guard' },
      direction: 'ingress',
      action: 'Deny',
      peers: [web],
      ports: [{ protocol: 'TCP', port: 5432 }],
    });
    expect(clusterRuleEdit(target({ direction: 'egress' }), 'Pass', web, db, [], '  keep-out  ')).toMatchObject({
      direction: 'egress',
      peers: [db],
      name: 'keep-out',
    });
  });
});
