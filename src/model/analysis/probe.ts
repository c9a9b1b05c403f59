/**
 * The what-if probe: "could this talk to that?", typed as one line —
 * `shop/web -> shop/db:5432/TCP`, `10.0.0.7 -> api:80`, `shop/{app=reports} -> shop/db:5432` — and
 * answered by explainFlow (explain.ts, unchanged). An end is a workload (as `netpol-studio explain`
 * resolves it), an IP address, or a label set for a pod that does not exist yet: that pod is added to
 * a copy of the workspace for the question only, so the answer is what the policies would do to it.
 */
import { parseIp } from './ipset.ts';
import { explainFlow, type FlowExplanation, type FlowPort } from './explain.ts';
import type { Labels, Protocol, Workload, Workspace } from '../types.ts';

export type ProbeEnd =
  /** A workload (`ns/name`, `name` in default, `ns/name[Kind]`) or an IP address: explainFlow resolves it. */
  | { kind: 'named'; text: string }
  /** A pod with these labels in `namespace`, whether or not the workspace has one. */
  | { kind: 'labels'; namespace: string; labels: Labels };

export interface Probe {
  from: ProbeEnd;
  to: ProbeEnd;
  port?: FlowPort;
}

/** A reason the text is not a probe, and the 0-based offset in the text it is about. */
export interface ProbeError {
  error: string;
  at: number;
}

const ARROW = /\s*(?:->|→|=>)\s*/;
const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** `k=v,k2=v2` (in braces or not): the labels, or an error message. */
function parseLabels(text: string): Labels | string {
  const labels: Record<string, string> = {};
  const body = text.trim();
  if (body === '') return 'An empty label set: write labels like {app=web}.';
  for (const part of body.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return `"${part.trim()}" is not a label: write key=value.`;
    const key = part.slice(0, eq).trim();
    if (key === '') return `"${part.trim()}" has no label key.`;
    labels[key] = part.slice(eq + 1).trim();
  }
  return labels;
}

/** One end; `at` is where it starts in the whole text (for error positions). */
function parseEnd(text: string, at: number): ProbeEnd | ProbeError {
  const t = text.trim();
  const start = at + text.indexOf(t);
  if (t === '') return { error: 'Missing a workload, an IP address or a label set here.', at: start };
  const brace = t.indexOf('{');
  if (brace >= 0 || (t.includes('=') && parseIp(t) === undefined)) {
    const prefix = brace >= 0 ? t.slice(0, brace) : t.slice(0, Math.max(0, t.lastIndexOf('/', t.indexOf('=')) + 1));
    if (prefix !== '' && !prefix.endsWith('/'))
      return { error: 'Write a label set as {key=value} or namespace/{key=value}.', at: start };
    const namespace = prefix === '' ? 'default' : prefix.slice(0, -1);
    let body = t.slice(prefix.length);
    if (body.startsWith('{')) {
      if (!body.endsWith('}'))
        return { error: 'A label set opened with { is not closed with }.', at: start + t.length };
      body = body.slice(1, -1);
    }
    const labels = parseLabels(body);
    if (typeof labels === 'string') return { error: labels, at: start + prefix.length };
    return { kind: 'labels', namespace, labels };
  }
  return { kind: 'named', text: t };
}

/** `:5432`, `:5432/TCP`, `:53/udp` at the end of the destination; IPv6 with a port goes in brackets. */
function splitPort(text: string, at: number): { end: string; port?: FlowPort } | ProbeError {
  const t = text.trimEnd();
  if (parseIp(t.trim())) return { end: t };
  const bracketed = /^\s*\[([^\]]+)\](?::(.*))?$/.exec(t);
  const m = bracketed ? null : /^(.*?):([^:/]*)(?:\/(.*))?$/.exec(t);
  if (!bracketed && !m) return { end: t };
  const end = bracketed ? bracketed[1] : m![1];
  const portText = bracketed ? bracketed[2] : m![2];
  const protoText = bracketed ? undefined : m![3];
  if (portText === undefined) return { end };
  const portAt = at + t.lastIndexOf(':') + 1;
  const [num, proto] = bracketed && portText.includes('/') ? portText.split('/', 2) : [portText, protoText];
  if (!/^\d{1,5}$/.test(num.trim()) || Number(num) < 1 || Number(num) > 65535)
    return { error: `"${num.trim()}" is not a port: write a number from 1 to 65535.`, at: portAt };
  const protocol = (proto ?? 'TCP').trim().toUpperCase() as Protocol;
  if (!PROTOCOLS.includes(protocol))
    return { error: `"${proto?.trim()}" is not a protocol: write TCP, UDP or SCTP.`, at: portAt + num.length + 1 };
  return { end, port: { port: Number(num), protocol } };
}

/** Reads `FROM -> TO[:PORT[/PROTOCOL]]`. */
export function parseProbe(text: string): Probe | ProbeError {
  const arrow = ARROW.exec(text);
  if (!arrow) return { error: 'Write the question as "source -> destination:port", e.g. web -> db:5432/TCP.', at: 0 };
  const toAt = arrow.index + arrow[0].length;
  if (ARROW.test(text.slice(toAt))) return { error: 'Only one "->" please: one source, one destination.', at: toAt };
  const from = parseEnd(text.slice(0, arrow.index), 0);
  if ('error' in from) return from;
  const split = splitPort(text.slice(toAt), toAt);
  if ('error' in split) return split;
  const to = parseEnd(split.end, toAt);
  if ('error' in to) return to;
  return split.port ? { from, to, port: split.port } : { from, to };
}

/** The id a hypothetical pod gets: never a valid Kubernetes name, so it cannot clash with a real one. */
const hypotheticalId = (e: { namespace: string; labels: Labels }): string =>
  `${e.namespace}/{${Object.entries(e.labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}}[Pod]`;

/**
 * Answers the probe over `ws` (a label-set end is added as a pod of its own for this question only);
 * a message when an end does not resolve.
 */
export function runProbe(ws: Workspace, probe: Probe): FlowExplanation | string {
  const added: Workload[] = [];
  const endText = (e: ProbeEnd): string => {
    if (e.kind === 'named') return e.text;
    const id = hypotheticalId(e);
    added.push({
      id,
      namespace: e.namespace,
      name: id.slice(e.namespace.length + 1, -5),
      kind: 'Pod',
      labels: e.labels,
      ports: [],
      pods: [],
    });
    return id;
  };
  const from = endText(probe.from);
  const to = endText(probe.to);
  const asked = added.length > 0 ? { ...ws, workloads: [...ws.workloads, ...added] } : ws;
  try {
    return explainFlow(asked, from, to, probe.port);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
