/**
 * Test helper: rewrites v1alpha1 AdminNetworkPolicy / BaselineAdminNetworkPolicy manifests as
 * v1alpha2 ClusterNetworkPolicy, field by field from the two CRDs (../shared/crds), on plain YAML
 * data — it never calls the project's reader or analysis, so the translated oracle checks the
 * v1alpha2 path against netpol-analyzer's v1alpha1 answers independently.
 *
 *   AdminNetworkPolicy          → tier: Admin, its priority
 *   BaselineAdminNetworkPolicy  → tier: Baseline, priority 0 (v1alpha1 allows only one, so no order to keep)
 *   action Allow                → Accept (Deny, Pass unchanged)
 *   ports[]                     → protocols[]: portNumber {protocol, port} → <proto>.destinationPort.number,
 *                                 portRange {protocol, start, end} → <proto>.destinationPort.range,
 *                                 namedPort → destinationNamedPort
 * Every other document is passed through unchanged.
 */
import { parseAllDocuments, stringify } from 'yaml';

type Data = Record<string, unknown>;
const isMap = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

function translatePort(p: unknown): unknown {
  if (!isMap(p)) return p;
  const proto = (x: Data): string => String(x.protocol ?? 'TCP').toLowerCase();
  if (isMap(p.portNumber)) return { [proto(p.portNumber)]: { destinationPort: { number: p.portNumber.port } } };
  if (isMap(p.portRange))
    return { [proto(p.portRange)]: { destinationPort: { range: { start: p.portRange.start, end: p.portRange.end } } } };
  if (p.namedPort !== undefined) return { destinationNamedPort: p.namedPort };
  return p;
}

function translateRule(rule: unknown): unknown {
  if (!isMap(rule)) return rule;
  const out: Data = {};
  for (const [k, v] of Object.entries(rule)) {
    if (k === 'action') out.action = v === 'Allow' ? 'Accept' : v;
    else if (k === 'ports') out.protocols = Array.isArray(v) ? v.map(translatePort) : v;
    else out[k] = v;
  }
  return out;
}

function translateObject(o: Data): Data {
  const tier = o.kind === 'AdminNetworkPolicy' ? 'Admin' : 'Baseline';
  const spec = isMap(o.spec) ? o.spec : {};
  const newSpec: Data = { tier, priority: tier === 'Admin' ? spec.priority : 0 };
  for (const [k, v] of Object.entries(spec)) {
    if (k === 'priority') continue;
    newSpec[k] = (k === 'ingress' || k === 'egress') && Array.isArray(v) ? v.map(translateRule) : v;
  }
  return { ...o, apiVersion: 'policy.networking.k8s.io/v1alpha2', kind: 'ClusterNetworkPolicy', spec: newSpec };
}

const KINDS = new Set(['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);

/** The file's text with every v1alpha1 cluster policy rewritten; `undefined` when it holds none. */
export function translateToV1alpha2(text: string): string | undefined {
  let changed = false;
  const docs = parseAllDocuments(text).map((d) => {
    const data: unknown = d.toJS();
    if (isMap(data) && KINDS.has(String(data.kind)) && String(data.apiVersion).endsWith('/v1alpha1')) {
      changed = true;
      return translateObject(data);
    }
    return data;
  });
  if (!changed) return undefined;
  return docs
    .filter((d) => d !== null && d !== undefined)
    .map((d) => stringify(d))
    .join('---\n');
}
