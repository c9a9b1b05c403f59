/** The tooltip line of one rule behind a canvas edge: NetworkPolicy rule, cluster-policy rule or route. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge } from '../../../model/graph/types.ts';

function useRuleTitle(): (r: GraphEdge) => string {
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

/**
 * Rule lines an edge's tooltip shows at most. A bundle between two namespace cards can stand for thousands
 * of rules: writing them all into every drawn edge's tooltip, on every render, was most of a big
 * graph's render after an edit (bench:live-diff, 2,000 workloads), for a tooltip no one can read.
 */
export const TITLE_RULES = 20;

/** The tooltip of a canvas edge: its first TITLE_RULES rules, then how many more; kept while the rules are. */
export function useRulesTitle(rules: readonly GraphEdge[]): string {
  const line = useRuleTitle();
  const { t } = useTranslation('ui-canvas');
  return useMemo(() => rulesTitle(rules, line, (count) => t('edge.moreRules', { count })), [rules, line, t]);
}

/** The first TITLE_RULES rules' lines, then `more(the rest)` when there are more. */
export function rulesTitle<R>(rules: readonly R[], line: (r: R) => string, more: (count: number) => string): string {
  const lines = rules.slice(0, TITLE_RULES).map(line);
  if (rules.length > TITLE_RULES) lines.push(more(rules.length - TITLE_RULES));
  return lines.join('\n');
}
