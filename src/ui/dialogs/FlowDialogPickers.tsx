/**
 * The Allow-traffic dialog's two pick lists: the target's declared ports
 * (shown when it declares several) and the label that selects a namespace
 * source. The choosing itself is in flow-choices.ts.
 */
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { GraphNode } from '../../model/graph/types.ts';
import type { Labels } from '../../model/types.ts';
import { useView } from '../hooks/use-view.ts';
import { namespaceSelectorChoices, type NamespaceSelectorChoice, type PortChoice } from './flow-choices.ts';
import { Field } from './FormDialog.tsx';

/** Values of the declared-ports list besides the ports' indices. */
const ALL_PORTS = -1;
const OTHER_PORT = -2;

export function DeclaredPortPicker({
  target,
  choices,
  picked,
  typed,
  onPick,
}: {
  target: string;
  choices: readonly PortChoice[];
  /** Index of the choice the port fields hold, -1 for none. */
  picked: number;
  /** The port field is not empty. */
  typed: boolean;
  /** A choice, or undefined for every port. */
  onPick: (choice: PortChoice | undefined) => void;
}) {
  const { t } = useTranslation('ui-dialogs');
  const other = picked < 0 && typed;
  return (
    <Field label={t('flow.portsOf', { target })}>
      <select
        className="input"
        name="declaredPort"
        value={picked >= 0 ? picked : other ? OTHER_PORT : ALL_PORTS}
        onChange={(e) => {
          const value = Number(e.target.value);
          if (value !== OTHER_PORT) onPick(choices[value]);
        }}
      >
        {choices.map((c, i) => (
          <option key={c.label} value={i}>
            {c.label}
          </option>
        ))}
        <option value={ALL_PORTS}>{t('flow.allPorts')}</option>
        {other && <option value={OTHER_PORT}>{t('flow.asTyped')}</option>}
      </select>
    </Field>
  );
}

export function NamespaceSelectorPicker({
  namespace,
  choices,
  chosen,
  onChoose,
}: {
  namespace: string;
  choices: readonly NamespaceSelectorChoice[];
  chosen: number;
  onChoose: (index: number) => void;
}) {
  const { t } = useTranslation('ui-dialogs');
  const also = choices[chosen].alsoSelects;
  return (
    <Field
      label={t('flow.selectNamespaceBy', { namespace })}
      note={also.length ? t('flow.alsoSelects', { names: also.join(', ') }) : t('flow.selectsOnlyThis')}
    >
      <select
        className="input"
        name="namespaceSelector"
        value={chosen}
        onChange={(e) => onChoose(Number(e.target.value))}
      >
        {choices.map((c, i) => (
          <option key={c.label} value={i}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Label choices for a namespace source, from the labels of the graph's namespace nodes. */
export function useNamespaceSelectorChoices(source: GraphNode, target: GraphNode): NamespaceSelectorChoice[] {
  const nodes = useView().graph.nodes;
  return useMemo(() => {
    const labels = new Map<string, Labels>();
    for (const n of nodes) if (n.kind === 'namespace' && n.labels) labels.set(n.label, n.labels);
    return namespaceSelectorChoices(source.endpoint, target.namespace, labels);
  }, [nodes, source.endpoint, target.namespace]);
}
