/**
 * Text fields of the dialogs and the inspector ↔ edit values, with the same
 * validators the model uses for diagnostics, so a value the form accepts is
 * one the API server would accept too.
 */
import type { ContainerPortSpec, PortSpec } from '../../model/edits/index.ts';
import type { Protocol } from '../../model/types.ts';
import { message, type Message } from '../../state/message.ts';
import { parseCidr } from '../../model/validation/cidr.ts';
import {
  dns1123LabelErrors,
  labelValueErrors,
  portNameErrors,
  qualifiedNameErrors,
} from '../../model/validation/names.ts';

export const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];

// Errors are Messages (translated where shown); the validators' own reasons come from src/model as it words them.
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Message };

export function nameError(what: 'namespace' | 'workload', name: string): Message | undefined {
  if (!name) return message(`ui-dialogs:form.nameMissing.${what}`);
  const errs = dns1123LabelErrors(name);
  return errs.length ? message(`ui-dialogs:form.nameInvalid.${what}`, { reason: errs[0] }) : undefined;
}

/** `app=web, tier=frontend` (commas or new lines). */
export function parseLabels(text: string): Parsed<Record<string, string>> {
  const labels: Record<string, string> = {};
  for (const raw of text.split(/[,\n]/)) {
    const item = raw.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    if (eq < 0) return { ok: false, error: message('ui-dialogs:form.notKeyValue', { item }) };
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    const keyErr = qualifiedNameErrors(key)[0];
    if (keyErr) return { ok: false, error: message('ui-dialogs:form.labelKey', { key, reason: keyErr }) };
    const valueErr = labelValueErrors(value)[0];
    if (valueErr) return { ok: false, error: message('ui-dialogs:form.labelValue', { value, reason: valueErr }) };
    labels[key] = value;
  }
  return { ok: true, value: labels };
}

export const formatLabels = (labels: Record<string, string> | undefined): string =>
  Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

function portNumber(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : undefined;
}

/** One rule port from the flow dialog's fields; empty port = every port of the protocol (or of all when TCP default). */
export function parsePortSpec(port: string, endPort: string, protocol: Protocol): Parsed<PortSpec | undefined> {
  const p = port.trim();
  const e = endPort.trim();
  if (!p) {
    if (e) return { ok: false, error: message('ui-dialogs:form.endWithoutStart') };
    // No port and the default protocol: the rule allows every port.
    return { ok: true, value: protocol === 'TCP' ? undefined : { protocol } };
  }
  const num = portNumber(p);
  if (num === undefined) {
    if (/^\d+$/.test(p)) return { ok: false, error: message('ui-dialogs:form.portRange') };
    const err = portNameErrors(p)[0];
    if (err) return { ok: false, error: message('ui-dialogs:form.portName', { reason: err }) };
    if (e) return { ok: false, error: message('ui-dialogs:form.endAfterName') };
    return { ok: true, value: { protocol, port: p } };
  }
  if (!e) return { ok: true, value: { protocol, port: num } };
  const end = portNumber(e);
  if (end === undefined) return { ok: false, error: message('ui-dialogs:form.endRange') };
  if (end < num) return { ok: false, error: message('ui-dialogs:form.endBelow') };
  return { ok: true, value: { protocol, port: num, endPort: end } };
}

/** Container ports: `8080`, `http:8080`, `dns:53/UDP`, comma separated. */
export function parseContainerPorts(text: string): Parsed<ContainerPortSpec[]> {
  const out: ContainerPortSpec[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const item = raw.trim();
    if (!item) continue;
    const m = /^(?:([a-z0-9-]+):)?(\d+)(?:\/(TCP|UDP|SCTP))?$/i.exec(item);
    const num = m ? portNumber(m[2]) : undefined;
    if (!m || num === undefined) return { ok: false, error: message('ui-dialogs:form.notContainerPort', { item }) };
    const spec: ContainerPortSpec = { containerPort: num };
    if (m[1]) {
      const err = portNameErrors(m[1])[0];
      if (err) return { ok: false, error: message('ui-dialogs:form.portNameQuoted', { name: m[1], reason: err }) };
      spec.name = m[1];
    }
    if (m[3]) spec.protocol = m[3].toUpperCase() as Protocol;
    out.push(spec);
  }
  return { ok: true, value: out };
}

export const formatContainerPorts = (
  ports: readonly { name?: string; containerPort: number; protocol?: string }[] | undefined,
): string =>
  (ports ?? [])
    .map(
      (p) =>
        `${p.name ? `${p.name}:` : ''}${p.containerPort}${p.protocol && p.protocol !== 'TCP' ? `/${p.protocol}` : ''}`,
    )
    .join(', ');

export function cidrError(text: string): Message | undefined {
  if (!text.trim()) return message('ui-dialogs:form.cidrMissing');
  const r = parseCidr(text.trim());
  if (!r.ok) return message('ui-dialogs:form.cidrInvalid', { reason: r.reason });
  return undefined;
}

/** A rule's ports in the edge-label syntax: `TCP 8080, UDP 53, TCP 8000-8100, TCP http`; empty or `all ports` = every port. */
export function parseRulePorts(text: string): Parsed<PortSpec[]> {
  const t = text.trim();
  if (!t || /^all ports$/i.test(t)) return { ok: true, value: [] };
  const out: PortSpec[] = [];
  for (const raw of t.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const m = /^(?:(TCP|UDP|SCTP)[\s/]+)?(.+)$/i.exec(item)!;
    const protocol = (m[1]?.toUpperCase() ?? 'TCP') as Protocol;
    const rest = m[2].trim();
    if (/^all ports$/i.test(rest) || (m[1] && rest === '')) {
      out.push({ protocol });
      continue;
    }
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(rest);
    const one = parsePortSpec(range ? range[1] : rest, range ? range[2] : '', protocol);
    if (!one.ok) return { ok: false, error: message('ui-dialogs:form.inItem', { item, error: one.error }) };
    out.push(one.value ?? { protocol });
  }
  return { ok: true, value: out };
}
