/**
 * Focus options of netpol-analyzer's `list`, as a view of a ConnectivityResult:
 *
 * - focus workloads (`--focus-workload`, upstream `--focusworkload`): only pairs
 *   with a focus workload at one end; a workload is named `name` or `ns/name`.
 * - focus direction (`--focus-direction ingress|egress`, only with focus
 *   workloads): only pairs whose destination (ingress) or source (egress) is a
 *   focus workload.
 * - focus connection (`--focus-conn tcp-8080`): only pairs that allow that
 *   port, listed with that connection alone.
 *
 * The view is itself a ConnectivityResult (pairs outside the focus allow
 * nothing), so every writer of the list, and the app, read it unchanged.
 */
import type { Protocol, Workload } from '../types.ts';
import { PROTOCOLS } from '../types.ts';
import type { ConnectivityResult } from './connectivity.ts';
import type { ExposureResult } from './exposure.ts';
import { allowsPort, connsOf, NO_CONNECTIONS, type ConnectionSet } from './ports.ts';

export type FocusDirection = 'ingress' | 'egress';

export interface FocusOptions {
  /** `name` or `ns/name` of each focus workload; empty = no workload focus. */
  workloads?: readonly string[];
  direction?: FocusDirection;
  conn?: { protocol: Protocol; port: number };
}

export class FocusError extends Error {}

/** `tcp-8080` → TCP port 8080 (upstream's `<protocol>-<port>`, protocol in any case). */
export function parseFocusConn(text: string): { protocol: Protocol; port: number } {
  const parts = text.split('-');
  if (parts.length !== 2)
    throw new FocusError(`--focus-conn "${text}": use PROTOCOL-PORT, e.g. tcp-8080 (protocol TCP, UDP or SCTP)`);
  const protocol = parts[0].toUpperCase() as Protocol;
  if (!PROTOCOLS.includes(protocol))
    throw new FocusError(`--focus-conn "${text}": protocol "${parts[0]}" is not TCP, UDP or SCTP`);
  const port = /^[0-9]{1,5}$/.test(parts[1]) ? Number(parts[1]) : NaN;
  if (!(port >= 1 && port <= 65535))
    throw new FocusError(`--focus-conn "${text}": port "${parts[1]}" is not a number between 1 and 65535`);
  return { protocol, port };
}

/** Whether `w` is named by `name` (`name` alone, or `ns/name`), as upstream matches focus workloads. */
export const workloadNamed = (w: Workload, name: string): boolean =>
  w.name === name || `${w.namespace}/${w.name}` === name;

/** The focus workload names that name no workload of `result` (upstream warns about each). */
export function unknownFocusWorkloads(result: ConnectivityResult, names: readonly string[]): string[] {
  return names.filter((n) => !result.workloads.some((w) => workloadNamed(w, n)));
}

/** `result` seen through the focus options: pairs outside the focus allow nothing. */
export function focusConnectivity(result: ConnectivityResult, focus: FocusOptions): ConnectivityResult {
  const names = focus.workloads ?? [];
  const inFocus = result.workloads.map((w) => names.length === 0 || names.some((n) => workloadNamed(w, n)));
  // The direction only narrows a workload focus (upstream ignores it otherwise).
  const dir = names.length > 0 ? focus.direction : undefined;
  // `undefined`: the end is an external range, never a focus workload.
  const pairOk = (src: number | undefined, dst: number | undefined): boolean => {
    const s = src !== undefined && inFocus[src];
    const d = dst !== undefined && inFocus[dst];
    if (dir === 'ingress') return d;
    if (dir === 'egress') return s;
    return names.length === 0 || s || d;
  };
  const sets = [...result.connectionSets];
  const idOf = (c: ConnectionSet): number => {
    sets.push(c);
    return sets.length - 1;
  };
  const none = idOf(NO_CONNECTIONS);
  const conn = focus.conn;
  const focusId = conn ? idOf(connsOf(conn.protocol, conn.port, conn.port)) : none;
  const view = (ok: boolean, id: number): number => {
    if (!ok) return none;
    if (!conn) return id;
    return allowsPort(sets[id], conn.protocol, conn.port) ? focusId : none;
  };
  const betweenId = (i: number, j: number): number => view(pairOk(i, j), result.betweenId(i, j));
  const fromExternalId = (b: number, j: number): number => view(pairOk(undefined, j), result.fromExternalId(b, j));
  const toExternalId = (i: number, b: number): number => view(pairOk(i, undefined), result.toExternalId(i, b));
  return {
    ...result,
    betweenId,
    fromExternalId,
    toExternalId,
    between: (i, j) => sets[betweenId(i, j)],
    fromExternal: (b, j) => sets[fromExternalId(b, j)],
    toExternal: (i, b) => sets[toExternalId(i, b)],
    connectionSets: sets,
  };
}

/** The exposure of the focus workloads only, in the focus direction (as upstream's `--exposure` with a focus). */
export function focusExposure(
  exposure: ExposureResult,
  workloads: readonly Workload[],
  focus: FocusOptions,
): ExposureResult {
  const names = focus.workloads ?? [];
  if (names.length === 0) return exposure;
  const ids = new Set(workloads.filter((w) => names.some((n) => workloadNamed(w, n))).map((w) => w.id));
  const keep = (e: { workload: string; direction: FocusDirection }): boolean =>
    ids.has(e.workload) && (focus.direction === undefined || focus.direction === e.direction);
  return { entries: exposure.entries.filter(keep), unprotected: exposure.unprotected.filter(keep) };
}

/**
 * Whether the pair `src → dst` (workload ids or external ids) is in the focus: the test
 * focusConnectivity applies, for reports that list pairs themselves (connlist --explain).
 */
export function pairInFocus(
  workloads: readonly Workload[],
  focus: FocusOptions,
): (src: string, dst: string) => boolean {
  const names = focus.workloads ?? [];
  if (names.length === 0) return () => true;
  const ids = new Set(workloads.filter((w) => names.some((n) => workloadNamed(w, n))).map((w) => w.id));
  return (src, dst) =>
    focus.direction === 'ingress'
      ? ids.has(dst)
      : focus.direction === 'egress'
        ? ids.has(src)
        : ids.has(src) || ids.has(dst);
}
