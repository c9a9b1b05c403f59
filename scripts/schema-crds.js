/**
 * The cluster-scoped policy kinds (AdminNetworkPolicy, BaselineAdminNetworkPolicy,
 * ClusterNetworkPolicy) for the editor's schema, taken from their CRDs'
 * openAPIV3Schema (`npm run schema` reads them from ../shared/crds, or
 * CRD_DIR). Only the structure is kept: the CRDs' description prose is dropped,
 * and every object that lists its properties is closed (additionalProperties:
 * false) like the generated Kubernetes kinds, because the API server silently
 * prunes an unknown field such as a misspelt `priorty`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** CRD file, kind and version: the experimental channel (a superset of the standard one). */
const CRDS = [
  ['v1alpha1-experimental-policy.networking.k8s.io_adminnetworkpolicies.yaml', 'AdminNetworkPolicy', 'v1alpha1'],
  [
    'v1alpha1-experimental-policy.networking.k8s.io_baselineadminnetworkpolicies.yaml',
    'BaselineAdminNetworkPolicy',
    'v1alpha1',
  ],
  ['v1alpha2-experimental-policy.networking.k8s.io_clusternetworkpolicies.yaml', 'ClusterNetworkPolicy', 'v1alpha2'],
];

/** Keywords a JSON-schema validator reads; Kubernetes extensions and prose are left out. */
const KEEP = new Set([
  'type',
  'properties',
  'items',
  'required',
  'enum',
  'format',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'uniqueItems',
  'default',
]);

function structural(node) {
  if (Array.isArray(node)) return node.map(structural);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!KEEP.has(key)) continue;
    if (key === 'properties')
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structural(v)]));
    else out[key] = typeof value === 'object' ? structural(value) : value;
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

/** `{ kind: schema }` for the three kinds, each pinning its apiVersion and kind. */
export function crdDefinitions(dir) {
  const defs = {};
  for (const [file, kind, version] of CRDS) {
    const crd = parseAllDocuments(readFileSync(join(dir, file), 'utf8'))[0].toJS();
    const found = crd.spec.versions.find((v) => v.name === version);
    if (!found) throw new Error(`schema: ${file} has no version ${version}`);
    const def = structural(found.schema.openAPIV3Schema);
    def.properties.apiVersion = { type: 'string', const: `policy.networking.k8s.io/${version}` };
    def.properties.kind = { type: 'string', const: kind };
    // The CRD leaves metadata open; a cluster-scoped object has no namespace, and the rest is ObjectMeta's.
    def.properties.metadata = { $ref: '#/definitions/ObjectMeta' };
    def.description = `${kind} (${`policy.networking.k8s.io/${version}`}), from its CRD.`;
    defs[kind] = def;
  }
  return defs;
}
