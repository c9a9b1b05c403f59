/**
 * One NetworkPolicy object (a document, or an item of a List), as
 * ValidateNetworkPolicy checks it: metadata names, the spec's selectors,
 * rules, ports, peers and policyTypes.
 */
import type { YAMLMap } from 'yaml';
import { fieldsOf, isNullNode, quote, type Reporter } from './context.ts';
import { say } from './messages.ts';
import { dns1123LabelErrors, dns1123SubdomainErrors } from './names.ts';
import { validatePeer } from './peer.ts';
import { validatePort } from './port.ts';
import { validateLabelMap, validateLabelSelector } from './selector.ts';
import { asMap, asSeq, asString, field, structFields } from './shape.ts';

const SPEC_FIELDS = ['podSelector', 'policyTypes', 'ingress', 'egress'] as const;
const INGRESS_FIELDS = ['ports', 'from'] as const;
const EGRESS_FIELDS = ['ports', 'to'] as const;
const POLICY_TYPES = ['Ingress', 'Egress'];

/** `obj` is the policy's map; `path` prefixes messages (e.g. `items[2].`). */
export function validatePolicy(r: Reporter, obj: YAMLMap, path: string): void {
  const { fields } = fieldsOf(obj);
  validateMetadata(r, obj, field(fields, 'metadata'), path);
  const spec = field(fields, 'spec');
  if (spec) validateSpec(r, spec.value, `${path}spec`);
}

function validateMetadata(r: Reporter, obj: YAMLMap, metaField: ReturnType<typeof field>, path: string): void {
  const meta = metaField ? asMap(r, metaField.value, `${path}metadata`) : undefined;
  const fields = meta ? fieldsOf(meta).fields : [];
  const nameField = field(fields, 'name');
  const name = nameField ? asString(r, nameField.value, `${path}metadata.name`) : undefined;
  const generateName = field(fields, 'generateName');
  // A metadata or name of the wrong type is already reported as wrong-type; don't pile on.
  const wrongType =
    (metaField && !isNullNode(metaField.value) && !meta) || (nameField && !isNullNode(nameField.value) && !name);
  if (!name || name.value === '') {
    if (!generateName && !wrongType) {
      r.error(nameField?.key ?? metaField?.key ?? obj, 'missing-name', say('nameRequired', { path }));
    }
  } else {
    const errs = dns1123SubdomainErrors(name.value);
    if (errs.length > 0)
      r.error(
        name.node,
        'invalid-name',
        say('invalidName', { path, value: quote(name.value), reasons: errs.join('; ') }),
      );
  }
  const nsField = field(fields, 'namespace');
  const ns = nsField ? asString(r, nsField.value, `${path}metadata.namespace`) : undefined;
  if (ns && ns.value !== '') {
    const errs = dns1123LabelErrors(ns.value);
    if (errs.length > 0)
      r.error(
        ns.node,
        'invalid-namespace',
        say('invalidNamespace', { path, value: quote(ns.value), reasons: errs.join('; ') }),
      );
  }
  const labels = field(fields, 'labels');
  if (labels) validateLabelMap(r, labels.value, `${path}metadata.labels`);
}

function validateSpec(r: Reporter, node: unknown, path: string): void {
  const spec = asMap(r, node, path);
  if (!spec) return;
  const fields = structFields(r, spec, path, SPEC_FIELDS);
  const podSelector = field(fields, 'podSelector');
  if (podSelector) validateLabelSelector(r, podSelector.value, `${path}.podSelector`);

  for (const direction of ['ingress', 'egress'] as const) {
    const rulesField = field(fields, direction);
    const rules = rulesField ? asSeq(r, rulesField.value, `${path}.${direction}`) : undefined;
    rules?.items.forEach((item, i) => validateRule(r, item, direction, `${path}.${direction}[${i}]`));
  }

  const typesField = field(fields, 'policyTypes');
  if (typesField) validatePolicyTypes(r, typesField.value, typesField.key, `${path}.policyTypes`);
}

function validateRule(r: Reporter, node: unknown, direction: 'ingress' | 'egress', path: string): void {
  // A null rule (`- `) decodes to an empty rule: allow all. Valid, nothing to check.
  const rule = asMap(r, node, path);
  if (!rule) return;
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  const fields = structFields(r, rule, path, direction === 'ingress' ? INGRESS_FIELDS : EGRESS_FIELDS);
  const ports = field(fields, 'ports');
  const portSeq = ports ? asSeq(r, ports.value, `${path}.ports`) : undefined;
  portSeq?.items.forEach((item, i) => validatePort(r, item, `${path}.ports[${i}]`));
  const peers = field(fields, peersKey);
  const peerSeq = peers ? asSeq(r, peers.value, `${path}.${peersKey}`) : undefined;
  peerSeq?.items.forEach((item, i) => validatePeer(r, item, `${path}.${peersKey}[${i}]`, peerSeq));
}

function validatePolicyTypes(r: Reporter, node: unknown, keyNode: unknown, path: string): void {
  const seq = asSeq(r, node, path);
  if (!seq) return;
  if (seq.items.length > POLICY_TYPES.length) {
    r.error(keyNode, 'too-many-policy-types', say('tooManyPolicyTypes', { path }));
    return;
  }
  const seen = new Set<string>();
  seq.items.forEach((item, i) => {
    const t = asString(r, item, `${path}[${i}]`);
    if (!t) return;
    if (!POLICY_TYPES.includes(t.value)) {
      r.error(t.node, 'invalid-policy-type', say('invalidPolicyType', { path, index: i, value: quote(t.value) }));
    } else if (seen.has(t.value)) {
      r.error(t.node, 'duplicate-policy-type', say('duplicatePolicyType', { path, index: i, value: t.value }));
    }
    seen.add(t.value);
  });
}
