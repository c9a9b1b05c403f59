/**
 * The English sentences of "why is this flow allowed / blocked" (explain.ts), by
 * id: `summaryLines` are made from them, and the same ids with their arguments
 * (`summaryRefs`) let the CLI and the app say them in the user's language
 * (src/i18n/en/explain.ts is this table, src/i18n/ja/explain.ts its twin).
 */
import { sayWith, type MessageArg, type Said } from '../text/message.ts';

export const EXPLAIN_MESSAGES = {
  headline: '{{from}} → {{to}} on {{what}}: {{verdict}}.',
  anyPort: 'any port',
  allowed: 'allowed',
  blocked: 'blocked',
  blockedNothing: 'blocked (no connections)',
  allowedConns: 'allowed: {{conns}}',
  dirIngress: 'Ingress',
  dirEgress: 'Egress',
  dirIngressLower: 'ingress',
  dirEgressLower: 'egress',
  outside: '{{Dir}}: {{who}} is outside the cluster; no policy applies there.',
  tieredNotSelected: '{{Dir}}: no NetworkPolicy with {{Dir}} selects {{who}}.',
  notSelected: '{{Dir}}: no policy with {{Dir}} selects {{who}}, so all {{dir}} is allowed.',
  isolatedNoRulePort: '{{Dir}}: {{who}} is isolated by {{isolators}}, and no {{dir}} rule allows this port.',
  isolatedNoRulePeer: '{{Dir}}: {{who}} is isolated by {{isolators}}, and no {{dir}} rule allows this peer.',
  isolatedAllowed: '{{Dir}}: {{who}} is isolated by {{isolators}}; allowed by {{rules}}.',
  decision: '{{Dir}} decision: {{text}}.',
  ambiguous: 'Ambiguous: {{text}}; where both match, the cluster may apply either.',
  noEndpoint: 'No workload or IP address named "{{name}}".',
  bothOutside: 'Both ends are outside the cluster; NetworkPolicies do not apply.',
} as const;

export type ExplainMessageId = keyof typeof EXPLAIN_MESSAGES;

export function sayExplain(id: ExplainMessageId, args: Readonly<Record<string, MessageArg>> = {}): Said {
  const ref = { id, args };
  return { ref, text: sayWith(EXPLAIN_MESSAGES, ref) };
}
