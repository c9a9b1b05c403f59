/**
 * The Allow-traffic dialog's cluster-policy part: "Write into" one of the cluster-scoped policies
 * whose subject selects an end of the flow (model/edits/cluster-targets.ts says which), the rule's
 * action (Deny drawn as a denial) and its name. The rule goes after the policy's existing rules.
 */
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { ClusterAction } from '../../model/cluster-types.ts';
import { clusterRuleTargets, type ClusterRuleTarget } from '../../model/edits/index.ts';
import type { GraphNode } from '../../model/graph/types.ts';
import { useClusterPolicyWorkspace } from '../hooks/use-workspace.ts';
import { Field } from './FormDialog.tsx';
import './flow-dialog.css';

/** Where the flow can be written as a cluster rule, in evaluation order (ingress rules first). */
export function useClusterTargets(source: GraphNode, target: GraphNode): ClusterRuleTarget[] {
  const ws = useClusterPolicyWorkspace();
  return useMemo(
    () => (ws && source.endpoint && target.endpoint ? clusterRuleTargets(ws, source.endpoint, target.endpoint) : []),
    [ws, source.endpoint, target.endpoint],
  );
}

/** Value of the "Write into" list for the NetworkPolicies (the dialog's own rules). */
export const INTO_NETWORK_POLICIES = -1;

export function ClusterTargetPicker({
  targets,
  chosen,
  onChoose,
}: {
  targets: readonly ClusterRuleTarget[];
  /** Index into `targets`, or INTO_NETWORK_POLICIES. */
  chosen: number;
  onChoose: (index: number) => void;
}) {
  const { t } = useTranslation('ui-dialogs');
  const label = (c: ClusterRuleTarget) => {
    const values = { kind: c.policy.kind, name: c.policy.name, direction: t(`flow.direction.${c.direction}`) };
    return c.policy.kind === 'BaselineAdminNetworkPolicy'
      ? t('flow.intoClusterBaseline', values)
      : t('flow.intoCluster', { ...values, priority: c.priority });
  };
  return (
    <Field label={t('flow.into')} note={t('flow.intoNote')}>
      <select
        className="input"
        name="into"
        value={chosen}
        onChange={(e) => onChoose(Number(e.target.value))}
        data-testid="flow-into"
      >
        <option value={INTO_NETWORK_POLICIES}>{t('flow.intoNetworkPolicies')}</option>
        {targets.map((c, i) => (
          <option key={`${c.policy.kind}/${c.policy.name}/${c.direction}`} value={i}>
            {label(c)}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function ClusterRuleFields({
  target,
  action,
  onAction,
  name,
  onName,
}: {
  target: ClusterRuleTarget;
  action: ClusterAction;
  onAction: (action: ClusterAction) => void;
  name: string;
  onName: (name: string) => void;
}) {
  const { t } = useTranslation('ui-dialogs');
  return (
    <>
      <fieldset className="choice-group">
        <legend>{t('flow.actionLegend')}</legend>
        {target.actions.map((a) => (
          <label key={a} className={`choice${action === a ? ' is-checked' : ''}${a === 'Deny' ? ' choice--deny' : ''}`}>
            <input type="radio" name="action" value={a} checked={action === a} onChange={() => onAction(a)} />
            <span>
              <strong>{t(`flow.action.${a}`)}</strong>
              <span className="choice__text">{t(`flow.actionNote.${target.tier}.${a}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Field
        label={t('flow.ruleName')}
        note={target.rules ? t('flow.position', { count: target.rules }) : t('flow.positionFirst')}
      >
        <input
          className="input"
          name="ruleName"
          value={name}
          maxLength={100}
          onChange={(e) => onName(e.target.value)}
          placeholder={t('flow.ruleNameAuto')}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
    </>
  );
}
