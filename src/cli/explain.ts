/** `netpol-studio explain`: the verdict for one flow and the rules behind it. */
import {
  explainFlow,
  ExplainError,
  resolveEndpoint,
  type FlowExplanation,
  type FlowPort,
  type RuleMatch,
  type SideExplanation,
} from '../model/analysis/explain.ts';
import { formatConns, isEmpty } from '../model/analysis/ports.ts';
import type { Protocol, Span, Workspace } from '../model/types.ts';
import { displayText, safeJson } from '../model/text/visible.ts';
import { PROTOCOLS } from '../model/types.ts';
import { parseArgs } from './args.ts';
import { CliError, EXIT_FINDINGS, EXIT_OK } from './errors.ts';
import { speaker, type Speaker } from './speak.ts';
import { sayMessage } from '../i18n/format.ts';
import { EXPLAIN_HELP } from './help.ts';
import { EXPLAIN_HELP_JA } from './help-ja.ts';
import type { CliIO } from './io.ts';
import { loadForAnalysis, MESSAGE_MAX, warnIfInvalid } from './workspace-input.ts';

/** `80`, `80/TCP`, `53/udp`, `http`, `http/TCP`. Named ports are resolved on the destination. */
function parsePortOption(ws: Workspace, text: string, to: string): FlowPort {
  const [portText, protoText = 'TCP', extra] = text.split('/');
  const protocol = protoText.toUpperCase() as Protocol;
  if (extra !== undefined || !PROTOCOLS.includes(protocol))
    throw new CliError({ key: 'errors.badPort', args: { value: text } });
  if (/^[0-9]+$/.test(portText)) {
    const port = Number(portText);
    if (port < 1 || port > 65535) throw new CliError({ key: 'errors.portOutOfRange', args: { port } });
    return { port, protocol };
  }
  const dst = resolveEndpoint(ws, to);
  if (dst?.kind !== 'workload') throw new CliError({ key: 'errors.namedPortNeedsWorkload', args: { value: portText } });
  const cp = dst.workload.ports.find((p) => p.name === portText && p.protocol === protocol);
  if (!cp)
    throw new CliError({
      key: 'errors.namedPortNotDeclared',
      args: { value: `${portText}/${protocol}`, workload: dst.id },
    });
  return { port: cp.containerPort, protocol };
}

const at = (span: Span | undefined, speak: Speaker): string =>
  span ? `${span.file}:${span.line}` : speak.say('explain.noPosition');

function ruleLine(r: RuleMatch, speak: Speaker): string {
  const peers = r.direction === 'ingress' ? 'from' : 'to';
  const peer =
    r.peerIndex >= 0
      ? ` ${peers}[${r.peerIndex}]`
      : ` ${speak.say(peers === 'from' ? 'explain.everySource' : 'explain.everyDestination')}`;
  const conns = formatConns(r.conns);
  const verdict = speak.say(r.allows ? 'explain.allows' : 'explain.notAllows');
  return `  ${verdict} ${r.policyId} ${r.direction}[${r.ruleIndex}]${peer}  ${at(r.peerSpan ?? r.span, speak)}  (${conns})`;
}

function sideLines(title: string, side: SideExplanation, speak: Speaker): string[] {
  if (!side.isolated) return [];
  const lines = [title];
  for (const p of side.isolatingPolicies)
    lines.push(speak.say('explain.isolates', { policy: p.id, at: at(p.span, speak) }));
  for (const r of side.rules) lines.push(ruleLine(r, speak));
  if (side.rules.length === 0) lines.push(speak.say('explain.noRuleMatches'));
  return lines;
}

function textReport(e: FlowExplanation, speak: Speaker): string {
  const lines = [
    ...e.summaryRefs.map((ref) => sayMessage(speak.t, 'explain:sentences.', ref)),
    ...sideLines(speak.say('explain.egressOf', { who: e.from.id }), e.egress, speak),
    ...sideLines(speak.say('explain.ingressOf', { who: e.to.id }), e.ingress, speak),
  ];
  // Ids and file names are input: each line is made visible (and cut) before it reaches the terminal.
  return `${lines.map((l) => displayText(l, MESSAGE_MAX)).join('\n')}\n`;
}

const spanJson = (s: Span | undefined) => (s ? { file: s.file, line: s.line, column: s.column } : null);

function sideJson(side: SideExplanation) {
  return {
    isolated: side.isolated,
    isolatingPolicies: side.isolatingPolicies.map((p) => ({ id: p.id, at: spanJson(p.span) })),
    rules: side.rules.map((r) => ({
      policy: r.policyId,
      direction: r.direction,
      rule: r.ruleIndex,
      peer: r.peerIndex,
      allows: r.allows,
      connections: formatConns(r.conns),
      at: spanJson(r.peerSpan ?? r.span),
    })),
    connections: formatConns(side.conns),
  };
}

/** The verdict: for one port, that port; without one, whether any connection is allowed. */
const isAllowed = (e: FlowExplanation): boolean => (typeof e.allowed === 'boolean' ? e.allowed : !isEmpty(e.conns));

function jsonReport(e: FlowExplanation): string {
  const out = {
    from: e.from.id,
    to: e.to.id,
    port: e.port ? { port: e.port.port, protocol: e.port.protocol } : null,
    allowed: isAllowed(e),
    connections: formatConns(e.conns),
    egress: sideJson(e.egress),
    ingress: sideJson(e.ingress),
    summary: e.summary,
  };
  return `${safeJson(JSON.stringify(out, null, 2))}\n`;
}

export async function explainCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(
    argv,
    {
      from: { value: true },
      to: { value: true },
      port: { value: true, short: 'p' },
      format: { value: true, short: 'o' },
      expect: { value: true },
      help: { value: false, short: 'h' },
    },
    'explain',
  );
  if (args.flags.has('help')) {
    io.stdout(io.language === 'ja' ? EXPLAIN_HELP_JA : EXPLAIN_HELP);
    return EXIT_OK;
  }
  const from = args.options.get('from');
  const to = args.options.get('to');
  if (!from || !to) throw new CliError({ key: 'errors.explainNeedsEnds' });
  const format = args.options.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new CliError({ key: 'errors.unknownFormat', args: { format, formats: 'text or json' } });
  const expected = args.options.get('expect');
  if (expected !== undefined && expected !== 'allow' && expected !== 'deny')
    throw new CliError({ key: 'errors.badExpect', args: { value: expected } });
  const speak = speaker(io.language);
  const loaded = await loadForAnalysis(io, args.positional);
  const { ws } = loaded;
  const portText = args.options.get('port');
  const port = portText === undefined ? undefined : parsePortOption(ws, portText, to);
  let result: FlowExplanation;
  try {
    result = explainFlow(ws, from, to, port);
  } catch (e) {
    // An error line ends without a full stop, in either language.
    if (e instanceof ExplainError)
      throw new CliError(sayMessage(speak.t, 'explain:sentences.', e.ref).replace(/[.。]$/, ''));
    throw e;
  }
  warnIfInvalid(loaded, io);
  io.stdout(format === 'json' ? jsonReport(result) : textReport(result, speak));
  if (expected === undefined) return EXIT_OK;
  // For CI: the report is printed either way; the exit code says whether the verdict was the expected one.
  const verdict = isAllowed(result) ? 'allow' : 'deny';
  if (verdict === expected) return EXIT_OK;
  const key = verdict === 'allow' ? 'warnings.expectFailedAllowed' : 'warnings.expectFailedDenied';
  io.stderr(`netpol-studio: ${speak.say(key, { expected })}\n`);
  return EXIT_FINDINGS;
}
