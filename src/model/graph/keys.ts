/**
 * Canonical strings for what a peer selects. Graph ids and the planner's
 * "is this flow already allowed?" checks both key on them, so two spellings
 * of the same peer (key order, flow vs block style) are the same peer.
 */
import { selectorKey } from '../analysis/selectors.ts';
import type { IPBlock, LabelSelector, PolicyPeer } from '../types.ts';
import { NS_NAME_LABEL } from '../manifests/workspace.ts';

/** `10.0.0.0/8` or `10.0.0.0/8 except 10.1.0.0/16,10.2.0.0/16`. */
export function cidrKey(block: IPBlock): string {
  const except = [...block.except].sort();
  return except.length ? `${block.cidr} except ${except.join(',')}` : block.cidr;
}

/**
 * What a peer of a policy in `policyNamespace` selects:
 * `cidr:<block>`, `ns:<name>|pods:<sel>` (a namespace fixed by name),
 * `nssel:<sel>|pods:<sel>` (namespaces by selector), `all-namespaces`.
 */
export function peerKey(peer: PolicyPeer, policyNamespace: string): string {
  if (peer.ipBlock) return `cidr:${cidrKey(peer.ipBlock)}`;
  const pods = peer.podSelector ? selectorKey(peer.podSelector) : '';
  if (!peer.namespaceSelector) return `ns:${policyNamespace}|pods:${pods}`;
  const fixed = fixedNamespace(peer.namespaceSelector);
  if (fixed !== undefined) return `ns:${fixed}|pods:${pods}`;
  const nss = selectorKey(peer.namespaceSelector);
  if (nss === '' && pods === '') return 'all-namespaces';
  return `nssel:${nss}|pods:${pods}`;
}

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
