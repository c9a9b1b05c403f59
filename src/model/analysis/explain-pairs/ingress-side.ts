/**
 * The ingress side of a `{ingress-controller}` pair: what the Ingresses and Routes open towards the
 * workload, joined with what its policies admit (netpol-analyzer's explanation): per object and
 * service, "allows ingress connections through service S" on the ports it reaches, "allows ingress to
 * service S, but the protocols and ports do not match" elsewhere; a port is allowed when an object
 * reaches it and the policies admit it, and the sentences of both are named.
 */
import type { Protocol, Workload, Workspace } from '../../types.ts';
import { namedServicePorts, podPort } from '../cluster-policies/ingress-controller.ts';
import { connsOf, allowsPort, union, NO_CONNECTIONS, type ConnectionSet } from '../ports.ts';
import { matchesSelector } from '../selectors.ts';
import type { PortCuts } from './ends.ts';
import type { Side } from './side.ts';
import { groupRules } from './verdict.ts';

interface ObjectReach {
  kind: 'Ingress' | 'Route';
  allowed: string;
  noMatch: string;
  conns: ConnectionSet;
}

/** Each Ingress / Route and Service pair that reaches `w`, with the TCP ports it reaches. */
export function objectsReaching(ws: Workspace, w: Workload): ObjectReach[] {
  const out = new Map<string, ObjectReach>();
  for (const b of ws.ingressBackends ?? []) {
    const svc = (ws.services ?? []).find((s) => s.namespace === b.namespace && s.name === b.service);
    if (!svc?.selector || svc.namespace !== w.namespace) continue;
    if (!matchesSelector({ matchLabels: svc.selector, matchExpressions: [] }, w.labels)) continue;
    const prefix = `${b.via.kind} '${b.via.namespace}/${b.via.name}'`;
    const key = `${prefix}#${svc.name}`;
    let reach = out.get(key);
    if (!reach)
      out.set(
        key,
        (reach = {
          kind: b.via.kind,
          allowed: `${prefix} allows ingress connections through service ${svc.name}`,
          noMatch: `${prefix} allows ingress to service ${svc.name}, but the protocols and ports do not match`,
          conns: NO_CONNECTIONS,
        }),
      );
    for (const sp of namedServicePorts(svc, b.port)) {
      const p = podPort(sp, w.ports);
      if (p !== undefined) reach.conns = union(reach.conns, connsOf('TCP', p, p));
    }
  }
  return [...out.values()];
}

/** `policies` is the workload's own ingress side towards the controller. */
export function ingressObjectsSide(objects: readonly ObjectReach[], policies: Side, cuts: PortCuts): Side {
  for (const o of objects)
    for (let i = 0; i < o.conns.TCP.length; i += 2) cuts.TCP.push(o.conns.TCP[i], o.conns.TCP[i + 1] + 1);
  return {
    at(proto: Protocol, port: number) {
      const reaching = objects.filter((o) => allowsPort(o.conns, proto, port));
      const objectEntries =
        reaching.length > 0
          ? reaching.map((o) => ({ kind: o.kind, rule: o.allowed }))
          : objects.map((o) => ({ kind: o.kind, rule: o.noMatch }));
      const v = policies.at(proto, port);
      // The policies' own "system default" alone says nothing here (upstream drops it).
      const policyEntries = v.systemDefault
        ? []
        : v.groups.flatMap((g) => g.rules.map((rule) => ({ kind: g.kind, layer: g.layer, rule })));
      return {
        allowed: reaching.length > 0 && v.allowed,
        systemDefault: false,
        groups: groupRules([...objectEntries, ...policyEntries]),
      };
    },
  };
}
