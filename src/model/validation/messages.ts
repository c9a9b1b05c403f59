/**
 * The English wording of the validator's and linter's messages, by id. The
 * diagnostics keep this English text in `message` (CLI json, tests) and carry
 * the id and arguments in `ref`, which the app and the CLI say in the user's
 * language: src/i18n/en/diagnostics.ts is this table, src/i18n/ja/ its
 * Japanese twin. Placeholders are i18next's `{{name}}`.
 */
import { sayWith, type MessageArg, type Said } from '../text/message.ts';

export const DIAGNOSTIC_MESSAGES = {
  // What a node is, for "found X" (context.ts describeNode).
  foundMap: 'a map',
  foundList: 'a list',
  foundAlias: 'an alias',
  foundNull: 'null',
  foundString: 'the string {{value}}',
  foundNumber: 'the number {{value}}',
  foundBoolean: 'the boolean {{value}}',
  foundScalar: 'a scalar',
  foundNothing: 'nothing',
  // Shapes (shape.ts, index.ts, context.ts).
  mustBeMap: '{{path}} must be a map (key: value pairs), found {{found}}.',
  mustBeList: '{{path}} must be a list, found {{found}}.',
  mustBeString: '{{path}} must be a string, found {{found}}.{{hint}}',
  mustBeInteger: '{{path}} must be an integer, found {{found}}.',
  keysMustBeStrings: 'Keys in {{path}} must be strings, found {{found}}.',
  unknownField: 'Unknown field {{name}} in {{path}} (known: {{known}}); Kubernetes ignores or rejects it.',
  itemsMustBeList: '{{path}}items must be a list, found {{found}}.',
  unknownAlias: 'Unknown alias *{{alias}}: no anchor &{{alias}} is defined before it.',
  aliasBomb:
    "This document's aliases expand to more than {{limit}} nodes or refer to themselves (an alias bomb?); it was not analysed.",
  nodeBudget: 'This document expands to more than {{limit}} nodes (through aliases); validation stopped here.',
  controlCharacter: 'The file contains the control character {{code}}; it is not a YAML or JSON text file.',
  // Labels and selectors (selector.ts).
  quoteHint: ' Quote it (e.g. "1.0") so YAML reads it as a string.',
  invalidLabelKey: '{{path}}: label key {{key}} is invalid: {{reasons}}.',
  invalidLabelValue: '{{path}}: label value {{value}} is invalid: {{reasons}}.',
  labelKeysMustBeStrings: '{{path}}: label keys must be strings, found {{found}}.',
  expressionIsNull: '{{path}} must be a map with key, operator and values, found null.',
  expressionKeyRequired: '{{path}}.key is required.',
  operatorRequired: '{{path}}.operator is required (In, NotIn, Exists or DoesNotExist).',
  operatorNeedsValues: '{{path}}.values must be non-empty when operator is {{operator}}.',
  operatorForbidsValues: '{{path}}.values must be empty when operator is {{operator}}.',
  unknownOperator:
    '{{path}}.operator {{operator}} is not a valid selector operator (In, NotIn, Exists, DoesNotExist; case matters).',
  // Peers and ipBlock (peer.ts).
  emptyPeer: '{{path}} must set podSelector, namespaceSelector or ipBlock; an empty peer is rejected.',
  peerMixesIpBlock: '{{path}} may not combine ipBlock with podSelector or namespaceSelector; use separate peers.',
  cidrRequired: '{{path}}.cidr is required.',
  invalidCidr: '{{path}}.cidr {{value}} is not a valid CIDR: {{reason}}.',
  cidrHostBits:
    '{{path}}.cidr {{value}} has host bits set; it means the whole network (the address is masked to the prefix).',
  invalidExcept: '{{path}} {{value}} is not a valid CIDR: {{reason}}.',
  exceptOtherFamily: '{{path}} {{value}} is not inside {{cidr}}: it is a different IP family.',
  exceptNotInside: '{{path}} {{value}} is not inside {{cidr}}: it must be a strict subset of cidr.',
  // Names and policyTypes (policy.ts).
  nameRequired: '{{path}}metadata.name is required.',
  invalidName: '{{path}}metadata.name {{value}} is not a valid DNS-1123 subdomain: {{reasons}}.',
  invalidNamespace: '{{path}}metadata.namespace {{value}} is not a valid DNS-1123 label: {{reasons}}.',
  tooManyPolicyTypes: '{{path}} may not list more than two policyTypes (Ingress and Egress).',
  invalidPolicyType: '{{path}}[{{index}}] {{value}} is not supported: use Ingress or Egress (capitalised).',
  duplicatePolicyType: '{{path}}[{{index}}] lists {{value}} twice.',
  // Ports (port.ts).
  portWrongType: '{{path}} must be a port number or a port name, found {{found}}.',
  invalidProtocol: '{{path}}.protocol {{value}} is not supported: use TCP, UDP or SCTP (upper case).',
  portOutOfRange: '{{path}}.port {{value}} must be between 1 and 65535, inclusive.',
  endPortOutOfRange: '{{path}}.endPort {{value}} must be between 1 and 65535, inclusive.',
  invalidPortName: '{{path}}.port {{value}} is not a valid port name: {{reasons}}.{{hint}}',
  portNumberHint: ' To mean a port number, remove the quotes.',
  endPortWithoutPort: '{{path}}.endPort may not be set when port is not set.',
  endPortNamedPort: '{{path}}.endPort may not be set when port is a named port ({{port}}).',
  endPortBeforePort: '{{path}}.endPort {{endPort}} must be greater than or equal to port {{port}}.',
  // Objects the reader skips (manifests/kinds.ts).
  ignoredPolicyVersion:
    'NetworkPolicy of apiVersion {{apiVersion}} is not a version this tool reads ({{versions}}); ignored.',
  ignoredPolicyGroup:
    'NetworkPolicy of apiVersion {{apiVersion}} is not a Kubernetes networking.k8s.io policy; ignored.',
  ignoredService:
    'Service objects do not affect NetworkPolicy connectivity; read only for the workloads an Ingress or Route reaches.',
  notAManifest: 'This document is not a Kubernetes object (a map with apiVersion and kind); ignored.',
  ignoredKind: '{{kind}} objects do not affect NetworkPolicy connectivity; ignored.',
  // Lint (lint.ts).
  splitPeer:
    'This {{list}} entry and the previous one are two peers (namespaceSelector OR podSelector). To allow only those pods in those namespaces, put both selectors in one peer (remove the "-" before this line).',
  selectsNothing:
    'spec.podSelector of {{policy}} selects no workload in namespace {{namespace}}, so this policy has no effect here.',
  noDnsEgress:
    '{{policy}} isolates egress but no egress rule allows DNS (UDP/TCP 53 to kube-system or anywhere); name lookups from the selected pods will fail.',
  namedPortMatchesNothing:
    '{{protocol}} named port "{{port}}" matches no container port of the {{side}} workloads, so this port allows nothing.',
  portMatchesNothing:
    '{{protocol}} port {{port}} matches no container port of the {{side}} workloads, so it may not be what the workloads listen on.',
  sideSelected: 'selected',
  sideDestination: 'destination',
  policyTypesOmitIngress:
    '{{policy}} has ingress rules, but its policyTypes do not list Ingress, so those rules are ignored.',
  policyTypesOmitEgress:
    '{{policy}} has egress rules, but its policyTypes do not list Egress, so those rules are ignored.',
  duplicatePolicy:
    'Policy {{policy}} is defined twice (first at {{where}}); the later one replaces the earlier when applied.',
} as const;

export type DiagnosticMessageId = keyof typeof DIAGNOSTIC_MESSAGES;

/** A diagnostic's sentence: its id and arguments, and the English text they make. */
export function say(id: DiagnosticMessageId, args: Readonly<Record<string, MessageArg>> = {}): Said {
  const ref = { id, args };
  return { ref, text: sayWith(DIAGNOSTIC_MESSAGES, ref) };
}
