/**
 * The name prompt after dropping a palette item: a namespace, a workload
 * (into the namespace it was dropped on) or an external CIDR. Defaults are
 * what people write anyway (`app: <name>`), so Enter after typing a name is
 * enough.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../state/message.ts';
import type { ContainerPortSpec } from '../../model/edits/index.ts';
import { Field, FormDialog } from './FormDialog.tsx';
import { cidrError, nameError, parseContainerPorts, parseLabels } from './forms.ts';

export type CreateKind = 'namespace' | 'workload' | 'cidr';

export type CreateValues =
  | { kind: 'namespace'; name: string; labels: Record<string, string> }
  | { kind: 'workload'; name: string; namespace: string; labels: Record<string, string>; ports: ContainerPortSpec[] }
  | { kind: 'cidr'; cidr: string };

interface Props {
  kind: CreateKind;
  /** Namespace the workload was dropped on (or the only one there is). */
  namespace?: string;
  namespaces: string[];
  onSubmit: (values: CreateValues) => void;
  onCancel: () => void;
}

export function CreateDialog({ kind, namespace, namespaces, onSubmit, onCancel }: Props) {
  const { t } = useTranslation('ui-dialogs');
  const [name, setName] = useState('');
  const [ns, setNs] = useState(namespace ?? namespaces[0] ?? 'default');
  // The labels follow the name (`app=<name>`) until the user edits them.
  const [labelsText, setLabelsText] = useState<string | undefined>(undefined);
  const [portsText, setPortsText] = useState('');
  const listId = useId();
  const trimmed = name.trim();
  const labelsShown = labelsText ?? (kind === 'workload' ? `app=${trimmed || '<name>'}` : '');

  let error: Message | undefined;
  let values: CreateValues | undefined;
  if (kind === 'cidr') {
    error = cidrError(trimmed);
    values = { kind, cidr: trimmed };
  } else {
    const labels = parseLabels(labelsShown.includes('<name>') ? '' : labelsShown);
    error = nameError(kind, trimmed) ?? (labels.ok ? undefined : labels.error);
    if (kind === 'workload') {
      const ports = parseContainerPorts(portsText);
      error ??= nameError('namespace', ns.trim()) ?? (ports.ok ? undefined : ports.error);
      if (labels.ok && ports.ok)
        values = { kind, name: trimmed, namespace: ns.trim(), labels: labels.value, ports: ports.value };
    } else if (labels.ok) values = { kind, name: trimmed, labels: labels.value };
  }
  // An empty name is not worth a red message before the user typed anything.
  const shownError = trimmed === '' ? undefined : error;

  return (
    <FormDialog
      title={t(`create.title.${kind}`)}
      hint={t(`create.hint.${kind}`)}
      submitLabel={t('create.add')}
      error={shownError}
      incomplete={Boolean(error)}
      onSubmit={() => values && !error && onSubmit(values)}
      onCancel={onCancel}
      testId="create-dialog"
    >
      <Field label={kind === 'cidr' ? 'CIDR' : t('create.name')}>
        <input
          className="input"
          name="name"
          data-autofocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={kind === 'cidr' ? '203.0.113.0/24' : t(`create.placeholder.${kind}`)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      {kind === 'workload' && (
        <Field label={t('create.namespace')}>
          <input
            className="input"
            name="namespace"
            value={ns}
            onChange={(e) => setNs(e.target.value)}
            list={listId}
            autoComplete="off"
            spellCheck={false}
          />
          <datalist id={listId}>
            {namespaces.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </Field>
      )}
      {kind !== 'cidr' && (
        <Field label={t('create.labels')} note={t('create.labelsNote')}>
          <input
            className="input"
            name="labels"
            value={labelsShown}
            onChange={(e) => setLabelsText(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
      )}
      {kind === 'workload' && (
        <Field label={t('create.ports')} note={t('create.portsNote')}>
          <input
            className="input"
            name="ports"
            value={portsText}
            onChange={(e) => setPortsText(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
      )}
    </FormDialog>
  );
}
