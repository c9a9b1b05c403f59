/**
 * Adjusts the definitions generated from kubernetes-types so the schema accepts
 * what the API server writes (`kubectl get … -o yaml`), where the TypeScript
 * types are narrower than the JSON on the wire. Used by gen-schema.js.
 *
 * Reviewed against the Go types' JSON encoding: a zero `metav1.Time` /
 * `MicroTime` struct marshals to `null` whatever its `omitempty`
 * (`lastProbeTime: null`, `creationTimestamp: null` in pod templates); every
 * other field of the kinds we check is a pointer, a string, a number or a bool,
 * or a slice/map with `omitempty`, so it is left out rather than written as
 * null. Required slices such as `containers` are never nil in stored objects.
 */

/** Definition names kubernetes-types gives the two timestamp wrappers. */
const TIMESTAMPS = ['Time', 'MicroTime'];

/** Every `#/definitions/X` named anywhere inside `node`. */
function refsIn(node, out = new Set()) {
  if (Array.isArray(node)) for (const v of node) refsIn(v, out);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) out.add(v.slice(14));
      else refsIn(v, out);
    }
  return out;
}

/** Names of the definitions reachable from `roots` (the roots included). */
function closure(definitions, roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const name = queue.pop();
    if (seen.has(name) || !definitions[name]) continue;
    seen.add(name);
    queue.push(...refsIn(definitions[name]));
  }
  return seen;
}

/**
 * `Time` and `MicroTime` accept null: the API server writes a zero timestamp as
 * `null` (`conditions[].lastProbeTime: null` on every pod,
 * `template.metadata.creationTimestamp: null` on every workload).
 */
function nullableTimestamps(definitions) {
  let found = 0;
  for (const name of TIMESTAMPS) {
    const def = definitions[name];
    if (!def) continue; // MicroTime only appears with Events and Leases, which the editor does not check
    if (def.type !== 'string') throw new Error(`schema: ${name} is no longer a string (kubernetes-types changed?)`);
    def.type = ['string', 'null'];
    found++;
  }
  if (!found) throw new Error('schema: no Time definition (kubernetes-types changed?)');
}

/**
 * `managedFields[].fieldsV1` is a trie of `f:<field>`, `k:<keys>`, `v:<value>`
 * and `.` keys (sigs.k8s.io/structured-merge-diff); kubernetes-types types it
 * as an empty interface, which the generator turned into a closed empty object.
 */
function openFieldsV1(definitions) {
  const def = definitions.FieldsV1;
  if (!def) throw new Error('schema: no FieldsV1 definition (kubernetes-types changed?)');
  delete def.additionalProperties;
}

/**
 * `resource.Quantity` is written as a string by the server, but the server
 * also accepts a number (`cpu: 1`, `nvidia.com/gpu: 2`), as most manifests do.
 */
function numericQuantity(definitions) {
  const def = definitions.Quantity;
  if (!def) throw new Error('schema: no Quantity definition (kubernetes-types changed?)');
  def.type = ['string', 'number'];
}

/**
 * Objects only the server writes (what is reachable from a kind's `status` and
 * from nothing a user authors) accept unknown fields. Closed objects are there
 * to flag a misspelling a user typed; under `status` an unknown field means an
 * API server newer than kubernetes-types (e.g. Pod `status.observedGeneration`
 * and `conditions[].observedGeneration` from Kubernetes 1.33), and flagging it
 * on every object of a pasted dump would bury the real problems. Known fields
 * keep their types, hover and completion.
 */
function openServerWrittenStatus(definitions, kinds) {
  const statusRoots = [];
  const authoredRoots = [];
  for (const kind of kinds) {
    const { status, ...authored } = definitions[kind].properties ?? {};
    if (status) statusRoots.push(...refsIn(status));
    authoredRoots.push(...refsIn(authored));
  }
  const authored = closure(definitions, authoredRoots);
  for (const name of closure(definitions, statusRoots)) {
    if (authored.has(name)) continue;
    const def = definitions[name];
    if (def.additionalProperties === false) delete def.additionalProperties;
  }
}

/** Applies every adjustment above to the generated `definitions`, in place. */
export function acceptServerOutput(definitions, kinds) {
  nullableTimestamps(definitions);
  openFieldsV1(definitions);
  numericQuantity(definitions);
  openServerWrittenStatus(definitions, kinds);
}
