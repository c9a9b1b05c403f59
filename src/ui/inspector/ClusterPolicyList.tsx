/**
 * The cluster-scoped policies whose subject selects the inspected node (model/edits/cluster-targets.ts
 * says which), in evaluation order: each with its tier, its priority editable (setClusterPriority) and
 * its rules in order, each movable up or down (moveClusterRule) — the first matching rule decides, so
 * order is what the user edits here. Every change is one PolicyEdit, one undo step.
 */
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { ClusterPolicy, ClusterRule } from '../../model/cluster-types.ts';
import { clusterPoliciesSelecting, type EndpointRef } from '../../model/edits/index.ts';
import type { GraphNode } from '../../model/graph/types.ts';
import { message } from '../../state/message.ts';
import { runEdit } from '../canvas/gestures/gestures.ts';
import type { Parsed } from '../dialogs/forms.ts';
import { useClusterPolicyWorkspace } from '../hooks/use-workspace.ts';
import { Name } from '../text/Name.tsx';
import { commitParsed } from './commit-field.ts';
import { InlineField } from './InlineField.tsx';
import './cluster-policies.css';

/** The node as an end of a flow; a namespace box stands for every pod of it. */
function endpointOf(node: GraphNode): EndpointRef | undefined {
  if (node.kind === 'namespace' && node.namespace !== undefined)
    return { type: 'namespace', namespace: node.namespace };
  return node.endpoint;
}

/** The priority field's text: a whole number 0-1000 (the planner checks the range again). */
function parsePriority(text: string): Parsed<number> {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n > 1000)
    return { ok: false, error: message('ui-inspector:cluster.priorityInvalid') };
  return { ok: true, value: n };
}

export function ClusterPolicyList({ node, disabled }: { node: GraphNode; disabled: boolean }) {
  const { t } = useTranslation('ui-inspector');
  const ws = useClusterPolicyWorkspace();
  const ref = endpointOf(node);
  const policies = useMemo(() => (ws && ref ? clusterPoliciesSelecting(ws, ref) : []), [ws, ref]);
  if (policies.length === 0) return null;
  return (
    <section className="inspector__section" data-testid="cluster-policies">
      <h3 className="inspector__heading">{t('cluster.heading')}</h3>
      {policies.map((p) => (
        <ClusterPolicyCard key={`${p.kind}/${p.name}`} policy={p} disabled={disabled} />
      ))}
    </section>
  );
}

function ClusterPolicyCard({ policy, disabled }: { policy: ClusterPolicy; disabled: boolean }) {
  const { t } = useTranslation('ui-inspector');
  const ref = { kind: policy.kind, name: policy.name };
  return (
    <div className="cluster-card" data-testid="cluster-policy">
      <div className="cluster-card__head">
        <span className="cluster-card__kind">{policy.kind}</span>
        <span className="cluster-card__name">
          <Name>{policy.name}</Name>
        </span>
        <span className="cluster-card__tier">{t(`cluster.tier.${policy.tier}`)}</span>
      </div>
      {policy.kind !== 'BaselineAdminNetworkPolicy' && (
        <InlineField
          label={t('cluster.priority')}
          value={Number.isNaN(policy.priority) ? '' : String(policy.priority)}
          note={t('cluster.priorityNote')}
          testId="cluster-priority"
          disabled={disabled}
          onCommit={(text) =>
            commitParsed(parsePriority(text), (priority) => ({ op: 'setClusterPriority', policy: ref, priority }))
          }
        />
      )}
      {(['ingress', 'egress'] as const).map(
        (direction) =>
          policy[direction].length > 0 && (
            <div key={direction}>
              <h4 className="cluster-card__direction">{t(`cluster.direction.${direction}`)}</h4>
              <ol className="cluster-rules">
                {policy[direction].map((rule, i) => (
                  <RuleRow
                    key={rule.index}
                    rule={rule}
                    disabled={disabled}
                    first={i === 0}
                    last={i === policy[direction].length - 1}
                    onMove={(to) =>
                      runEdit({ op: 'moveClusterRule', policy: ref, direction, rule: rule.index, to: rule.index + to })
                    }
                  />
                ))}
              </ol>
            </div>
          ),
      )}
    </div>
  );
}

function RuleRow({
  rule,
  disabled,
  first,
  last,
  onMove,
}: {
  rule: ClusterRule;
  disabled: boolean;
  first: boolean;
  last: boolean;
  /** -1 up, +1 down. */
  onMove: (by: -1 | 1) => void;
}) {
  const { t } = useTranslation('ui-inspector');
  const name = rule.name || t('cluster.unnamed');
  const action = rule.action ?? '?';
  return (
    <li className="cluster-rule" data-testid="cluster-rule">
      <span className={`cluster-rule__action cluster-rule__action--${action.toLowerCase()}`}>{action}</span>
      <span className="cluster-rule__name" title={name}>
        <Name>{name}</Name>
      </span>
      <button
        type="button"
        className="link-button"
        disabled={disabled || first}
        onClick={() => onMove(-1)}
        aria-label={t('cluster.moveUpTitle', { name })}
        title={t('cluster.moveUpTitle', { name })}
        data-testid="cluster-rule-up"
      >
        ↑
      </button>
      <button
        type="button"
        className="link-button"
        disabled={disabled || last}
        onClick={() => onMove(1)}
        aria-label={t('cluster.moveDownTitle', { name })}
        title={t('cluster.moveDownTitle', { name })}
        data-testid="cluster-rule-down"
      >
        ↓
      </button>
    </li>
  );
}
