/** The endpoints of the class-based analysis as the per-flow semantics (rules.ts, tiers.ts) see them. */
import type { Workspace } from '../../types.ts';
import type { Endpoint } from '../endpoints.ts';
import type { PodRef } from '../rules.ts';

export function podRefOf(ws: Workspace, e: Endpoint): PodRef {
  const nsLabels = ws.namespaces.get(e.namespace)?.labels ?? { 'kubernetes.io/metadata.name': e.namespace };
  return { namespace: e.namespace, nsLabels, labels: e.labels, ports: e.ports };
}

/**
 * Endpoints that every cluster policy treats alike get one number: same namespace, labels and
 * container ports. The per-flow evaluation is memoised on these, so replicas and look-alike
 * workloads are evaluated once.
 */
export function signatureIds(endpoints: readonly Endpoint[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(endpoints.length);
  endpoints.forEach((e, i) => {
    const labels = Object.keys(e.labels)
      .sort()
      .map((k) => [k, e.labels[k]]);
    const key = JSON.stringify([e.namespace, labels, e.ports.map((p) => [p.name ?? '', p.containerPort, p.protocol])]);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    out[i] = id;
  });
  return out;
}
