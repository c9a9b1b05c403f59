/**
 * One element of `from` / `to`, as ValidateNetworkPolicyPeer and
 * ValidateIPBlock check it.
 */
import { isNullNode, quote, type Reporter } from './context.ts';
import { isStrictSubnet, parseCidr } from './cidr.ts';
import { validateLabelSelector } from './selector.ts';
import { asMap, asSeq, asString, field, structFields } from './shape.ts';

const PEER_FIELDS = ['podSelector', 'namespaceSelector', 'ipBlock'] as const;
const IPBLOCK_FIELDS = ['cidr', 'except'] as const;

/** `fallback` is where to point when the peer itself has no position (a bare `-`). */
export function validatePeer(r: Reporter, node: unknown, path: string, fallback: unknown): void {
  const n = r.deref(node);
  if (n === undefined && node != null) return; // alias budget spent
  if (isNullNode(n)) {
    const at = (n as { range?: unknown } | null)?.range ? n : fallback;
    r.error(at, 'empty-peer', `${path} must set podSelector, namespaceSelector or ipBlock; an empty peer is rejected.`);
    return;
  }
  const map = asMap(r, n, path);
  if (!map) return;
  const fields = structFields(r, map, path, PEER_FIELDS);
  const present = fields.filter((f) => !isNullNode(f.value));
  if (present.length === 0) {
    r.error(
      map,
      'empty-peer',
      `${path} must set podSelector, namespaceSelector or ipBlock; an empty peer is rejected.`,
    );
    return;
  }
  const ipBlock = present.find((f) => f.name === 'ipBlock');
  if (ipBlock && present.length > 1) {
    r.error(
      ipBlock.key,
      'peer-mixes-ipblock',
      `${path} may not combine ipBlock with podSelector or namespaceSelector; use separate peers.`,
    );
  }
  for (const f of present) {
    if (f.name === 'ipBlock') validateIpBlock(r, f.value, f.key, `${path}.ipBlock`);
    else validateLabelSelector(r, f.value, `${path}.${f.name}`);
  }
}

function validateIpBlock(r: Reporter, node: unknown, keyNode: unknown, path: string): void {
  const map = asMap(r, node, path);
  if (!map) return;
  const fields = structFields(r, map, path, IPBLOCK_FIELDS);
  const cidrField = field(fields, 'cidr');
  const cidrText = cidrField ? asString(r, cidrField.value, `${path}.cidr`) : undefined;
  if (!cidrField || isNullNode(cidrField.value) || cidrText?.value === '') {
    r.error(cidrField?.key ?? keyNode, 'missing-cidr', `${path}.cidr is required.`);
    return;
  }
  if (!cidrText) return;
  const parsed = parseCidr(cidrText.value);
  if (!parsed.ok) {
    r.error(
      cidrText.node,
      'invalid-cidr',
      `${path}.cidr ${quote(cidrText.value)} is not a valid CIDR: ${parsed.reason}.`,
    );
  } else if (parsed.cidr.address !== parsed.cidr.network) {
    r.warning(
      cidrText.node,
      'cidr-not-canonical',
      `${path}.cidr ${quote(cidrText.value)} has host bits set; it means the whole network (the address is masked to the prefix).`,
    );
  }

  const exceptField = field(fields, 'except');
  const seq = exceptField ? asSeq(r, exceptField.value, `${path}.except`) : undefined;
  seq?.items.forEach((item, i) => {
    const itemPath = `${path}.except[${i}]`;
    const text = asString(r, item, itemPath);
    if (!text) return;
    const ex = parseCidr(text.value);
    if (!ex.ok) {
      r.error(text.node, 'invalid-cidr', `${itemPath} ${quote(text.value)} is not a valid CIDR: ${ex.reason}.`);
      return;
    }
    if (parsed.ok && !isStrictSubnet(parsed.cidr, ex.cidr)) {
      const why =
        parsed.cidr.family !== ex.cidr.family ? 'it is a different IP family' : 'it must be a strict subset of cidr';
      r.error(
        text.node,
        'except-outside-cidr',
        `${itemPath} ${quote(text.value)} is not inside ${quote(cidrText.value)}: ${why}.`,
      );
    }
  });
}
