/**
 * The pods the class-based analysis (connectivity.ts) works on: one endpoint
 * per distinct pod of each workload, with its namespace as an index, and
 * selector evaluation over all of them at once (a 0/1 vector per selector).
 */
import { matchesSelector, selectorKey } from './selectors.ts';
import type { ContainerPort, LabelSelector, Labels, Workspace } from '../types.ts';

/** One distinct pod (labels + ports) of one workload. */
export interface Endpoint {
  /** Index into the namespace vectors of `Endpoints.nsMatch`. */
  ns: number;
  namespace: string;
  labels: Labels;
  ports: readonly ContainerPort[];
}

export interface Endpoints {
  list: Endpoint[];
  /** Indices into `list` of each workload's endpoints (`ws.workloads` order). */
  ofWorkload: number[][];
  /** Namespace index by name; absent for a namespace the workspace does not declare and no workload lives in. */
  nsIndex: ReadonlyMap<string, number>;
  /** Endpoints a pod selector matches, in any namespace (1 = matches). */
  podMatch(sel: LabelSelector): Uint8Array;
  /** Namespaces a namespace selector matches, by namespace index (1 = matches). */
  nsMatch(sel: LabelSelector): Uint8Array;
}

/** Pod-selector evaluation over all endpoints, with a label index and a cache per canonical selector. */
class SelectorIndex {
  private readonly cache = new Map<string, Uint8Array>();
  private readonly byPair = new Map<string, number[]>();

  constructor(private readonly labels: readonly Labels[]) {
    labels.forEach((l, i) => {
      for (const k of Object.keys(l)) {
        const key = `${k}\u0000${l[k]}`;
        let list = this.byPair.get(key);
        if (!list) this.byPair.set(key, (list = []));
        list.push(i);
      }
    });
  }

  match(sel: LabelSelector): Uint8Array {
    const key = selectorKey(sel);
    let v = this.cache.get(key);
    if (v) return v;
    v = new Uint8Array(this.labels.length);
    const mlKeys = Object.keys(sel.matchLabels);
    if (mlKeys.length > 0) {
      // Only pods carrying one required label=value can match: check the shortest such list.
      let best: number[] | undefined;
      for (const k of mlKeys) {
        const list = this.byPair.get(`${k}\u0000${sel.matchLabels[k]}`) ?? [];
        if (!best || list.length < best.length) best = list;
      }
      for (const i of best!) if (matchesSelector(sel, this.labels[i])) v[i] = 1;
    } else {
      for (let i = 0; i < this.labels.length; i++) if (matchesSelector(sel, this.labels[i])) v[i] = 1;
    }
    this.cache.set(key, v);
    return v;
  }
}

export function collectEndpoints(ws: Workspace): Endpoints {
  // Namespaces: every one named anywhere (the workspace declares them all).
  const nsIndex = new Map<string, number>();
  const nsLabels: Labels[] = [];
  for (const ns of ws.namespaces.values()) {
    nsIndex.set(ns.name, nsLabels.length);
    nsLabels.push(ns.labels);
  }
  const nsOf = (name: string): number => {
    let i = nsIndex.get(name);
    if (i === undefined) {
      // Defensive: a workspace built by hand may omit a namespace; treat it as implicitly declared.
      i = nsLabels.length;
      nsIndex.set(name, i);
      nsLabels.push({ 'kubernetes.io/metadata.name': name });
    }
    return i;
  };
  const list: Endpoint[] = [];
  const ofWorkload = ws.workloads.map((w) => {
    const pods = w.pods.length > 0 ? w.pods : [{ name: w.name, labels: w.labels, ports: w.ports }];
    return pods.map((p) => {
      list.push({ ns: nsOf(w.namespace), namespace: w.namespace, labels: p.labels, ports: p.ports });
      return list.length - 1;
    });
  });
  const pods = new SelectorIndex(list.map((e) => e.labels));
  const nsCache = new Map<string, Uint8Array>();
  const nsMatch = (sel: LabelSelector): Uint8Array => {
    const k = selectorKey(sel);
    let v = nsCache.get(k);
    if (!v) {
      v = new Uint8Array(nsLabels.length);
      nsLabels.forEach((l, i) => {
        if (matchesSelector(sel, l)) v![i] = 1;
      });
      nsCache.set(k, v);
    }
    return v;
  };
  return { list, ofWorkload, nsIndex, podMatch: (sel) => pods.match(sel), nsMatch };
}
