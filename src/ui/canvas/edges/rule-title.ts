/** The tooltip line of one rule behind a canvas edge: NetworkPolicy rule, cluster-policy rule or route. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge } from '../../../model/graph/types.ts';

export function useRuleTitle(): (r: GraphEdge) => string {
  const { t } = useTranslation('ui-canvas');
  return useCallback(
    (r: GraphEdge) => {
      if (r.routes) return t('edge.routeRule', { routes: r.routes.join(', '), label: r.label });
      if (r.cluster)
        return t('edge.clusterRule', {
          policy: r.policyId,
          direction: r.direction,
          rule: r.ruleIndex + 1,
          name: r.cluster.ruleName ? ` "${r.cluster.ruleName}"` : '',
          label: r.label,
        });
      // NetworkPolicy rules keep the tooltip they always had.
      return `${r.policyId} · ${r.direction} rule ${r.ruleIndex + 1}: ${r.label}`;
    },
    [t],
  );
}
