/**
 * Creating from the keyboard: new namespaces, workloads and external
 * networks, and "allow traffic" between two named nodes. Each goes through
 * the canvas's own path (gestures/create.ts → PolicyEdit → one undo step),
 * so the result is what the same gesture with the mouse would write.
 */
import { createAtCentre } from '../canvas/gestures/centre-create.ts';
import { drawFlow } from '../canvas/gestures/create.ts';
import { canGesture } from '../canvas/gestures/gestures.ts';
import type { CreateValues } from '../dialogs/CreateDialog.tsx';
import { targetPortChoices } from '../dialogs/flow-choices.ts';
import { cidrError, nameError, parseRulePorts } from '../dialogs/forms.ts';
import { currentGraph, endpointById, endpointChoices, selectedNodeId } from './node-choices.ts';
import type { Answers, Command, CommandT } from './types.ts';

function submit(values: CreateValues): void {
  createAtCentre(values.kind)?.submit(values);
}

const namespaces = (): string[] =>
  currentGraph().nodes.flatMap((n) => (n.kind === 'namespace' && n.namespace !== undefined ? [n.namespace] : []));

/** The namespace of the selected node, else the first one: where a new workload most likely goes. */
function likelyNamespace(): string | undefined {
  const id = selectedNodeId();
  const node = id ? currentGraph().nodes.find((n) => n.id === id) : undefined;
  return node?.namespace ?? namespaces()[0];
}

/** The port field's first text: the destination's first declared container port (`8080`, `UDP 53`), else every port. */
function declaredPort(answers: Answers): string {
  const first = targetPortChoices(endpointById(answers.destination)?.ports)[0];
  if (!first) return '';
  return first.protocol === 'TCP' ? first.port : `${first.protocol} ${first.port}`;
}

const newWorkload: Command = {
  id: 'newWorkload',
  group: 'create',
  shortcuts: [{ key: 'n' }],
  ready: canGesture,
  steps: [
    {
      kind: 'text',
      id: 'name',
      prompt: 'workloadName',
      hintKey: 'workloadName',
      placeholder: () => 'worker',
      check: (value) => nameError('workload', value),
    },
    {
      kind: 'choose',
      id: 'namespace',
      prompt: 'workloadNamespace',
      hintKey: 'workloadNamespace',
      choices: () => namespaces().map((ns) => ({ value: ns, label: ns, isName: true })),
      typed: (text, _answers, t: CommandT) => {
        const name = text.trim();
        if (!name || namespaces().includes(name)) return undefined;
        return { value: name, label: t('choices.newNamespace', { name }) };
      },
      initial: likelyNamespace,
      check: (value) => nameError('namespace', value),
    },
  ],
  run: (a) => submit({ kind: 'workload', name: a.name, namespace: a.namespace, labels: { app: a.name }, ports: [] }),
};

const newNamespace: Command = {
  id: 'newNamespace',
  group: 'create',
  shortcuts: [{ key: 'n', shift: true }],
  ready: canGesture,
  steps: [
    {
      kind: 'text',
      id: 'name',
      prompt: 'namespaceName',
      hintKey: 'namespaceName',
      placeholder: () => 'payments',
      check: (value) => nameError('namespace', value),
    },
  ],
  run: (a) => submit({ kind: 'namespace', name: a.name, labels: {} }),
};

const newCidr: Command = {
  id: 'newCidr',
  group: 'create',
  ready: canGesture,
  steps: [
    {
      kind: 'text',
      id: 'cidr',
      prompt: 'cidr',
      hintKey: 'cidr',
      placeholder: () => '203.0.113.0/24',
      check: cidrError,
    },
  ],
  run: (a) => submit({ kind: 'cidr', cidr: a.cidr }),
};

const addAllNamespaces: Command = {
  id: 'addAllNamespaces',
  group: 'create',
  ready: canGesture,
  run: () => void createAtCentre('all-namespaces'),
};

const allowTraffic: Command = {
  id: 'allowTraffic',
  group: 'create',
  shortcuts: [{ key: 'c' }],
  ready: canGesture,
  steps: [
    {
      kind: 'choose',
      id: 'source',
      prompt: 'source',
      hintKey: 'source',
      choices: (_a, t) => endpointChoices(t),
      initial: selectedNodeId,
    },
    {
      kind: 'choose',
      id: 'destination',
      prompt: 'destination',
      hintKey: 'destination',
      choices: (a, t) => endpointChoices(t).filter((c) => c.value !== a.source),
      check: (value, a, t) => (value === a.source ? t('errors.sameNode') : undefined),
    },
    {
      kind: 'text',
      id: 'ports',
      prompt: 'ports',
      hintKey: 'ports',
      placeholder: (t) => t('palette.allPorts'),
      initial: declaredPort,
      check: (value) => {
        const parsed = parseRulePorts(value);
        return parsed.ok ? undefined : parsed.error;
      },
    },
  ],
  run: (a) => {
    const source = endpointById(a.source);
    const target = endpointById(a.destination);
    const ports = parseRulePorts(a.ports);
    if (!source || !target || !ports.ok) return;
    drawFlow(source, target, ports.value, 'auto');
  },
};

export const CREATE_COMMANDS: Command[] = [newWorkload, newNamespace, newCidr, addAllNamespaces, allowTraffic];
