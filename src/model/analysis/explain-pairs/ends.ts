/** The two ends of an explained pair, as the per-port explanation sees them. */
import type { Protocol } from '../../types.ts';
import type { IpRange } from '../ipset.ts';
import type { PodRef } from '../rules.ts';
import type { PeerRef } from '../cluster-policies/tiers.ts';

/** A workload (one pod stands for it), the ingress controller, or an external range. */
export type End = { kind: 'pod'; id: string; pod: PodRef } | { kind: 'external'; id: string; range: IpRange };

export const endId = (e: End): string => e.id;

/** The end as the cluster-policy tiers take a peer. */
export const peerRef = (e: End): PeerRef =>
  e.kind === 'pod' ? { pod: e.pod } : { addr: { kind: 'range', range: e.range } };

/** Port boundaries where a verdict may change, per protocol (each a first port of a new class). */
export type PortCuts = Record<Protocol, number[]>;

export const noCuts = (): PortCuts => ({ TCP: [], UDP: [], SCTP: [] });
