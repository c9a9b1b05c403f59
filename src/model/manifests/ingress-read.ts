/**
 * Reading Services, Ingresses and OpenShift Routes for the `{ingress-controller}` source
 * (analysis/cluster-policies/ingress-controller.ts). Only what routes traffic is read: a Service's
 * selector and ports, the Services an Ingress or Route sends to and the port it names. Never throws;
 * a piece of the wrong type is skipped.
 */
import type { IngressBackend, Service, ServicePort } from '../cluster-types.ts';
import type { Protocol } from '../types.ts';
import type { ObjectEntry } from './objects.ts';
import type { ReadCtx } from './cluster-policy-read.ts';
import { asMap, entries, get, int, isNull, items, str, strictStr } from './yaml-read.ts';

const intOrString = (c: ReadCtx, node: unknown): number | string | undefined => {
  const n = int(c.doc, node);
  if (n !== undefined) return n;
  const s = strictStr(c.doc, node);
  return s === undefined || s === '' ? undefined : /^[0-9]+$/.test(s) ? Number(s) : s;
};

export function readService(c: ReadCtx, o: ObjectEntry): Service {
  const spec = asMap(c.doc, get(c.doc, o.node, 'spec'));
  const selNode = asMap(c.doc, get(c.doc, spec, 'selector'));
  let selector: Record<string, string> | undefined;
  if (selNode) {
    selector = Object.create(null) as Record<string, string>;
    for (const e of entries(c.doc, selNode)) {
      const v = isNull(c.doc, e.value) ? '' : str(c.doc, e.value);
      if (v !== undefined) selector[e.key] = v;
    }
  }
  const ports: ServicePort[] = [];
  for (const pn of items(c.doc, get(c.doc, spec, 'ports'))) {
    const pm = asMap(c.doc, pn);
    if (!pm) continue;
    const p = str(c.doc, get(c.doc, pm, 'protocol')) ?? 'TCP';
    const protocol: Protocol = p === 'UDP' || p === 'SCTP' ? p : 'TCP';
    ports.push({
      port: int(c.doc, get(c.doc, pm, 'port')),
      name: strictStr(c.doc, get(c.doc, pm, 'name')),
      protocol,
      targetPort: intOrString(c, get(c.doc, pm, 'targetPort')),
    });
  }
  return { namespace: o.namespace ?? 'default', name: o.name ?? '', selector, ports, span: c.span(o.node) };
}

/** An Ingress backend: v1 `service: {name, port: {number | name}}`, v1beta1 `serviceName` / `servicePort`. */
function ingressBackend(c: ReadCtx, node: unknown, via: IngressBackend['via']): IngressBackend | undefined {
  const m = asMap(c.doc, node);
  if (!m) return undefined;
  const svc = asMap(c.doc, get(c.doc, m, 'service'));
  if (svc) {
    const name = strictStr(c.doc, get(c.doc, svc, 'name'));
    const pm = asMap(c.doc, get(c.doc, svc, 'port'));
    const port = strictStr(c.doc, get(c.doc, pm, 'name')) || int(c.doc, get(c.doc, pm, 'number'));
    return name ? { via, service: name, namespace: via.namespace, port, span: c.span(node) } : undefined;
  }
  const name = strictStr(c.doc, get(c.doc, m, 'serviceName'));
  const port = intOrString(c, get(c.doc, m, 'servicePort'));
  return name ? { via, service: name, namespace: via.namespace, port, span: c.span(node) } : undefined;
}

export function readIngress(c: ReadCtx, o: ObjectEntry): IngressBackend[] {
  const via = { kind: 'Ingress' as const, namespace: o.namespace ?? 'default', name: o.name ?? '' };
  const spec = asMap(c.doc, get(c.doc, o.node, 'spec'));
  const out: IngressBackend[] = [];
  const def = ingressBackend(c, get(c.doc, spec, 'defaultBackend') ?? get(c.doc, spec, 'backend'), via);
  if (def) out.push(def);
  for (const rule of items(c.doc, get(c.doc, spec, 'rules'))) {
    const http = asMap(c.doc, get(c.doc, asMap(c.doc, rule), 'http'));
    for (const path of items(c.doc, get(c.doc, http, 'paths'))) {
      const b = ingressBackend(c, get(c.doc, asMap(c.doc, path), 'backend'), via);
      if (b) out.push(b);
    }
  }
  return out;
}

/** A Route sends to `spec.to` and its `alternateBackends` (Services only), on `spec.port.targetPort`. */
export function readRoute(c: ReadCtx, o: ObjectEntry): IngressBackend[] {
  const via = { kind: 'Route' as const, namespace: o.namespace ?? 'default', name: o.name ?? '' };
  const spec = asMap(c.doc, get(c.doc, o.node, 'spec'));
  const port = intOrString(c, get(c.doc, asMap(c.doc, get(c.doc, spec, 'port')), 'targetPort'));
  const out: IngressBackend[] = [];
  const targets = [get(c.doc, spec, 'to'), ...items(c.doc, get(c.doc, spec, 'alternateBackends'))];
  for (const t of targets) {
    const tm = asMap(c.doc, t);
    const kind = strictStr(c.doc, get(c.doc, tm, 'kind'));
    const name = strictStr(c.doc, get(c.doc, tm, 'name'));
    if (!name || (kind !== undefined && kind !== '' && kind !== 'Service')) continue;
    out.push({ via, service: name, namespace: via.namespace, port, span: c.span(t) });
  }
  return out;
}
