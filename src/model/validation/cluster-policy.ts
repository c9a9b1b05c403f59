/**
 * One AdminNetworkPolicy, BaselineAdminNetworkPolicy (v1alpha1) or ClusterNetworkPolicy (v1alpha2)
 * object, as its CRD's schema and netpol-analyzer check it: the subject and every peer and port set
 * exactly one field, actions of the kind, priority 0–1000, at most 25 rules / peers / ports,
 * a BaselineAdminNetworkPolicy named `default`, valid selectors, CIDRs and port ranges. Peers that
 * cannot be evaluated offline (`nodes`, `domainNames`, IPv6 `networks`) get a `not-analysed`
 * warning. Every finding is at the node it is about.
 */
import type { YAMLMap } from 'yaml';
import { fieldsOf, isNullNode, quote, type Field, type Reporter } from './context.ts';
import { parseCidr } from './cidr.ts';
import { dns1123SubdomainErrors, isValidPortNumber } from './names.ts';
import { validateLabelSelector } from './selector.ts';
import { asInt, asMap, asSeq, asString, field, structFields } from './shape.ts';

type Kind = 'AdminNetworkPolicy' | 'BaselineAdminNetworkPolicy' | 'ClusterNetworkPolicy';

/** The API's limit on rules per direction, peers per rule, ports per rule and CIDRs per peer. */
export const CLUSTER_POLICY_MAX_ITEMS = 25;
const MAX_PRIORITY = 1000;

const ACTIONS: Record<Kind, readonly string[]> = {
  AdminNetworkPolicy: ['Allow', 'Deny', 'Pass'],
  BaselineAdminNetworkPolicy: ['Allow', 'Deny'],
  ClusterNetworkPolicy: ['Accept', 'Deny', 'Pass'],
};

const SPEC_FIELDS: Record<Kind, readonly string[]> = {
  AdminNetworkPolicy: ['priority', 'subject', 'ingress', 'egress'],
  BaselineAdminNetworkPolicy: ['subject', 'ingress', 'egress'],
  ClusterNetworkPolicy: ['tier', 'priority', 'subject', 'ingress', 'egress'],
};

interface Ctx {
  r: Reporter;
  kind: Kind;
}

/** At most `CLUSTER_POLICY_MAX_ITEMS` items; reported at the first item over the limit. */
function checkMax(c: Ctx, seq: { items: unknown[] }, path: string, what: string): void {
  if (seq.items.length <= CLUSTER_POLICY_MAX_ITEMS) return;
  c.r.error(
    seq.items[CLUSTER_POLICY_MAX_ITEMS],
    'cluster-policy-limit',
    `${path} has ${seq.items.length} ${what}; the API allows at most ${CLUSTER_POLICY_MAX_ITEMS}.`,
  );
}

/** Exactly one of `names` set (null counts as unset); returns that field. */
function exactlyOne(c: Ctx, map: YAMLMap, at: unknown, path: string, names: readonly string[]): Field | undefined {
  const fields = structFields(c.r, map, path, names).filter((f) => !isNullNode(c.r.deref(f.value)));
  if (fields.length === 1) return fields[0];
  c.r.error(
    fields[1]?.key ?? at,
    'cluster-policy-one-of',
    `${path}: exactly one of ${names.join(', ')} must be set${fields.length > 1 ? `, found ${fields.map((f) => f.name).join(' and ')}` : ''}.`,
  );
  return undefined;
}

function validatePods(c: Ctx, node: unknown, path: string): void {
  const m = asMap(c.r, node, path);
  if (!m) return;
  const fields = structFields(c.r, m, path, ['namespaceSelector', 'podSelector']);
  for (const f of fields) validateLabelSelector(c.r, f.value, `${path}.${f.name}`);
  // The CRD requires both; netpol-analyzer reads a missing one as {} (and so does the analysis here).
  for (const name of ['namespaceSelector', 'podSelector'])
    if (!field(fields, name))
      c.r.warning(
        m,
        'cluster-policy-defaulted',
        `${path}.${name} is required by the API; read as {} (every ${name === 'podSelector' ? 'pod' : 'namespace'}).`,
      );
}

function validateSubject(c: Ctx, node: unknown, key: unknown, path: string): void {
  const m = asMap(c.r, node, path);
  if (!m) {
    c.r.error(key, 'cluster-policy-one-of', `${path} is required: exactly one of namespaces, pods.`);
    return;
  }
  const f = exactlyOne(c, m, key, path, ['namespaces', 'pods']);
  if (f?.name === 'namespaces') validateLabelSelector(c.r, f.value, `${path}.namespaces`);
  else if (f) validatePods(c, f.value, `${path}.pods`);
}

function validateNetworks(c: Ctx, node: unknown, path: string): void {
  const seq = asSeq(c.r, node, path);
  if (!seq) return;
  checkMax(c, seq, path, 'CIDRs');
  seq.items.forEach((item, i) => {
    const s = asString(c.r, item, `${path}[${i}]`);
    if (!s) return;
    const parsed = parseCidr(s.value);
    if (!parsed.ok)
      c.r.error(
        s.node,
        'cluster-policy-cidr',
        `${path}[${i}] ${quote(s.value)}: invalid CIDR address: ${parsed.reason}.`,
      );
    else if (parsed.cidr.family === 6)
      c.r.warning(
        s.node,
        'not-analysed',
        `${path}[${i}] ${quote(s.value)}: IPv6 networks are not analysed (netpol-analyzer skips them too); this CIDR matches nothing here.`,
      );
  });
}

function validatePeer(c: Ctx, node: unknown, path: string, ingress: boolean): void {
  const m = asMap(c.r, node, path);
  if (!m) {
    c.r.error(node, 'cluster-policy-one-of', `${path} must set exactly one field.`);
    return;
  }
  const names = ingress ? ['namespaces', 'pods'] : ['namespaces', 'pods', 'nodes', 'networks', 'domainNames'];
  const f = exactlyOne(c, m, m, path, names);
  if (!f) return;
  const p = `${path}.${f.name}`;
  if (f.name === 'namespaces' || f.name === 'nodes') validateLabelSelector(c.r, f.value, p);
  if (f.name === 'pods') validatePods(c, f.value, p);
  if (f.name === 'networks') validateNetworks(c, f.value, p);
  if (f.name === 'nodes' || f.name === 'domainNames')
    c.r.warning(
      f.key,
      'not-analysed',
      `${p}: ${f.name} peers depend on the live cluster (node addresses, DNS) and are not analysed; this peer matches nothing here.`,
    );
}

function checkPort(c: Ctx, node: unknown, path: string): number | undefined {
  const v = asInt(c.r, node, path);
  if (v && !isValidPortNumber(v.value)) {
    c.r.error(v.node, 'cluster-policy-port', `${path} ${v.value} is not a port number (1-65535).`);
    return undefined;
  }
  return v?.value;
}

function checkRange(c: Ctx, node: unknown, path: string): void {
  const m = asMap(c.r, node, path);
  if (!m) return;
  const fields = structFields(
    c.r,
    m,
    path,
    c.kind === 'ClusterNetworkPolicy' ? ['start', 'end'] : ['protocol', 'start', 'end'],
  );
  const protocol = field(fields, 'protocol');
  if (protocol) checkProtocol(c, protocol.value, `${path}.protocol`);
  const start = field(fields, 'start');
  const end = field(fields, 'end');
  if (!start || !end) {
    c.r.error(m, 'cluster-policy-port', `${path} needs both start and end.`);
    return;
  }
  const s = checkPort(c, start.value, `${path}.start`);
  const e = checkPort(c, end.value, `${path}.end`);
  const strict = c.kind === 'ClusterNetworkPolicy'; // v1alpha2: start < end; v1alpha1: start <= end
  if (s !== undefined && e !== undefined && (strict ? s >= e : s > e))
    c.r.error(
      end.value,
      'cluster-policy-port',
      `${path}: port range ${s}-${e} is illegal: start must be ${strict ? 'less than' : 'at most'} end.`,
    );
}

function checkProtocol(c: Ctx, node: unknown, path: string): void {
  const s = asString(c.r, node, path);
  if (s && !['TCP', 'UDP', 'SCTP'].includes(s.value))
    c.r.error(s.node, 'cluster-policy-port', `${path} ${quote(s.value)} must be TCP, UDP or SCTP.`);
}

/** v1alpha1 `ports[i]`: one of portNumber, portRange, namedPort. */
function validateV1Port(c: Ctx, node: unknown, path: string): void {
  const m = asMap(c.r, node, path);
  if (!m) return;
  const f = exactlyOne(c, m, m, path, ['portNumber', 'portRange', 'namedPort']);
  if (!f) return;
  const p = `${path}.${f.name}`;
  if (f.name === 'namedPort') asString(c.r, f.value, p);
  else if (f.name === 'portRange') checkRange(c, f.value, p);
  else {
    const pm = asMap(c.r, f.value, p);
    if (!pm) return;
    const fields = structFields(c.r, pm, p, ['protocol', 'port']);
    const protocol = field(fields, 'protocol');
    if (protocol) checkProtocol(c, protocol.value, `${p}.protocol`);
    const port = field(fields, 'port');
    if (port) checkPort(c, port.value, `${p}.port`);
    else c.r.error(pm, 'cluster-policy-port', `${p}.port is required.`);
  }
}

/** v1alpha2 `protocols[i]`: one of tcp, udp, sctp ({destinationPort: {number} | {range}}), destinationNamedPort. */
function validateV2Protocol(c: Ctx, node: unknown, path: string): void {
  const m = asMap(c.r, node, path);
  if (!m) return;
  const f = exactlyOne(c, m, m, path, ['tcp', 'udp', 'sctp', 'destinationNamedPort']);
  if (!f) return;
  const p = `${path}.${f.name}`;
  if (f.name === 'destinationNamedPort') {
    asString(c.r, f.value, p);
    return;
  }
  const pm = asMap(c.r, f.value, p);
  const dp = pm ? field(structFields(c.r, pm, p, ['destinationPort']), 'destinationPort') : undefined;
  const dm = dp ? asMap(c.r, dp.value, `${p}.destinationPort`) : undefined;
  if (!dm) return;
  const one = exactlyOne(c, dm, dm, `${p}.destinationPort`, ['number', 'range']);
  if (one?.name === 'number') checkPort(c, one.value, `${p}.destinationPort.number`);
  else if (one) checkRange(c, one.value, `${p}.destinationPort.range`);
}

function validateRule(c: Ctx, node: unknown, path: string, ingress: boolean): void {
  const m = asMap(c.r, node, path);
  if (!m) return;
  const peersKey = ingress ? 'from' : 'to';
  const portsKey = c.kind === 'ClusterNetworkPolicy' ? 'protocols' : 'ports';
  const fields = structFields(c.r, m, path, ['name', 'action', peersKey, portsKey]);
  const name = field(fields, 'name');
  if (name) {
    const s = asString(c.r, name.value, `${path}.name`);
    if (s && s.value.length > 100)
      c.r.error(
        s.node,
        'cluster-policy-limit',
        `${path}.name is ${s.value.length} characters long; the API allows at most 100.`,
      );
  }
  const action = field(fields, 'action');
  const a = action ? asString(c.r, action.value, `${path}.action`) : undefined;
  const allowed = ACTIONS[c.kind];
  if (!a || !allowed.includes(a.value))
    c.r.error(
      a?.node ?? action?.key ?? m,
      'cluster-policy-action',
      `${path}.action ${a ? `${quote(a.value)} is an unrecognized action` : 'is required'}: a ${c.kind} rule takes ${allowed.join(', ')}.`,
    );
  const peers = field(fields, peersKey);
  const seq = peers ? asSeq(c.r, peers.value, `${path}.${peersKey}`) : undefined;
  if (!seq || seq.items.length === 0)
    c.r.error(
      peers?.key ?? m,
      'cluster-policy-peers',
      `${path}.${peersKey} field must be defined and contain at least one item.`,
    );
  if (seq) {
    checkMax(c, seq, `${path}.${peersKey}`, 'peers');
    seq.items.forEach((p, i) => validatePeer(c, p, `${path}.${peersKey}[${i}]`, ingress));
  }
  const ports = field(fields, portsKey);
  const pseq = ports ? asSeq(c.r, ports.value, `${path}.${portsKey}`) : undefined;
  if (pseq) {
    checkMax(c, pseq, `${path}.${portsKey}`, 'ports');
    pseq.items.forEach((p, i) =>
      c.kind === 'ClusterNetworkPolicy'
        ? validateV2Protocol(c, p, `${path}.${portsKey}[${i}]`)
        : validateV1Port(c, p, `${path}.${portsKey}[${i}]`),
    );
  }
}

function validateName(c: Ctx, obj: YAMLMap, path: string): void {
  const meta = field(fieldsOf(obj).fields, 'metadata');
  const m = meta ? asMap(c.r, meta.value, `${path}metadata`) : undefined;
  const nameField = m ? field(fieldsOf(m).fields, 'name') : undefined;
  const name = nameField ? asString(c.r, nameField.value, `${path}metadata.name`) : undefined;
  if (!name || name.value === '') {
    c.r.error(nameField?.key ?? meta?.key ?? obj, 'missing-name', `${path}metadata.name is required.`);
    return;
  }
  const errs = dns1123SubdomainErrors(name.value);
  if (errs.length > 0)
    c.r.error(
      name.node,
      'invalid-name',
      `${path}metadata.name ${quote(name.value)} is not a valid DNS-1123 subdomain: ${errs.join('; ')}.`,
    );
  if (c.kind === 'BaselineAdminNetworkPolicy' && name.value !== 'default')
    c.r.error(
      name.node,
      'banp-name',
      `${path}metadata.name ${quote(name.value)}: only one baseline admin network policy with metadata.name=default can be created in the cluster.`,
    );
}

function validatePriority(c: Ctx, spec: YAMLMap, fields: Field[], path: string): void {
  const pf = field(fields, 'priority');
  const v = pf ? asInt(c.r, pf.value, `${path}.priority`) : undefined;
  if (!v) {
    if (!pf || isNullNode(c.r.deref(pf.value)))
      c.r.error(pf?.key ?? spec, 'cluster-policy-priority', `${path}.priority is required (0-${MAX_PRIORITY}).`);
    return;
  }
  if (v.value < 0 || v.value > MAX_PRIORITY)
    c.r.error(
      v.node,
      'cluster-policy-priority',
      `${path}.priority ${v.value} is invalid: priority value must be between 0-${MAX_PRIORITY}.`,
    );
}

/** `obj` is the object's map, `kind` one of the three kinds; `path` prefixes messages (e.g. `items[2].`). */
export function validateClusterPolicy(r: Reporter, obj: YAMLMap, kind: Kind, path: string): void {
  const c: Ctx = { r, kind };
  validateName(c, obj, path);
  const specField = field(fieldsOf(obj).fields, 'spec');
  const spec = specField ? asMap(r, specField.value, `${path}spec`) : undefined;
  if (!spec) {
    r.error(specField?.key ?? obj, 'cluster-policy-one-of', `${path}spec is required (subject and rules).`);
    return;
  }
  const sp = `${path}spec`;
  const fields = structFields(r, spec, sp, SPEC_FIELDS[kind]);
  if (kind !== 'BaselineAdminNetworkPolicy') validatePriority(c, spec, fields, sp);
  if (kind === 'ClusterNetworkPolicy') {
    const tier = field(fields, 'tier');
    const t = tier ? asString(r, tier.value, `${sp}.tier`) : undefined;
    if (!t || (t.value !== 'Admin' && t.value !== 'Baseline'))
      r.error(
        t?.node ?? tier?.key ?? spec,
        'cluster-policy-tier',
        `${sp}.tier must be Admin or Baseline${t ? `, found ${quote(t.value)}` : ''}; the policy is not analysed.`,
      );
  }
  const subject = field(fields, 'subject');
  validateSubject(c, subject?.value, subject?.key ?? spec, `${sp}.subject`);
  for (const dir of ['ingress', 'egress'] as const) {
    const f = field(fields, dir);
    const seq = f ? asSeq(r, f.value, `${sp}.${dir}`) : undefined;
    if (!seq) continue;
    checkMax(c, seq, `${sp}.${dir}`, 'rules');
    seq.items.forEach((rule, i) => validateRule(c, rule, `${sp}.${dir}[${i}]`, dir === 'ingress'));
  }
}
