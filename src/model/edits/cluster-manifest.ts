/**
 * Plain JS shapes of the pieces of cluster-scoped policies the planner writes: peers and ports in
 * the shape of the policy's API version (the CRDs in ../shared/crds): v1alpha1 (AdminNetworkPolicy,
 * BaselineAdminNetworkPolicy) writes `ports` of portNumber / portRange / namedPort, v1alpha2
 * (ClusterNetworkPolicy) writes `protocols` of tcp|udp|sctp.destinationPort / destinationNamedPort.
 * Each piece is checked against the API's rules first, so an edit never writes what the API refuses.
 */
import type { ClusterPolicyKind } from '../cluster-types.ts';
import type { Direction } from '../types.ts';
import { NS_NAME_LABEL } from '../graph/keys.ts';
import { parseCidr } from '../validation/cidr.ts';
import { isValidPortNumber, portNameErrors } from '../validation/names.ts';
import { labelsSelectorJson, selectorJson, type Json } from './manifest.ts';
import type { Endpoint } from './resolve.ts';
import type { PortSpec } from './types.ts';

export const CLUSTER_POLICY_GROUP = 'policy.networking.k8s.io';

const isV2 = (kind: ClusterPolicyKind): boolean => kind === 'ClusterNetworkPolicy';

/** The key of a rule's port list: `ports` (v1alpha1) or `protocols` (v1alpha2). */
export const clusterPortsKey = (kind: ClusterPolicyKind): 'ports' | 'protocols' => (isV2(kind) ? 'protocols' : 'ports');

type Piece = { value: Json } | { error: string };

/** One port entry in the kind's shape. A protocol without a port is every port of it (1-65535). */
export function clusterPortJson(kind: ClusterPolicyKind, p: PortSpec): Piece {
  const protocol = p.protocol ?? 'TCP';
  if (typeof p.port === 'string') {
    const err = portNameErrors(p.port)[0];
    if (err) return { error: `Port name "${p.port}" ${err}.` };
    if (p.endPort !== undefined) return { error: `A named port (${p.port}) cannot have an end port.` };
    // A named port resolves to the destination container's port, protocol included: none is written.
    return { value: isV2(kind) ? { destinationNamedPort: p.port } : { namedPort: p.port } };
  }
  const start = p.port ?? 1;
  const end = p.port === undefined ? 65535 : (p.endPort ?? p.port);
  if (p.port === undefined && p.endPort !== undefined) return { error: 'An end port needs a start port.' };
  for (const n of [start, end])
    if (!Number.isInteger(n) || !isValidPortNumber(n)) return { error: `${n} is not a port number (1-65535).` };
  if (end < start) return { error: `Port range ${start}-${end}: the end port is below the start port.` };
  // A range of one port is written as that port: v1alpha2 refuses start = end.
  if (start === end) {
    if (isV2(kind)) return { value: { [protocol.toLowerCase()]: { destinationPort: { number: start } } } };
    return { value: { portNumber: { protocol, port: start } } };
  }
  if (isV2(kind)) return { value: { [protocol.toLowerCase()]: { destinationPort: { range: { start, end } } } } };
  return { value: { portRange: { protocol, start, end } } };
}

/** The namespace labels a peer selects the endpoint's namespace by: its name, or the labels chosen. */
function namespaceLabels(ep: Endpoint, namespace: string): Record<string, string> {
  return ep.ref.type === 'namespace' && ep.ref.namespaceLabels
    ? ep.ref.namespaceLabels
    : { [NS_NAME_LABEL]: namespace };
}

/**
 * The peer standing for `ep`: pods (namespaceSelector + podSelector) for a workload or an inferred
 * selector, namespaces for a namespace or every namespace, networks for a CIDR. Ingress peers can
 * only be namespaces or pods; networks have no `except`.
 */
export function clusterPeerJson(ep: Endpoint, direction: Direction): Piece {
  const ref = ep.ref;
  if (ref.type === 'all-namespaces') return { value: { namespaces: {} } };
  if (ref.type === 'cidr') {
    if (direction === 'ingress')
      return { error: `Ingress rules of cluster policies select namespaces or pods, not addresses (${ref.cidr}).` };
    if (ref.except?.length)
      return {
        error: `A networks peer has no except list: ${ref.cidr} except ${ref.except.join(', ')} cannot be written.`,
      };
    const cidr = parseCidr(ref.cidr);
    if (!cidr.ok) return { error: `${ref.cidr} is not a CIDR: ${cidr.reason}.` };
    return { value: { networks: [ref.cidr] } };
  }
  const pods = ep.pods!;
  const namespaceSelector = labelsSelectorJson(namespaceLabels(ep, pods.namespace));
  if (ref.type === 'namespace') return { value: { namespaces: namespaceSelector } };
  return { value: { pods: { namespaceSelector, podSelector: selectorJson(pods.selector) } } };
}
