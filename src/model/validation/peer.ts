/**
 * One element of `from` / `to`, as ValidateNetworkPolicyPeer and
 * ValidateIPBlock check it.
 */
import { isNullNode, quote, type Reporter } from './context.ts';
import { say } from './messages.ts';
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
    r.error(at, 'empty-peer', say('emptyPeer', { path }));
    return;
  }
  const map = asMap(r, n, path);
  if (!map) return;
  const fields = structFields(r, map, path, PEER_FIELDS);
  const present = fields.filter((f) => !isNullNode(f.value));
  if (present.length === 0) {
    r.error(map, 'empty-peer', say('emptyPeer', { path }));
    return;
  }
  const ipBlock = present.find((f) => f.name === 'ipBlock');
  if (ipBlock && present.length > 1) {
    r.error(ipBlock.key, 'peer-mixes-ipblock', say('peerMixesIpBlock', { path }));
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
    r.error(cidrField?.key ?? keyNode, 'missing-cidr', say('cidrRequired', { path }));
    return;
  }
  if (!cidrText) return;
  const parsed = parseCidr(cidrText.value);
  if (!parsed.ok) {
    r.error(
      cidrText.node,
      'invalid-cidr',
      say('invalidCidr', { path, value: quote(cidrText.value), reason: parsed.reason }),
    );
  } else if (parsed.cidr.address !== parsed.cidr.network) {
    r.warning(cidrText.node, 'cidr-not-canonical', say('cidrHostBits', { path, value: quote(cidrText.value) }));
  }

  const exceptField = field(fields, 'except');
  const seq = exceptField ? asSeq(r, exceptField.value, `${path}.except`) : undefined;
  seq?.items.forEach((item, i) => {
    const itemPath = `${path}.except[${i}]`;
    const text = asString(r, item, itemPath);
    if (!text) return;
    const ex = parseCidr(text.value);
    if (!ex.ok) {
      r.error(
        text.node,
        'invalid-cidr',
        say('invalidExcept', { path: itemPath, value: quote(text.value), reason: ex.reason }),
      );
      return;
    }
    if (parsed.ok && !isStrictSubnet(parsed.cidr, ex.cidr)) {
      const id = parsed.cidr.family !== ex.cidr.family ? 'exceptOtherFamily' : 'exceptNotInside';
      r.error(
        text.node,
        'except-outside-cidr',
        say(id, { path: itemPath, value: quote(text.value), cidr: quote(cidrText.value) }),
      );
    }
  });
}
