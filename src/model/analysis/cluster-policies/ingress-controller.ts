/**
 * The `{ingress-controller}` source, with netpol-analyzer's meaning (oracle README, "Second wave"):
 * the cluster's ingress controller is a pod whose manifest is unknown, modelled as a pod without
 * labels in a namespace `ingress-controller-ns` of its own. Each Ingress or Route reaches the
 * workloads its Services select (same namespace), on the Service's target port, TCP only, where the
 * workload declares that container port; a flow is kept where the policies (all tiers) let that pod
 * in on it.
 */
import type { IngressBackend, Service, ServicePort } from '../../cluster-types.ts';
import type { ContainerPort, Workspace } from '../../types.ts';
import type { Endpoints } from '../endpoints.ts';
import { ALL_CONNECTIONS, NO_CONNECTIONS, connsOf, intersect, union, type ConnectionSet } from '../ports.ts';
import type { PodRef } from '../rules.ts';
import { networkPolicyLayer } from './np-layer.ts';
import { matchesSelector } from '../selectors.ts';
import { decideDirection, type Tiers } from './decide.ts';

export const INGRESS_CONTROLLER_ID = '{ingress-controller}';
const CONTROLLER_NS = 'ingress-controller-ns';

/** The controller's pod as the policies see it. */
export const CONTROLLER: PodRef = {
  namespace: CONTROLLER_NS,
  nsLabels: { 'kubernetes.io/metadata.name': CONTROLLER_NS },
  labels: {},
  ports: [],
};

/** Which service ports a backend names: by name, number or target port; all of them when it names none. */
export function namedServicePorts(svc: Service, port: IngressBackend['port']): ServicePort[] {
  if (port === undefined) return svc.ports;
  const hit = svc.ports.find((p) =>
    typeof port === 'string' ? p.name === port || p.targetPort === port : p.port === port || p.targetPort === port,
  );
  return hit ? [hit] : [];
}

/** The TCP port the pod receives a service port on, when the pod declares it (any protocol counts, as upstream). */
export function podPort(sp: ServicePort, ports: readonly ContainerPort[]): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'string') {
    const cp = ports.find((p) => p.name === target);
    return cp && cp.protocol === 'TCP' ? cp.containerPort : undefined;
  }
  return target !== undefined && ports.some((p) => p.containerPort === target) ? target : undefined;
}

export interface ControllerFlows {
  /** Per workload index: what the controller reaches (empty for most). */
  conns: ConnectionSet[];
  /** Backends naming a Service that is not in the input, and workloads whose policies block the controller. */
  warnings: string[];
}

/** Per workload index, what the Ingresses and Routes send it (before any policy) and which of them do. */
export interface RouteTargets {
  wanted: ConnectionSet[];
  /** `Ingress ns/name` / `Route ns/name` per workload index. */
  via: string[][];
  /** Backends naming a Service that is not in the input. */
  warnings: string[];
}

/** What the Ingresses and Routes of `ws` route to, by workload: shared by the analysis and the graph. */
export function routeTargets(ws: Workspace): RouteTargets {
  const warnings: string[] = [];
  const wanted: ConnectionSet[] = ws.workloads.map(() => NO_CONNECTIONS);
  const via: string[][] = ws.workloads.map(() => []);
  for (const b of ws.ingressBackends ?? []) {
    const svc = (ws.services ?? []).find((s) => s.namespace === b.namespace && s.name === b.service);
    if (!svc) {
      warnings.push(
        `${b.via.kind} ${b.via.namespace}/${b.via.name}: ignoring target service ${b.service}: service not found.`,
      );
      continue;
    }
    if (!svc.selector) continue; // a Service without selector selects no pod
    const ports = namedServicePorts(svc, b.port);
    ws.workloads.forEach((w, i) => {
      if (
        w.namespace !== svc.namespace ||
        !matchesSelector({ matchLabels: svc.selector!, matchExpressions: [] }, w.labels)
      )
        return;
      for (const sp of ports) {
        const p = podPort(sp, w.ports);
        if (p !== undefined) wanted[i] = union(wanted[i], connsOf('TCP', p, p));
      }
      via[i].push(`${b.via.kind} ${b.via.namespace}/${b.via.name}`);
    });
  }
  return { wanted, via, warnings };
}

export function ingressControllerFlows(
  ws: Workspace,
  tiers: Tiers,
  eps: Endpoints,
  refs: readonly PodRef[],
): ControllerFlows {
  const { wanted, via, warnings } = routeTargets(ws);
  const conns = ws.workloads.map((w, i) => {
    if (via[i].length === 0) return NO_CONNECTIONS;
    let allowed = NO_CONNECTIONS;
    for (const t of eps.ofWorkload[i]) {
      const pod = refs[t];
      const eg = decideDirection(tiers, 'egress', CONTROLLER, { pod }, pod.ports, {
        isolated: false,
        allowed: ALL_CONNECTIONS,
      });
      const ing = decideDirection(
        tiers,
        'ingress',
        pod,
        { pod: CONTROLLER },
        pod.ports,
        networkPolicyLayer(ws, 'ingress', pod, { pod: CONTROLLER }, pod.ports),
      );
      allowed = union(allowed, intersect(eg.conns, ing.conns));
    }
    const got = intersect(wanted[i], allowed);
    if (got.TCP.length === 0)
      warnings.push(
        `${via[i][0]} specified workload ${w.id} as a backend, but network policies are blocking ingress connections from an arbitrary in-cluster source to this workload; the connectivity list does not include it.`,
      );
    return got;
  });
  return { conns, warnings };
}
