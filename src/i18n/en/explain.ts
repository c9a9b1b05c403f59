/**
 * "Why is this flow allowed / blocked" (English). `sentences` is the core's own
 * table (model/analysis/explain-messages.ts: the `explain` command's summary);
 * `why` words the Why panel's and the probe's account of each side, where the
 * names in `<who/>`, `<policies/>`, `<policy/>` are the app's buttons and links.
 */
import { EXPLAIN_MESSAGES } from '../../model/analysis/explain-messages.ts';

export const explain = {
  sentences: EXPLAIN_MESSAGES,
  why: {
    notIsolated: '<who/> is not isolated for {{dir}}: no policy with {{Dir}} selects it, so all {{dir}} is allowed.',
    outsideAddresses: 'Addresses outside the cluster: no NetworkPolicy applies on their side.',
    outsideAddress: 'An address outside the cluster: no NetworkPolicy applies on its side.',
    isolatedBy: '<who/> is isolated for {{dir}} by <policies/>.',
    noRuleAllowsPort: 'No {{dir}} rule allows {{port}}: blocked here.',
    noRuleAllowsPeer: 'No {{dir}} rule allows this peer: blocked here.',
    noRuleAllowsIt: 'No {{dir}} rule allows it: blocked here.',
    allowedByRule: 'Allowed by <policy/> {{dir}} rule {{number}}',
    matchesNotPort: 'Matches, but not this port: <policy/> {{dir}} rule {{number}}',
    portAllowed: '{{port}}: allowed',
    portBlocked: '{{port}}: blocked',
    allowedConns: 'Allowed: {{conns}}',
    blockedAll: 'Blocked: nothing gets through',
    probeAllowedPort: '{{from}} → {{to}} on {{port}}: allowed',
    probeBlockedPort: '{{from}} → {{to}} on {{port}}: blocked',
    probeAllowedConns: '{{from}} → {{to}}: allowed {{conns}}',
    probeBlockedAll: '{{from}} → {{to}}: blocked, nothing gets through',
    newPod: 'new pod {{labels}} in {{namespace}}',
    ingress: 'ingress',
    egress: 'egress',
  },
} as const;
