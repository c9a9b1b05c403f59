/**
 * Planning the lint quick fixes (quick-fix.ts picks them): each a few manifest operations on one
 * policy, written in place by src/sync so the rest of the document, comments included, is untouched.
 */
import type { NetworkPolicy, PolicyRule, Workspace } from '../types.ts';
import { NS_NAME_LABEL } from '../graph/keys.ts';
import { peersKey, policyTypesJson, selectorJson } from './manifest.ts';
import { NETWORK_POLICY, type ManifestOp, type ObjectRef } from './ops.ts';
import type { Plan } from './plan.ts';
import { findPolicy } from './resolve.ts';
import type { PolicyEdit } from './types.ts';

type QuickFix = Extract<PolicyEdit, { op: 'addDnsEgress' | 'mergeSplitPeer' | 'fixEndPort' }>;

const targetOf = (p: NetworkPolicy): ObjectRef => ({
  group: p.group,
  kind: NETWORK_POLICY,
  namespace: p.namespace,
  name: p.name,
});

/** The DNS rule the quick fix adds: what the built-in example's allow-dns policy allows. */
export const DNS_EGRESS_RULE = {
  to: [
    {
      namespaceSelector: { matchLabels: { [NS_NAME_LABEL]: 'kube-system' } },
      podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    },
  ],
  ports: [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ],
};

function ruleOf(
  policy: NetworkPolicy,
  edit: { direction: 'ingress' | 'egress'; rule: number },
): PolicyRule | undefined {
  return policy[edit.direction].find((r) => r.index === edit.rule);
}

export function planQuickFix(ws: Workspace, edit: QuickFix): Plan {
  const policy = findPolicy(ws, edit.policy);
  if (!policy) return { error: `No policy ${edit.policy}.` };
  const target = targetOf(policy);
  if (edit.op === 'addDnsEgress') {
    const ops: ManifestOp[] = [{ op: 'append', target, path: ['spec', 'egress'], value: DNS_EGRESS_RULE }];
    // Listed policyTypes without Egress would ignore the new rule.
    if (policy.explicitPolicyTypes && !policy.policyTypes.egress)
      ops.push({
        op: 'set',
        target,
        path: ['spec', 'policyTypes'],
        value: policyTypesJson({ ...policy.policyTypes, egress: true }),
      });
    return { ops };
  }
  const rule = ruleOf(policy, edit);
  if (!rule) return { error: `Policy ${edit.policy} has no ${edit.direction} rule #${edit.rule}.` };
  const rulePath = ['spec', edit.direction, edit.rule] as const;
  if (edit.op === 'mergeSplitPeer') {
    const prev = rule.peers[edit.peer - 1];
    const peer = rule.peers[edit.peer];
    if (!prev || !peer) return { error: `That rule has no peers ${edit.peer - 1} and ${edit.peer}.` };
    const key = peer.namespaceSelector ? 'namespaceSelector' : 'podSelector';
    const selector = peer.namespaceSelector ?? peer.podSelector;
    if (!selector || prev[key] || prev.ipBlock) return { error: 'These two peers cannot be merged into one.' };
    const list = peersKey(edit.direction);
    return {
      ops: [
        { op: 'set', target, path: [...rulePath, list, edit.peer - 1, key], value: selectorJson(selector) },
        { op: 'remove', target, path: [...rulePath, list, edit.peer] },
      ],
    };
  }
  const port = rule.ports[edit.port];
  if (!port || port.endPort === undefined) return { error: 'That port has no endPort to correct.' };
  const portPath = [...rulePath, 'ports', edit.port];
  if (typeof port.port === 'number' && port.endPort < port.port)
    return {
      ops: [
        { op: 'set', target, path: [...portPath, 'port'], value: port.endPort },
        { op: 'set', target, path: [...portPath, 'endPort'], value: port.port },
      ],
    };
  return { ops: [{ op: 'remove', target, path: [...portPath, 'endPort'] }] };
}

/** The policyTypes a policy needs so that none of its rules is ignored (for the setPolicyTypes quick fix). */
export function policyTypesForRules(p: NetworkPolicy): { ingress: boolean; egress: boolean } {
  return {
    ingress: p.policyTypes.ingress || p.ingress.length > 0,
    egress: p.policyTypes.egress || p.egress.length > 0,
  };
}
