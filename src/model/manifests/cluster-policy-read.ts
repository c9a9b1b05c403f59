/**
 * Reading AdminNetworkPolicy, BaselineAdminNetworkPolicy (v1alpha1) and ClusterNetworkPolicy
 * (v1alpha2) into the one ClusterPolicy shape (cluster-types.ts). Like the rest of the workspace
 * builder it never throws and never judges: a piece of the wrong type becomes a peer or port that
 * matches nothing (`invalid`), and the validator (validation/cluster-policy.ts) says why, where.
 */
import type { Document, YAMLMap } from 'yaml';
import type {
  ClusterAction,
  ClusterPeer,
  ClusterPolicy,
  ClusterPolicyKind,
  ClusterPort,
  ClusterRule,
  ClusterTier,
  NamespacedPods,
} from '../cluster-types.ts';
import type { Direction, LabelSelector, Protocol, Span } from '../types.ts';
import type { ObjectEntry } from './objects.ts';
import { asMap, entries, get, int, isNull, items, str, strictStr } from './yaml-read.ts';

/** What the reader needs from the builder: the document, and where a node is. */
export interface ReadCtx {
  doc: Document;
  file: string;
  span(node: unknown): Span | undefined;
  selector(node: unknown): LabelSelector | undefined;
}

const ACTIONS: Record<ClusterPolicyKind, readonly ClusterAction[]> = {
  AdminNetworkPolicy: ['Allow', 'Deny', 'Pass'],
  BaselineAdminNetworkPolicy: ['Allow', 'Deny'],
  ClusterNetworkPolicy: ['Accept', 'Deny', 'Pass'],
};

const PEER_KINDS = ['namespaces', 'pods', 'networks', 'nodes', 'domainNames'] as const;

function readPods(c: ReadCtx, node: unknown): NamespacedPods | undefined {
  const m = asMap(c.doc, node);
  if (!m) return undefined;
  const empty = (): LabelSelector => ({ matchLabels: {}, matchExpressions: [] });
  // A missing selector inside `pods` is the empty selector (the API defaults it so).
  return {
    namespaceSelector: c.selector(get(c.doc, m, 'namespaceSelector')) ?? empty(),
    podSelector: c.selector(get(c.doc, m, 'podSelector')) ?? empty(),
  };
}

/** IPv6 CIDRs are kept apart: netpol-analyzer does not evaluate them, nor does the connlist. */
function readNetworks(c: ReadCtx, node: unknown): { cidrs: string[]; ipv6: string[] } {
  const cidrs: string[] = [];
  const ipv6: string[] = [];
  for (const n of items(c.doc, node)) {
    const s = strictStr(c.doc, n);
    if (s === undefined) continue;
    (s.includes(':') ? ipv6 : cidrs).push(s);
  }
  return { cidrs, ipv6 };
}

function readPeer(c: ReadCtx, node: unknown): ClusterPeer {
  const span = c.span(node);
  const m = asMap(c.doc, node);
  const set = m ? PEER_KINDS.filter((k) => get(c.doc, m, k) !== undefined && !isNull(c.doc, get(c.doc, m, k))) : [];
  if (set.length !== 1) return { kind: 'invalid', span };
  const value = get(c.doc, m, set[0]);
  switch (set[0]) {
    case 'namespaces': {
      const sel = c.selector(value);
      return sel ? { kind: 'namespaces', namespaces: sel, span } : { kind: 'invalid', span };
    }
    case 'pods': {
      const pods = readPods(c, value);
      return pods ? { kind: 'pods', pods, span } : { kind: 'invalid', span };
    }
    case 'networks':
      return { kind: 'networks', ...readNetworks(c, value), span };
    default:
      return { kind: set[0], span };
  }
}

function readProtocol(c: ReadCtx, node: unknown): Protocol | undefined {
  if (node === undefined || isNull(c.doc, node)) return 'TCP';
  const p = str(c.doc, node);
  return p === 'TCP' || p === 'UDP' || p === 'SCTP' ? p : undefined;
}

/** v1alpha1: one of portNumber {protocol, port}, portRange {protocol, start, end}, namedPort. */
function readV1Port(c: ReadCtx, node: unknown): ClusterPort {
  const span = c.span(node);
  const m = asMap(c.doc, node);
  const fields = entries(c.doc, m).filter((e) => e.value !== undefined && !isNull(c.doc, e.value));
  if (fields.length !== 1) return { kind: 'invalid', span };
  const { key, value } = fields[0];
  const vm = asMap(c.doc, value);
  if (key === 'namedPort') {
    const name = strictStr(c.doc, value);
    return name === undefined ? { kind: 'invalid', span } : { kind: 'named', name, span };
  }
  const protocol = readProtocol(c, get(c.doc, vm, 'protocol'));
  if (!protocol) return { kind: 'invalid', span };
  if (key === 'portNumber') {
    const port = int(c.doc, get(c.doc, vm, 'port'));
    return port === undefined ? { kind: 'invalid', span } : { kind: 'number', protocol, port, span };
  }
  if (key === 'portRange') {
    const start = int(c.doc, get(c.doc, vm, 'start'));
    const end = int(c.doc, get(c.doc, vm, 'end'));
    if (start === undefined || end === undefined) return { kind: 'invalid', span };
    return { kind: 'range', protocol, start, end, span };
  }
  return { kind: 'invalid', span };
}

const V2_PROTOCOLS: Record<string, Protocol> = { tcp: 'TCP', udp: 'UDP', sctp: 'SCTP' };

/**
 * v1alpha2: one of tcp / udp / sctp {destinationPort: {number} | {range: {start, end}}} or
 * destinationNamedPort. A protocol without destinationPort is every port of it.
 */
function readV2Protocol(c: ReadCtx, node: unknown): ClusterPort[] {
  const span = c.span(node);
  const m = asMap(c.doc, node);
  const fields = entries(c.doc, m).filter((e) => e.value !== undefined && !isNull(c.doc, e.value));
  if (fields.length !== 1) return [{ kind: 'invalid', span }];
  const { key, value } = fields[0];
  if (key === 'destinationNamedPort') {
    const name = strictStr(c.doc, value);
    return [name === undefined ? { kind: 'invalid', span } : { kind: 'named', name, span }];
  }
  const protocol = V2_PROTOCOLS[key];
  if (!protocol) return [{ kind: 'invalid', span }];
  const dp = get(c.doc, asMap(c.doc, value), 'destinationPort');
  if (dp === undefined || isNull(c.doc, dp)) return [{ kind: 'range', protocol, start: 1, end: 65535, span }];
  const dm = asMap(c.doc, dp);
  const number = int(c.doc, get(c.doc, dm, 'number'));
  const range = asMap(c.doc, get(c.doc, dm, 'range'));
  if (number !== undefined && !range) return [{ kind: 'number', protocol, port: number, span }];
  const start = int(c.doc, get(c.doc, range, 'start'));
  const end = int(c.doc, get(c.doc, range, 'end'));
  if (number === undefined && start !== undefined && end !== undefined)
    return [{ kind: 'range', protocol, start, end, span }];
  return [{ kind: 'invalid', span }];
}

function readRules(c: ReadCtx, kind: ClusterPolicyKind, node: unknown, direction: Direction): ClusterRule[] {
  const peerKey = direction === 'ingress' ? 'from' : 'to';
  const v2 = kind === 'ClusterNetworkPolicy';
  return items(c.doc, node).map((rn, index) => {
    const rm = asMap(c.doc, rn);
    const actionText = strictStr(c.doc, get(c.doc, rm, 'action'));
    const action = ACTIONS[kind].find((a) => a === actionText);
    const peers = items(c.doc, get(c.doc, rm, peerKey)).map((p) => readPeer(c, p));
    const portsNode = get(c.doc, rm, v2 ? 'protocols' : 'ports');
    const ports =
      portsNode === undefined || isNull(c.doc, portsNode)
        ? undefined
        : items(c.doc, portsNode).flatMap((p) => (v2 ? readV2Protocol(c, p) : [readV1Port(c, p)]));
    const name = str(c.doc, get(c.doc, rm, 'name')) ?? '';
    return { direction, index, name, action, peers, ports, span: c.span(rn) };
  });
}

function readSubject(c: ReadCtx, node: unknown): ClusterPolicy['subject'] {
  const m = asMap(c.doc, node);
  const ns = get(c.doc, m, 'namespaces');
  const pods = get(c.doc, m, 'pods');
  const hasNs = ns !== undefined && !isNull(c.doc, ns);
  const hasPods = pods !== undefined && !isNull(c.doc, pods);
  if (hasNs === hasPods) return undefined; // exactly one must be set
  if (hasNs) {
    const sel = c.selector(ns);
    return sel ? { namespaces: sel } : undefined;
  }
  const p = readPods(c, pods);
  return p ? { pods: p } : undefined;
}

function tierOf(kind: ClusterPolicyKind, spec: YAMLMap | undefined, c: ReadCtx): ClusterTier | undefined {
  if (kind === 'AdminNetworkPolicy') return 'Admin';
  if (kind === 'BaselineAdminNetworkPolicy') return 'Baseline';
  const t = strictStr(c.doc, get(c.doc, spec, 'tier'));
  return t === 'Admin' || t === 'Baseline' ? t : undefined;
}

/** The policy, or `undefined` for a ClusterNetworkPolicy without a valid tier (it cannot be placed). */
export function readClusterPolicy(c: ReadCtx, o: ObjectEntry): ClusterPolicy | undefined {
  const kind = o.kind as ClusterPolicyKind;
  const spec = asMap(c.doc, get(c.doc, o.node, 'spec'));
  const tier = tierOf(kind, spec, c);
  if (!tier) return undefined;
  const priority = kind === 'BaselineAdminNetworkPolicy' ? 0 : (int(c.doc, get(c.doc, spec, 'priority')) ?? NaN);
  return {
    kind,
    name: o.name ?? '',
    tier,
    priority,
    subject: readSubject(c, get(c.doc, spec, 'subject')),
    ingress: readRules(c, kind, get(c.doc, spec, 'ingress'), 'ingress'),
    egress: readRules(c, kind, get(c.doc, spec, 'egress'), 'egress'),
    span: c.span(o.node),
    file: c.file,
    docIndex: o.docIndex,
  };
}
