/**
 * Quick fixes for diagnostics, where the fix is unambiguous: which PolicyEdit repairs the problem a
 * diagnostic reports, found by the position it reports at (the innermost policy, rule, peer and port
 * whose YAML span holds it). Pure: the UI applies the edit through the one commit path, so a fix is
 * one undoable step and keeps the comments around it.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { NetworkPolicy, PolicyRule, Span, Workspace } from '../types.ts';
import { policyTypesForRules } from './quick-fix-plan.ts';
import type { PolicyEdit } from './types.ts';

/** What each fix's button says (English); src/i18n/<language>/quick-fixes.ts says it in the user's language. */
export const QUICK_FIX_TITLES = {
  addDnsEgress: 'Add a DNS egress rule',
  mergeSplitPeer: 'Merge into one peer (AND)',
  addPolicyTypes: 'Add the missing policyTypes',
  swapEndPort: 'Swap port and endPort',
  removeEndPort: 'Remove endPort',
} as const;

export type QuickFixId = keyof typeof QUICK_FIX_TITLES;

export interface QuickFix {
  /** Which fix: the key of its title in the catalogues. */
  id: QuickFixId;
  /** What the button says in English: `Add a DNS egress rule`. */
  title: string;
  edit: PolicyEdit;
}

const fix = (id: QuickFixId, edit: PolicyEdit): QuickFix => ({ id, title: QUICK_FIX_TITLES[id], edit });

const holds = (span: Span | undefined, d: Diagnostic): boolean =>
  !!span && span.file === d.file && span.offset <= d.offset && d.offset < span.endOffset;

/** The policy, rule (either direction) and the index of the peer / port holding the diagnostic's start. */
function locate(ws: Workspace, d: Diagnostic) {
  const policy = ws.policies.find((p) => holds(p.span, d));
  if (!policy) return undefined;
  const rule: PolicyRule | undefined = [...policy.ingress, ...policy.egress].find((r) => holds(r.span, d));
  const peer = rule ? rule.peers.findIndex((p) => holds(p.span, d)) : -1;
  const port = rule ? rule.ports.findIndex((p) => holds(p.span, d)) : -1;
  return { policy, rule, peer, port };
}

const address = (policy: NetworkPolicy, rule: PolicyRule) => ({
  policy: policy.id,
  direction: rule.direction,
  rule: rule.index,
});

export function quickFixFor(ws: Workspace, d: Diagnostic): QuickFix | undefined {
  const at = locate(ws, d);
  if (!at) return undefined;
  const { policy, rule, peer, port } = at;
  // Two policies of one name: which one an edit by name would reach is not certain.
  if (ws.policies.filter((p) => p.id === policy.id).length > 1) return undefined;
  switch (d.rule) {
    case 'no-dns-egress':
      return fix('addDnsEgress', { op: 'addDnsEgress', policy: policy.id });
    case 'split-peer':
      if (!rule || peer < 1) return undefined;
      return fix('mergeSplitPeer', { op: 'mergeSplitPeer', ...address(policy, rule), peer });
    case 'policy-types-omit-rules':
      return fix('addPolicyTypes', { op: 'setPolicyTypes', policy: policy.id, ...policyTypesForRules(policy) });
    case 'endport-before-port':
      if (!rule || port < 0) return undefined;
      return fix('swapEndPort', { op: 'fixEndPort', ...address(policy, rule), port });
    case 'endport-named-port':
      if (!rule || port < 0) return undefined;
      return fix('removeEndPort', { op: 'fixEndPort', ...address(policy, rule), port });
    default:
      return undefined;
  }
}
