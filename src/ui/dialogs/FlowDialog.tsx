/**
 * "Allow traffic from A to B": the dialog after drawing an edge. Ports,
 * protocol and endPort, and which side(s) get a rule. `auto` is what
 * DESIGN.md §2 says drawing means: an ingress rule at B, plus the egress rule
 * at A only where A is egress-isolated (else it would change nothing).
 * The port starts at B's declared containerPort (flow-choices.ts); a
 * namespace source can be selected by one of its own labels. Where a
 * cluster-scoped policy selects an end, the rule can go into it instead, with
 * an action (FlowDialogCluster.tsx); that rule is written here, not by the
 * caller's `onSubmit` (which writes NetworkPolicies), and the dialog closes
 * through `onCancel` once it is written.
 */
import { useTranslation } from 'react-i18next';
import { useMemo, useState } from 'react';
import type { FlowSides, PortSpec } from '../../model/edits/index.ts';
import type { GraphNode } from '../../model/graph/types.ts';
import type { ClusterAction } from '../../model/cluster-types.ts';
import type { Protocol } from '../../model/types.ts';
import {
  chosenPort,
  clusterRuleEdit,
  initialClusterAction,
  initialPortFields,
  targetPortChoices,
  withNamespaceSelector,
  type PortChoice,
} from './flow-choices.ts';
import { DeclaredPortPicker, NamespaceSelectorPicker, useNamespaceSelectorChoices } from './FlowDialogPickers.tsx';
import {
  ClusterRuleFields,
  ClusterTargetPicker,
  INTO_NETWORK_POLICIES,
  useClusterTargets,
} from './FlowDialogCluster.tsx';
import { Field, FormDialog } from './FormDialog.tsx';
import { parsePortSpec, PROTOCOLS } from './forms.ts';
import { useText } from '../i18n/use-text.ts';
import { endName } from '../canvas/gestures/end-name.ts';
import { runEdit } from '../canvas/gestures/gestures.ts';

/** Endpoints made of pods can carry policies (and so rules); CIDRs and "all namespaces" cannot. */
export const hasPods = (n: GraphNode): boolean =>
  n.endpoint !== undefined && n.endpoint.type !== 'cidr' && n.endpoint.type !== 'all-namespaces';

interface Props {
  source: GraphNode;
  target: GraphNode;
  /** `source` as submitted: its endpoint carries the chosen namespace selector. */
  onSubmit: (ports: PortSpec[], sides: FlowSides, source: GraphNode) => void;
  onCancel: () => void;
}

export function FlowDialog({ source, target, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('ui-dialogs');
  const portChoices = useMemo(() => targetPortChoices(target.ports), [target.ports]);
  const [port, setPort] = useState(() => initialPortFields(portChoices).port);
  const [endPort, setEndPort] = useState('');
  const [protocol, setProtocol] = useState<Protocol>(() => initialPortFields(portChoices).protocol);
  const [sides, setSides] = useState<FlowSides>('auto');
  const nsChoices = useNamespaceSelectorChoices(source, target);
  const [nsPicked, setNsChoice] = useState(0);
  // The graph may change under an open dialog: an index past the list falls back to the default.
  const nsChoice = nsPicked < nsChoices.length ? nsPicked : 0;
  const clusterTargets = useClusterTargets(source, target);
  const [intoPicked, setInto] = useState(INTO_NETWORK_POLICIES);
  const into = intoPicked >= 0 ? clusterTargets[intoPicked] : undefined;
  const [actionPicked, setAction] = useState<ClusterAction>();
  const action =
    into && (actionPicked && into.actions.includes(actionPicked) ? actionPicked : initialClusterAction(into));
  const [ruleName, setRuleName] = useState('');
  const parsed = parsePortSpec(port, endPort, protocol);
  const picked = chosenPort(portChoices, port, endPort, protocol);
  const canIngress = hasPods(target);
  const canEgress = hasPods(source);
  const say = useText();
  const ends = { source: say(endName(source)), target: say(endName(target)) };
  const options: Array<{ value: FlowSides; label: string; note: string; enabled: boolean }> = [
    {
      value: 'auto',
      label: t('flow.auto'),
      note: canIngress ? t('flow.autoNote', ends) : t('flow.autoEgressNote', ends),
      enabled: canIngress || canEgress,
    },
    {
      value: 'ingress',
      label: t('flow.ingress'),
      note: t('flow.ingressNote', ends),
      enabled: canIngress,
    },
    {
      value: 'egress',
      label: t('flow.egress'),
      note: t('flow.egressNote', ends),
      enabled: canEgress,
    },
    { value: 'both', label: t('flow.both'), note: t('flow.bothNote'), enabled: canIngress && canEgress },
  ];
  const submit = () => {
    if (!parsed.ok) return;
    const endpoint = source.endpoint && withNamespaceSelector(source.endpoint, nsChoices[nsChoice]);
    const ports = parsed.value ? [parsed.value] : [];
    if (into && action && endpoint && target.endpoint) {
      // Stays open on a refusal (its toast says why), so what the user typed is not lost.
      if (runEdit(clusterRuleEdit(into, action, endpoint, target.endpoint, ports, ruleName))) onCancel();
      return;
    }
    onSubmit(ports, sides, { ...source, endpoint });
  };
  const pickPort = (choice: PortChoice | undefined) => {
    setPort(choice?.port ?? '');
    setProtocol(choice?.protocol ?? 'TCP');
    setEndPort('');
  };
  return (
    <FormDialog
      title={action === 'Deny' ? t('flow.titleDeny') : action === 'Pass' ? t('flow.titlePass') : t('flow.title')}
      hint={
        <>
          <strong>{ends.source}</strong> → <strong>{ends.target}</strong>
          {action ? t('flow.hintRule') : t('flow.hint')}
        </>
      }
      submitLabel={action ? t('flow.addRule', { action: t(`flow.action.${action}`) }) : t('flow.allow')}
      danger={action === 'Deny'}
      error={parsed.ok ? undefined : parsed.error}
      onSubmit={submit}
      onCancel={onCancel}
      testId="flow-dialog"
    >
      {portChoices.length > 1 && (
        <DeclaredPortPicker
          target={ends.target}
          choices={portChoices}
          picked={picked}
          typed={port.trim() !== ''}
          onPick={pickPort}
        />
      )}
      <div className="field-row">
        <Field label={t('flow.port')}>
          <input
            className="input"
            name="port"
            data-autofocus
            value={port}
            // Prefilled from the target: typing replaces it.
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setPort(e.target.value)}
            placeholder={t('flow.allPorts')}
            inputMode="numeric"
            autoComplete="off"
          />
        </Field>
        <Field label={t('flow.endPort')}>
          <input
            className="input"
            name="endPort"
            value={endPort}
            onChange={(e) => setEndPort(e.target.value)}
            placeholder={t('flow.optional')}
            inputMode="numeric"
            autoComplete="off"
          />
        </Field>
        <Field label={t('flow.protocol')}>
          <select
            className="input"
            name="protocol"
            value={protocol}
            onChange={(e) => setProtocol(e.target.value as Protocol)}
          >
            {PROTOCOLS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
      </div>
      {nsChoices.length > 0 && source.endpoint?.type === 'namespace' && (
        <NamespaceSelectorPicker
          namespace={source.endpoint.namespace}
          choices={nsChoices}
          chosen={nsChoice}
          onChoose={setNsChoice}
        />
      )}
      {clusterTargets.length > 0 && (
        <ClusterTargetPicker
          targets={clusterTargets}
          chosen={into ? intoPicked : INTO_NETWORK_POLICIES}
          onChoose={setInto}
        />
      )}
      {into && action ? (
        <ClusterRuleFields target={into} action={action} onAction={setAction} name={ruleName} onName={setRuleName} />
      ) : (
        <fieldset className="choice-group">
          <legend>{t('flow.rulesLegend')}</legend>
          {options.map((o) => (
            <label
              key={o.value}
              className={`choice${sides === o.value ? ' is-checked' : ''}${o.enabled ? '' : ' is-disabled'}`}
            >
              <input
                type="radio"
                name="sides"
                value={o.value}
                checked={sides === o.value}
                disabled={!o.enabled}
                onChange={() => setSides(o.value)}
              />
              <span>
                <strong>{o.label}</strong>
                <span className="choice__text">{o.note}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </FormDialog>
  );
}
