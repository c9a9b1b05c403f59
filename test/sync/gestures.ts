/**
 * Random graph gestures for the property tests: fast-check picks, turned
 * into PolicyEdits against whatever the current workspace and graph hold.
 */
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import type { PolicyEdit, PortSpec } from '../../src/model/edits/index.ts';
import type { PolicyGraph } from '../../src/model/graph/types.ts';
import type { Protocol, Workspace } from '../../src/model/types.ts';

const OPS = [
  'allowFlow',
  'allowFlow',
  'removeEdge',
  'setRulePorts',
  'addIpBlockPeer',
  'setPolicyTypes',
  'createPolicy',
  'deletePolicy',
  'setDefaultDeny',
  'setWorkloadLabels',
  'renameWorkload',
  'setContainerPorts',
  'addWorkload',
  'removeWorkload',
  'addNamespace',
  'renameNamespace',
  'setNamespaceLabels',
  'removeNamespace',
] as const;

export interface Pick {
  op: (typeof OPS)[number];
  a: number;
  b: number;
  c: number;
  port: number;
  proto: Protocol;
  flag: boolean;
  word: string;
}

export const pickArb: fc.Arbitrary<Pick> = fc.record({
  op: fc.constantFrom(...OPS),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(3),
  port: fc.integer({ min: 1, max: 65000 }),
  proto: fc.constantFrom<Protocol>('TCP', 'UDP', 'SCTP'),
  flag: fc.boolean(),
  word: fc.constantFrom('alpha', 'beta', 'web', 'api', 'shop'),
});

const at = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

function portsFor(p: Pick): PortSpec[] {
  if (p.c === 0) return [];
  if (p.c === 1) return [{ protocol: p.proto, port: p.port }];
  if (p.c === 2) return [{ protocol: 'TCP', port: p.port, endPort: p.port + 100 }];
  return [{ protocol: 'TCP', port: 'http' }];
}

/** Turns random choices into an edit of what the current workspace (and its graph) holds. */
export function editFor(w: Workspace, g: PolicyGraph, p: Pick): PolicyEdit | undefined {
  const endpoints = g.nodes.filter((n) => n.endpoint).map((n) => n.endpoint!);
  const podEndpoints = endpoints.filter(
    (e) => e.type === 'workload' || e.type === 'selector' || e.type === 'namespace',
  );
  const policy = at(w.policies, p.a);
  const wl = at(w.workloads, p.a);
  const nsNames = [...w.namespaces.keys()];
  const ns = at(nsNames, p.b);
  const dir = p.flag ? 'ingress' : 'egress';
  const wref = wl && { namespace: wl.namespace, name: wl.name, kind: wl.kind };
  switch (p.op) {
    case 'allowFlow': {
      const from = at(endpoints, p.a);
      const to = at(endpoints, p.b);
      return (
        from &&
        to && {
          op: 'allowFlow',
          from,
          to,
          ports: portsFor(p),
          sides: at(['auto', 'both', 'ingress', 'egress'] as const, p.c),
        }
      );
    }
    case 'removeEdge': {
      const e = at(g.edges, p.a);
      return (
        e && { op: 'removeEdge', policy: e.policyId, direction: e.direction, rule: e.ruleIndex, peer: e.peerIndex }
      );
    }
    case 'setRulePorts': {
      const rule = policy && at(policy[dir], p.b);
      return rule && { op: 'setRulePorts', policy: policy.id, direction: dir, rule: rule.index, ports: portsFor(p) };
    }
    case 'addIpBlockPeer': {
      const rule = policy && at(policy[dir], p.b);
      const cidr = `10.${p.port % 256}.0.0/16`;
      return (
        policy && {
          op: 'addIpBlockPeer',
          policy: policy.id,
          direction: dir,
          rule: p.c % 2 ? rule?.index : undefined,
          cidr,
          except: p.c > 1 ? [`10.${p.port % 256}.1.0/24`] : undefined,
        }
      );
    }
    case 'setPolicyTypes':
      return (
        policy && {
          op: 'setPolicyTypes',
          policy: policy.id,
          ingress: p.flag || p.c % 2 === 0,
          egress: !p.flag || p.c > 1,
        }
      );
    case 'createPolicy': {
      const e = at(podEndpoints, p.a);
      return (
        e && { op: 'createPolicy', for: e, policyTypes: { ingress: p.flag || p.c === 0, egress: !p.flag || p.c === 1 } }
      );
    }
    case 'deletePolicy':
      return policy && { op: 'deletePolicy', policy: policy.id };
    case 'setDefaultDeny':
      return ns === undefined ? undefined : { op: 'setDefaultDeny', namespace: ns, direction: dir, enabled: p.c !== 0 };
    case 'setWorkloadLabels':
      return (
        wref && {
          op: 'setWorkloadLabels',
          workload: wref,
          labels: p.c === 0 ? { app: p.word } : { ...wl.labels, tier: p.word },
        }
      );
    case 'renameWorkload':
      return wref && { op: 'renameWorkload', workload: wref, to: `${p.word}-${p.c}` };
    case 'setContainerPorts':
      return (
        wref && {
          op: 'setContainerPorts',
          workload: wref,
          ports: Array.from({ length: p.c }, (_, i) => ({
            containerPort: p.port + i,
            name: i === 0 ? 'http' : undefined,
            protocol: i === 1 ? p.proto : undefined,
          })),
        }
      );
    case 'addWorkload':
      return ns === undefined
        ? undefined
        : {
            op: 'addWorkload',
            namespace: ns,
            name: `${p.word}-${p.c}`,
            kind: at(['Deployment', 'StatefulSet', 'Pod', 'CronJob'], p.b),
            labels: { app: p.word },
          };
    case 'removeWorkload':
      return wref && { op: 'removeWorkload', workload: wref };
    case 'addNamespace':
      return { op: 'addNamespace', name: `${p.word}-ns`, labels: p.flag ? { team: p.word } : undefined };
    case 'renameNamespace':
      return ns === undefined ? undefined : { op: 'renameNamespace', from: ns, to: `${p.word}-${p.c}` };
    case 'setNamespaceLabels':
      return ns === undefined
        ? undefined
        : { op: 'setNamespaceLabels', name: ns, labels: p.flag ? { team: p.word } : {} };
    case 'removeNamespace':
      return p.c === 3 && ns ? { op: 'removeNamespace', name: ns } : undefined;
  }
}

/** Parse and serialise again with yaml's defaults: the reference meaning of a text. */
export function roundTrip(text: string): string {
  const docs = parseAllDocuments(text);
  return (Array.isArray(docs) ? docs : [])
    .map((d, i) => {
      const s = d.toString();
      return i > 0 && !s.startsWith('---') ? `---\n${s}` : s;
    })
    .join('');
}

/** Graphs compare without spans: offsets legitimately move in a round trip. */
export function stripSpans(g: PolicyGraph): unknown {
  return JSON.parse(JSON.stringify(g, (k, v) => (k === 'span' ? undefined : v)));
}
