/**
 * fast-check generators of small random workspaces (namespaces, workloads,
 * policies) over a tiny label/port vocabulary, so that selectors collide often
 * and every NetworkPolicy feature shows up: both selector kinds, AND peers,
 * ipBlocks with except, named ports, endPort, explicit and implicit policyTypes.
 */
import fc from 'fast-check';
import type {
  ContainerPort,
  IPBlock,
  LabelSelector,
  Labels,
  Namespace,
  NetworkPolicy,
  PolicyPeer,
  PolicyPort,
  PolicyRule,
  Protocol,
  Workload,
  Workspace,
} from '../../src/model/types.ts';

const NS = ['a', 'b', 'c'];
const KEYS = ['app', 'tier'];
const VALUES = ['x', 'y', 'z'];
const PORT_NAMES = ['http', 'dns'];
const protocolArb = fc.constantFrom<Protocol>('TCP', 'UDP', 'SCTP');

const labelsArb: fc.Arbitrary<Labels> = fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), {
  maxKeys: 2,
});

export const selectorArb: fc.Arbitrary<LabelSelector> = fc.record({
  matchLabels: fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), { maxKeys: 1 }),
  matchExpressions: fc.array(
    fc.oneof(
      fc.record({
        key: fc.constantFrom(...KEYS),
        operator: fc.constantFrom('In', 'NotIn'),
        values: fc.subarray(VALUES, { minLength: 1 }),
      }),
      fc.record({
        key: fc.constantFrom(...KEYS),
        operator: fc.constantFrom('Exists', 'DoesNotExist'),
        values: fc.constant([] as string[]),
      }),
    ),
    { maxLength: 1 },
  ),
});

const nsSelectorArb: fc.Arbitrary<LabelSelector> = fc.oneof(
  selectorArb,
  fc.constantFrom(...NS).map((n) => ({ matchLabels: { 'kubernetes.io/metadata.name': n }, matchExpressions: [] })),
);

const peerArb: fc.Arbitrary<PolicyPeer> = fc.oneof(
  fc.record({ podSelector: selectorArb }),
  fc.record({ namespaceSelector: nsSelectorArb }),
  fc.record({ podSelector: selectorArb, namespaceSelector: nsSelectorArb }),
  fc.record({
    ipBlock: fc.constantFrom<IPBlock[]>(
      { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] },
      { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] },
      { cidr: '192.168.0.0/16', except: [] },
    ),
  }),
);

const portArb: fc.Arbitrary<PolicyPort> = fc.oneof(
  fc.record({ protocol: protocolArb }),
  fc.record({ protocol: protocolArb, port: fc.constantFrom(53, 80, 443, 8080) }),
  fc.record({ protocol: protocolArb, port: fc.constantFrom(80, 8000), endPort: fc.constantFrom(8080, 9000) }),
  fc.record({ protocol: protocolArb, port: fc.constantFrom(...PORT_NAMES) }),
);

export const ruleArb = (direction: 'ingress' | 'egress'): fc.Arbitrary<Omit<PolicyRule, 'index'>> =>
  fc.record({
    direction: fc.constant(direction),
    peers: fc.array(peerArb, { maxLength: 2 }),
    ports: fc.array(portArb, { maxLength: 2 }),
  });

const containerPortArb: fc.Arbitrary<ContainerPort> = fc.record({
  name: fc.constantFrom(...PORT_NAMES),
  containerPort: fc.constantFrom(53, 80, 8080, 9000),
  protocol: protocolArb,
});

const indexRules = (rules: Omit<PolicyRule, 'index'>[]): PolicyRule[] => rules.map((r, index) => ({ ...r, index }));

const policyArb: fc.Arbitrary<Omit<NetworkPolicy, 'id' | 'name'>> = fc
  .record({
    namespace: fc.constantFrom(...NS),
    podSelector: selectorArb,
    ingress: fc.array(ruleArb('ingress'), { maxLength: 2 }),
    egress: fc.array(ruleArb('egress'), { maxLength: 2 }),
    types: fc.option(fc.subarray(['Ingress', 'Egress'], { minLength: 1 }), { nil: undefined }),
  })
  .map(({ namespace, podSelector, ingress, egress, types }) => ({
    namespace,
    group: 'networking.k8s.io',
    apiVersion: 'networking.k8s.io/v1',
    podSelector,
    ingress: indexRules(ingress),
    egress: indexRules(egress),
    explicitPolicyTypes: types !== undefined,
    policyTypes: types
      ? { ingress: types.includes('Ingress'), egress: types.includes('Egress') }
      : { ingress: true, egress: egress.length > 0 },
    file: 'gen.yaml',
    docIndex: 0,
  }));

const workloadArb = fc.record({
  namespace: fc.constantFrom(...NS),
  pods: fc.array(fc.record({ labels: labelsArb, ports: fc.array(containerPortArb, { maxLength: 2 }) }), {
    minLength: 1,
    maxLength: 2,
  }),
});

export function makeWorkspace(
  nsLabels: Record<string, Labels>,
  workloads: { namespace: string; pods: { labels: Labels; ports: ContainerPort[] }[] }[],
  policies: Omit<NetworkPolicy, 'id' | 'name'>[],
): Workspace {
  const namespaces = new Map<string, Namespace>();
  for (const n of NS)
    namespaces.set(n, { name: n, labels: { ...nsLabels[n], 'kubernetes.io/metadata.name': n }, declared: true });
  const wls: Workload[] = workloads.map((w, i) => ({
    id: `${w.namespace}/w${i}[Deployment]`,
    namespace: w.namespace,
    name: `w${i}`,
    kind: 'Deployment',
    labels: w.pods[0].labels,
    ports: w.pods.flatMap((p) => p.ports),
    pods: w.pods.map((p, j) => ({ name: `w${i}-${j}`, labels: p.labels, ports: p.ports })),
  }));
  const pols: NetworkPolicy[] = policies.map((p, i) => ({ ...p, name: `p${i}`, id: `${p.namespace}/p${i}` }));
  return { namespaces, workloads: wls, policies: pols, diagnostics: [], sources: [] };
}

export const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    nsLabels: fc.record({ a: labelsArb, b: labelsArb, c: labelsArb }),
    workloads: fc.array(workloadArb, { minLength: 1, maxLength: 5 }),
    policies: fc.array(policyArb, { maxLength: 4 }),
  })
  .map(({ nsLabels, workloads, policies }) => makeWorkspace(nsLabels, workloads, policies));
