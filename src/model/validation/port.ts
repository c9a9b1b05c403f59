/**
 * One element of a rule's `ports`, as ValidateNetworkPolicyPort checks it.
 */
import { isScalar, type Node } from 'yaml';
import { describeNode, isNullNode, quote, type Reporter } from './context.ts';
import { isValidPortNumber, portNameErrors } from './names.ts';
import { asInt, asMap, asString, field, structFields } from './shape.ts';

const PORT_FIELDS = ['protocol', 'port', 'endPort'] as const;
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

type PortValue = { kind: 'number'; value: number; node: Node } | { kind: 'name'; value: string; node: Node };

/** `port` is an IntOrString: a whole number or a named port. */
function readPort(r: Reporter, node: unknown, path: string): PortValue | undefined {
  const n = r.deref(node);
  if (isNullNode(n) || !isScalar(n)) {
    if (!isNullNode(n))
      r.error(n, 'wrong-type', `${path} must be a port number or a port name, found ${describeNode(n)}.`);
    return undefined;
  }
  if (typeof n.value === 'number' && Number.isInteger(n.value)) return { kind: 'number', value: n.value, node: n };
  if (typeof n.value === 'string') return { kind: 'name', value: n.value, node: n };
  r.error(n, 'wrong-type', `${path} must be a port number or a port name, found ${describeNode(n)}.`);
  return undefined;
}

export function validatePort(r: Reporter, node: unknown, path: string): void {
  const map = asMap(r, node, path);
  if (!map) return;
  const fields = structFields(r, map, path, PORT_FIELDS);

  const protoField = field(fields, 'protocol');
  const proto = protoField ? asString(r, protoField.value, `${path}.protocol`) : undefined;
  if (proto && !PROTOCOLS.includes(proto.value)) {
    r.error(
      proto.node,
      'invalid-protocol',
      `${path}.protocol ${quote(proto.value)} is not supported: use TCP, UDP or SCTP (upper case).`,
    );
  }

  const portField = field(fields, 'port');
  const port = portField ? readPort(r, portField.value, `${path}.port`) : undefined;
  if (port?.kind === 'number' && !isValidPortNumber(port.value)) {
    r.error(port.node, 'invalid-port', `${path}.port ${port.value} must be between 1 and 65535, inclusive.`);
  }
  if (port?.kind === 'name') {
    const errs = portNameErrors(port.value);
    if (errs.length > 0) {
      const hint = /^[0-9]+$/.test(port.value) ? ' To mean a port number, remove the quotes.' : '';
      r.error(
        port.node,
        'invalid-port-name',
        `${path}.port ${quote(port.value)} is not a valid port name: ${errs.join('; ')}.${hint}`,
      );
    }
  }

  const endField = field(fields, 'endPort');
  if (!endField || isNullNode(endField.value)) return;
  const end = asInt(r, endField.value, `${path}.endPort`);
  if (!end) return;
  if (!port) {
    r.error(endField.key, 'endport-without-port', `${path}.endPort may not be set when port is not set.`);
    return;
  }
  if (port.kind === 'name') {
    r.error(
      endField.key,
      'endport-named-port',
      `${path}.endPort may not be set when port is a named port (${quote(port.value)}).`,
    );
    return;
  }
  if (end.value < port.value) {
    r.error(
      end.node,
      'endport-before-port',
      `${path}.endPort ${end.value} must be greater than or equal to port ${port.value}.`,
    );
  }
  if (!isValidPortNumber(end.value)) {
    r.error(end.node, 'invalid-port', `${path}.endPort ${end.value} must be between 1 and 65535, inclusive.`);
  }
}
