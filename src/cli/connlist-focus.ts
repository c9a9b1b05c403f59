/**
 * `connlist`'s focus options (netpol-analyzer's `--focusworkload`,
 * `--focus-direction`, `--focus-conn`): parsed and checked here, applied by
 * model/analysis/focus.ts, so the command itself only adds them.
 */
import type { ConnectivityResult } from '../model/analysis/connectivity.ts';
import { forEachConnection } from '../model/analysis/connlist.ts';
import { formatConns, connsOf } from '../model/analysis/ports.ts';
import {
  focusConnectivity,
  FocusError,
  parseFocusConn,
  unknownFocusWorkloads,
  type FocusOptions,
} from '../model/analysis/focus.ts';
import { displayText, visibleText } from '../model/text/visible.ts';
import type { OptionSpec, ParsedArgs } from './args.ts';
import { CliError } from './errors.ts';
import type { CliIO } from './io.ts';
import { MESSAGE_MAX } from './workspace-input.ts';

export const FOCUS_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  'focus-workload': { value: true },
  'focus-direction': { value: true },
  'focus-conn': { value: true },
};

/** The focus options given, checked; `undefined` when none is. Bad values are usage errors. */
export function focusOptions(args: ParsedArgs, io: CliIO): FocusOptions | undefined {
  const wl = args.options.get('focus-workload');
  const dir = args.options.get('focus-direction');
  const conn = args.options.get('focus-conn');
  if (wl === undefined && dir === undefined && conn === undefined) return undefined;
  const workloads = (wl ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (wl !== undefined && workloads.length === 0)
    throw new CliError('--focus-workload needs a workload name (NAME or NS/NAME, comma-separated)');
  if (dir !== undefined && dir !== 'ingress' && dir !== 'egress')
    throw new CliError(`--focus-direction "${dir}": use ingress or egress`);
  if (dir !== undefined && workloads.length === 0)
    io.stderr('netpol-studio: warning: --focus-direction applies only with --focus-workload; ignored.\n');
  const out: FocusOptions = { workloads, direction: dir };
  if (conn !== undefined) {
    try {
      out.conn = parseFocusConn(conn);
    } catch (e) {
      if (e instanceof FocusError) throw new CliError(e.message);
      throw e;
    }
  }
  return out;
}

/**
 * `result` through the focus; a focus workload that names nothing gets a
 * warning (as upstream), and when none names anything the list is empty.
 */
export function applyFocus(result: ConnectivityResult, focus: FocusOptions, io: CliIO): ConnectivityResult {
  const names = focus.workloads ?? [];
  const unknown = unknownFocusWorkloads(result, names);
  for (const n of unknown)
    io.stderr(`netpol-studio: warning: focus workload ${displayText(n, MESSAGE_MAX)} does not exist in the input.\n`);
  if (names.length > 0 && unknown.length === names.length)
    io.stderr('netpol-studio: warning: no focus workload exists; the connectivity list is empty.\n');
  return focusConnectivity(result, focus);
}

/**
 * The txt list with a focus connection, as upstream writes it: a
 * `Permitted connections on TCP 8080:` header, then `src => dst` per pair
 * (the connection is the same on every line).
 */
export function focusConnTxt(result: ConnectivityResult, conn: NonNullable<FocusOptions['conn']>): string {
  const lines = [`Permitted connections on ${formatConns(connsOf(conn.protocol, conn.port, conn.port))}:\n`];
  forEachConnection(result, (src, dst) => lines.push(`${visibleText(src)} => ${visibleText(dst)}\n`));
  return lines.join('');
}
