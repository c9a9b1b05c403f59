/** Every template, in gallery order (kept apart from index.ts so insert.ts can use it without an import cycle). */
import { adminAllowMonitoring, adminDenyIntoNamespace, baselineDenyIngress } from './cluster-guardrails.ts';
import { defaultDenyAll, defaultDenyEgress, defaultDenyIngress } from './default-deny.ts';
import { allowDnsEgress } from './dns.ts';
import { allowEgressToCidr } from './external-egress.ts';
import { allowFromMonitoring } from './monitoring.ts';
import { allowFromNamespace, allowSameNamespace } from './namespace-access.ts';
import { threeTierApp } from './three-tier.ts';
import type { Template } from './types.ts';

/** In gallery order. */
export const TEMPLATES: readonly Template[] = [
  defaultDenyIngress,
  defaultDenyEgress,
  defaultDenyAll,
  allowDnsEgress,
  allowSameNamespace,
  allowFromNamespace,
  allowFromMonitoring,
  allowEgressToCidr,
  threeTierApp,
  adminDenyIntoNamespace,
  adminAllowMonitoring,
  baselineDenyIngress,
];

export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
