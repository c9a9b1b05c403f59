/**
 * The selector partition of the class-based analysis (connectivity.ts):
 * endpoints grouped into classes that no policy can tell apart, separately for
 * each of the four roles an endpoint plays in a flow:
 *   A  as an ingress *peer*      (which ingress rules' from-peers match it)
 *   B  as an ingress *target*    (which ingress rules apply to it, and what their named ports resolve to on it)
 *   C  as an egress *source*     (which egress rules apply to it)
 *   Dg as an egress *peer/dest*  (which egress rules' to-peers match it, and its named-port resolution)
 * Every member of a class behaves like its representative, so the matrices
 * (class-matrix.ts) are evaluated on representatives only.
 */
import type { ConnTable } from './conn-table.ts';
import type { Endpoint } from './endpoints.ts';
import { rulePortsId, type DirectionRules } from './flat-rules.ts';

/** The class of each endpoint, and one representative endpoint per class. */
export interface Partition {
  cls: Int32Array;
  reps: number[];
}

export interface RoleClasses {
  A: Partition;
  B: Partition;
  C: Partition;
  Dg: Partition;
}

function representatives(cls: Int32Array): number[] {
  const reps: number[] = [];
  for (let i = 0; i < cls.length; i++) if (reps[cls[i]] === undefined) reps[cls[i]] = i;
  return reps;
}

/** Groups endpoints by a string key. */
export function groupBy(n: number, key: (i: number) => string): Partition {
  const ids = new Map<string, number>();
  const cls = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = key(i);
    let c = ids.get(k);
    if (c === undefined) ids.set(k, (c = ids.size));
    cls[i] = c;
  }
  return { cls, reps: representatives(cls) };
}

/**
 * Partition refinement: classes of endpoints that every given 0/1 vector treats
 * alike (and, with `extraKey`, that have the same extra key as well).
 */
function refine(n: number, vectors: readonly Uint8Array[], extraKey?: (i: number) => string): Partition {
  const cls = new Int32Array(n);
  let count = 1;
  let remap = new Int32Array(2);
  for (const v of vectors) {
    if (remap.length < count * 2) remap = new Int32Array(count * 2);
    remap.fill(-1, 0, count * 2);
    let next = 0;
    for (let i = 0; i < n; i++) {
      const k = cls[i] * 2 + v[i];
      let c = remap[k];
      if (c < 0) c = remap[k] = next++;
      cls[i] = c;
    }
    count = next;
  }
  if (extraKey) return groupBy(n, (i) => `${cls[i]}|${extraKey(i)}`);
  return { cls, reps: representatives(cls) };
}

/** For each named port of an egress rule, the container ports it resolves to on an endpoint. */
function namedPortResolution(
  endpoints: readonly Endpoint[],
  egress: DirectionRules,
): ((i: number) => string) | undefined {
  const named = new Set<string>();
  for (const r of egress.rules)
    for (const p of r.rule.ports) if (typeof p.port === 'string') named.add(`${p.port}/${p.protocol}`);
  if (named.size === 0) return undefined;
  const list = [...named];
  return (i) =>
    list
      .map((np) =>
        endpoints[i].ports
          .filter((cp) => `${cp.name}/${cp.protocol}` === np)
          .map((cp) => cp.containerPort)
          .join('+'),
      )
      .join(',');
}

export function roleClasses(
  endpoints: readonly Endpoint[],
  ingress: DirectionRules,
  egress: DirectionRules,
  table: ConnTable,
): RoleClasses {
  const n = endpoints.length;
  const A = refine(
    n,
    ingress.rules.map((r) => r.peerMatch),
  );
  // A target's class: the ingress rules applying to it, and for named ports what they resolve to on it.
  const B = groupBy(n, (i) =>
    ingress.isolated[i]
      ? ingress.applies[i]
          .map((id) => {
            const r = ingress.rules[id];
            return r.fixedPorts === undefined ? `${id}:${rulePortsId(table, r, endpoints[i].ports)}` : `${id}`;
          })
          .join(',')
      : '*',
  );
  const C = groupBy(n, (i) => (egress.isolated[i] ? egress.applies[i].join(',') : '*'));
  const Dg = refine(
    n,
    egress.rules.map((r) => r.peerMatch),
    namedPortResolution(endpoints, egress),
  );
  return { A, B, C, Dg };
}
