/**
 * Canonical keys for what a peer selects. Graph edge ids and the planner's
 * "is this flow already allowed?" checks both key on them, so two spellings
 * of the same peer (key order, flow vs block style) are the same peer. The
 * key text itself is written by ids.ts.
 */
import { selectorKey } from '../analysis/selectors.ts';
import type { LabelSelector, PolicyPeer } from '../types.ts';
import { NS_NAME_LABEL } from '../manifests/workspace.ts';
import { peerKeyText, type PeerKeyParts } from './ids.ts';

/**
 * What a peer of a policy in `policyNamespace` selects: a CIDR block, pods of
 * one namespace fixed by name (the policy's own when there is no
 * namespaceSelector), pods of namespaces picked by selector, or all namespaces.
 */
export function peerKeyParts(peer: PolicyPeer, policyNamespace: string): PeerKeyParts {
  if (peer.ipBlock) return { kind: 'cidr', cidr: peer.ipBlock.cidr, except: peer.ipBlock.except };
  const podSelector = peer.podSelector ? selectorKey(peer.podSelector) : '';
  if (!peer.namespaceSelector) return { kind: 'namespace', namespace: policyNamespace, podSelector };
  const fixed = fixedNamespace(peer.namespaceSelector);
  if (fixed !== undefined) return { kind: 'namespace', namespace: fixed, podSelector };
  const namespaceSelector = selectorKey(peer.namespaceSelector);
  if (namespaceSelector === '' && podSelector === '') return { kind: 'all-namespaces' };
  return { kind: 'namespace-selector', namespaceSelector, podSelector };
}

/** `peerKeyParts` as text: `cidr:<block>`, `ns:<name>|pods:<sel>`, `nssel:<sel>|pods:<sel>`, `all-namespaces`. */
export const peerKey = (peer: PolicyPeer, policyNamespace: string): string =>
  peerKeyText(peerKeyParts(peer, policyNamespace));

export { NS_NAME_LABEL };

/** The namespace a selector names exactly (`kubernetes.io/metadata.name: x` alone), if any. */
export function fixedNamespace(sel: LabelSelector): string | undefined {
  const keys = Object.keys(sel.matchLabels);
  if (keys.length === 1 && keys[0] === NS_NAME_LABEL && sel.matchExpressions.length === 0)
    return sel.matchLabels[NS_NAME_LABEL];
  if (keys.length === 0 && sel.matchExpressions.length === 1) {
    const r = sel.matchExpressions[0];
    if (r.key === NS_NAME_LABEL && r.operator === 'In' && r.values.length === 1) return r.values[0];
  }
  return undefined;
}

/** The namespaces a selector names exactly by name label (`In [a, b]` or a single matchLabels entry), if that is all it says. */
export function namedNamespaces(sel: LabelSelector): string[] | undefined {
  const one = fixedNamespace(sel);
  if (one !== undefined) return [one];
  if (Object.keys(sel.matchLabels).length === 0 && sel.matchExpressions.length === 1) {
    const r = sel.matchExpressions[0];
    if (r.key === NS_NAME_LABEL && r.operator === 'In' && r.values.length > 0) return [...new Set(r.values)].sort();
  }
  return undefined;
}
