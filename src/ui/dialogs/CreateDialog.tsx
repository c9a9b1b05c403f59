/**
 * The name prompt after dropping a palette item: a namespace, a workload
 * (into the namespace it was dropped on) or an external CIDR. Defaults are
 * what people write anyway (`app: <name>`), so Enter after typing a name is
 * enough.
 */
import { useId, useState } from 'react';
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

const TITLES: Record<CreateKind, string> = {
  namespace: 'New namespace',
  workload: 'New workload',
  cidr: 'External network (CIDR)',
};

export function CreateDialog({ kind, namespace, namespaces, onSubmit, onCancel }: Props) {
  const [name, setName] = useState('');
  const [ns, setNs] = useState(namespace ?? namespaces[0] ?? 'default');
  // The labels follow the name (`app=<name>`) until the user edits them.
  const [labelsText, setLabelsText] = useState<string | undefined>(undefined);
  const [portsText, setPortsText] = useState('');
  const listId = useId();
  const trimmed = name.trim();
  const labelsShown = labelsText ?? (kind === 'workload' ? `app=${trimmed || '<name>'}` : '');

  let error: string | undefined;
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
      title={TITLES[kind]}
      hint={
        kind === 'cidr'
          ? 'Draw an edge to or from it to write an ipBlock rule.'
          : kind === 'workload'
            ? 'Adds a Deployment manifest to the YAML.'
            : 'Adds a Namespace manifest to the YAML.'
      }
      submitLabel="Add"
      error={shownError}
      incomplete={Boolean(error)}
      onSubmit={() => values && !error && onSubmit(values)}
      onCancel={onCancel}
      testId="create-dialog"
    >
      <Field label={kind === 'cidr' ? 'CIDR' : 'Name'}>
        <input
          className="input"
          name="name"
          data-autofocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={kind === 'cidr' ? '203.0.113.0/24' : kind === 'workload' ? 'e.g. worker' : 'e.g. payments'}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      {kind === 'workload' && (
        <Field label="Namespace">
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
        <Field label="Labels" note="key=value, comma separated">
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
        <Field label="Container ports" note="optional: 8080, http:8080, dns:53/UDP">
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
