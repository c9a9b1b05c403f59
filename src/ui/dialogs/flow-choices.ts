/**
 * What the "Allow traffic" dialog offers before the user types anything: the
 * target's declared container ports for the rule's port, and, for a namespace
 * source, which label selects that namespace; the edit a cluster-policy choice
 * makes. Pure, so it is tested in Node.
 */
import type { ClusterAction } from '../../model/cluster-types.ts';
import type { ClusterRuleTarget, EndpointRef, PolicyEdit, PortSpec } from '../../model/edits/index.ts';
import { NS_NAME_LABEL } from '../../model/graph/keys.ts';
import type { ContainerPort, Labels, Protocol } from '../../model/types.ts';

export interface PortChoice {
  /** The port field's text: the number (a rule by number works on every pod, whatever it names the port). */
  port: string;
  protocol: Protocol;
  /** `http (8080/TCP)`, or `8080/TCP` for an unnamed port. */
  label: string;
}

/** The target's containerPorts as choices, in declaration order, one per port and protocol. */
export function targetPortChoices(ports: readonly ContainerPort[] | undefined): PortChoice[] {
  const out: PortChoice[] = [];
  for (const p of ports ?? []) {
    const port = String(p.containerPort);
    if (out.some((c) => c.port === port && c.protocol === p.protocol)) continue;
    const number = `${port}/${p.protocol}`;
    out.push({ port, protocol: p.protocol, label: p.name ? `${p.name} (${number})` : number });
  }
  return out;
}

/** The port fields the dialog starts with: the first declared port, else empty (every port). */
export function initialPortFields(choices: readonly PortChoice[]): { port: string; protocol: Protocol } {
  return choices.length ? { port: choices[0].port, protocol: choices[0].protocol } : { port: '', protocol: 'TCP' };
}

/** Index of the choice the fields currently hold, or -1 (every port, or a port typed by hand). */
export function chosenPort(choices: readonly PortChoice[], port: string, endPort: string, protocol: Protocol): number {
  if (endPort.trim()) return -1;
  return choices.findIndex((c) => c.port === port.trim() && c.protocol === protocol);
}

export interface NamespaceSelectorChoice {
  /** `kubernetes.io/metadata.name: monitoring`, `purpose: monitoring`. */
  label: string;
  /** Labels to select the namespace by; undefined = by its name (the planner's default). */
  labels?: Record<string, string>;
  /** Other namespaces of the workspace the selector also picks. */
  alsoSelects: string[];
}

/**
 * How a namespace source can be selected by the target's policy: by name (first, the default), or by
 * one of the Namespace's own labels. Empty when there is nothing to choose: the source is not a
 * namespace, the Namespace has no labels of its own, or the target is in the same namespace (the
 * rule then names the pods with `podSelector: {}`, no namespaceSelector).
 */
export function namespaceSelectorChoices(
  source: EndpointRef | undefined,
  targetNamespace: string | undefined,
  namespaceLabels: ReadonlyMap<string, Labels>,
): NamespaceSelectorChoice[] {
  if (source?.type !== 'namespace' || targetNamespace === undefined || targetNamespace === source.namespace) return [];
  const ns = source.namespace;
  const own = Object.entries(namespaceLabels.get(ns) ?? {})
    .filter(([k]) => k !== NS_NAME_LABEL)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (own.length === 0) return [];
  const sharing = (k: string, v: string) =>
    [...namespaceLabels]
      .filter(([name, labels]) => name !== ns && labels[k] === v)
      .map(([name]) => name)
      .sort();
  return [
    { label: `${NS_NAME_LABEL}: ${ns}`, alsoSelects: [] },
    ...own.map(([k, v]) => ({ label: `${k}: ${v}`, labels: { [k]: v }, alsoSelects: sharing(k, v) })),
  ];
}

/** The source endpoint with the chosen namespace selector (unchanged for the default or a non-namespace). */
export function withNamespaceSelector(source: EndpointRef, choice: NamespaceSelectorChoice | undefined): EndpointRef {
  if (source.type !== 'namespace' || !choice?.labels) return source;
  return { ...source, namespaceLabels: { ...choice.labels } };
}

/** The action a cluster rule starts with: the kind's allowing one (the dialog is "Allow traffic"). */
export function initialClusterAction(target: ClusterRuleTarget): ClusterAction {
  return target.actions.find((a) => a === 'Allow' || a === 'Accept') ?? target.actions[0];
}

/**
 * The rule "Write into" a cluster policy makes: an ingress rule's peer is the flow's source, an egress
 * rule's its destination; appended after the rules the policy has (order decides), named by the
 * planner unless the user typed a name.
 */
export function clusterRuleEdit(
  target: ClusterRuleTarget,
  action: ClusterAction,
  source: EndpointRef,
  destination: EndpointRef,
  ports: PortSpec[],
  name: string,
): PolicyEdit {
  const edit: PolicyEdit = {
    op: 'addClusterRule',
    policy: target.policy,
    direction: target.direction,
    action,
    peers: [target.direction === 'ingress' ? source : destination],
    ports,
  };
  return name.trim() ? { ...edit, name: name.trim() } : edit;
}
