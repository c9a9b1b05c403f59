/**
 * One element of a rule's `ports`, as ValidateNetworkPolicyPort checks it.
 */
import { isScalar, type Node } from 'yaml';
import { describeNode, isNullNode, quote, type Reporter } from './context.ts';
import { say } from './messages.ts';
import { isValidPortNumber, portNameErrors } from './names.ts';
import { asInt, asMap, asString, field, structFields } from './shape.ts';

const PORT_FIELDS = ['protocol', 'port', 'endPort'] as const;
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

type PortValue = { kind: 'number'; value: number; node: Node } | { kind: 'name'; value: string; node: Node };

/** `port` is an IntOrString: a whole number or a named port. */
function readPort(r: Reporter, node: unknown, path: string): PortValue | undefined {
  const n = r.deref(node);
  if (isNullNode(n) || !isScalar(n)) {
    if (!isNullNode(n)) r.error(n, 'wrong-type', say('portWrongType', { path, found: describeNode(n) }));
    return undefined;
  }
  if (typeof n.value === 'number' && Number.isInteger(n.value)) return { kind: 'number', value: n.value, node: n };
  if (typeof n.value === 'string') return { kind: 'name', value: n.value, node: n };
  r.error(n, 'wrong-type', say('portWrongType', { path, found: describeNode(n) }));
  return undefined;
}

export function validatePort(r: Reporter, node: unknown, path: string): void {
  const map = asMap(r, node, path);
  if (!map) return;
  const fields = structFields(r, map, path, PORT_FIELDS);

  const protoField = field(fields, 'protocol');
  const proto = protoField ? asString(r, protoField.value, `${path}.protocol`) : undefined;
  if (proto && !PROTOCOLS.includes(proto.value)) {
    r.error(proto.node, 'invalid-protocol', say('invalidProtocol', { path, value: quote(proto.value) }));
  }

  const portField = field(fields, 'port');
  const port = portField ? readPort(r, portField.value, `${path}.port`) : undefined;
  if (port?.kind === 'number' && !isValidPortNumber(port.value)) {
    r.error(port.node, 'invalid-port', say('portOutOfRange', { path, value: port.value }));
  }
  if (port?.kind === 'name') {
    const errs = portNameErrors(port.value);
    if (errs.length > 0) {
      const hint = /^[0-9]+$/.test(port.value) ? say('portNumberHint').ref : '';
      r.error(
        port.node,
        'invalid-port-name',
        say('invalidPortName', { path, value: quote(port.value), reasons: errs.join('; '), hint }),
      );
    }
  }

  const endField = field(fields, 'endPort');
  if (!endField || isNullNode(endField.value)) return;
  const end = asInt(r, endField.value, `${path}.endPort`);
  if (!end) return;
  if (!port) {
    r.error(endField.key, 'endport-without-port', say('endPortWithoutPort', { path }));
    return;
  }
  if (port.kind === 'name') {
    r.error(endField.key, 'endport-named-port', say('endPortNamedPort', { path, port: quote(port.value) }));
    return;
  }
  if (end.value < port.value) {
    r.error(end.node, 'endport-before-port', say('endPortBeforePort', { path, endPort: end.value, port: port.value }));
  }
  if (!isValidPortNumber(end.value)) {
    r.error(end.node, 'invalid-port', say('endPortOutOfRange', { path, value: end.value }));
  }
}
