/**
 * Mutations of YAML text for the fuzzer: bytes, lines, indentation, tokens, kinds and whole documents, picked
 * by a seeded generator so a failing case replays from its seed (FUZZ_SEED).
 */

/** mulberry32: a small, fast 32-bit generator; the same seed gives the same sequence everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const int = (r: Random, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)];

/** Characters that mean something to YAML, or to a reader that forgot about them. */
const HOSTILE_CHARS = [...':-[]{}&*!|>\'"#%@`,?~\t\n\r \\', '\0', '\uFEFF', '\u2028', '\u00a0', '\ud800', '😀', 'é'];

/** Values that sit where a scalar was: wrong types, edge numbers, YAML features, prototype names. */
const HOSTILE_VALUES = [
  '-1',
  '0',
  '65535',
  '65536',
  '1.5',
  '"80"',
  '~',
  'null',
  '[]',
  '{}',
  '[a, {b: c}]',
  '*a',
  '&a x',
  '!!binary AAAA',
  '!custom x',
  '.nan',
  '1e400',
  '0x50',
  'true',
  '"10.0.0.0/33"',
  '::/0',
  '10.0.0.0/8',
  'fe80::/200',
  '"2001:db8::/129"',
  '300.1.1.1/8',
  `'${'a'.repeat(300)}'`,
  '__proto__',
  'constructor',
  'toString',
  '"a\\u0000b"',
  'In',
  'NotIn',
  'Exists',
  'DoesNotExist',
  'SCTP',
  'TCP',
  'Ingress',
  'Egress',
  '|\n  x\n  y',
  '>-\n  folded',
  '? complex\n: key',
  '*undefined_alias',
  '"unterminated',
  "'it''s'",
  'Admin',
  'Baseline',
  'Pass',
  'Deny',
  'Allow',
  'Accept',
  '2147483648',
  '-2147483649',
  '1_000',
  '0o17',
  '=',
  '<<',
];

/** Keys of the objects the reader walks, to move one where another was expected. */
const KEYS = [
  'apiVersion',
  'kind',
  'metadata',
  'name',
  'namespace',
  'labels',
  'spec',
  'podSelector',
  'namespaceSelector',
  'ipBlock',
  'cidr',
  'except',
  'ingress',
  'egress',
  'from',
  'to',
  'ports',
  'port',
  'endPort',
  'protocol',
  'policyTypes',
  'matchLabels',
  'matchExpressions',
  'key',
  'operator',
  'values',
  'items',
  'template',
  'containers',
  'ports',
  'containerPort',
  'subject',
  'rules',
  'action',
  'priority',
  'tier',
  'pods',
  'namespaces',
  'networks',
  'nodes',
  'domainNames',
  'ownerReferences',
  'controller',
  'uid',
  'jobTemplate',
  '__proto__',
  '<<',
];

const KINDS = [
  'NetworkPolicy',
  'Namespace',
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'List',
  'PodList',
  'NetworkPolicyList',
  'AdminNetworkPolicy',
  'BaselineAdminNetworkPolicy',
  'ClusterNetworkPolicy',
  'Ingress',
  'Route',
  'Service',
  'ConfigMap',
];
const API_VERSIONS = [
  'networking.k8s.io/v1',
  'v1',
  'apps/v1',
  'batch/v1',
  'policy.networking.k8s.io/v1alpha1',
  'policy.networking.k8s.io/v1alpha2',
  'route.openshift.io/v1',
  'networking.k8s.io/v2',
  '',
];

const lines = (t: string): string[] => t.split('\n');
const join = (ls: string[]): string => ls.join('\n');

type Mutator = (text: string, r: Random, other: () => string) => string;

const MUTATORS: Record<string, Mutator> = {
  replaceChar: (t, r) => {
    const i = int(r, t.length + 1);
    return t.slice(0, i) + pick(r, HOSTILE_CHARS) + t.slice(i + 1);
  },
  insertChar: (t, r) => {
    const i = int(r, t.length + 1);
    const c = r() < 0.8 ? pick(r, HOSTILE_CHARS) : String.fromCodePoint(int(r, 0x2ffff));
    return t.slice(0, i) + c + t.slice(i);
  },
  deleteSpan: (t, r) => {
    const i = int(r, t.length + 1);
    return t.slice(0, i) + t.slice(i + 1 + int(r, 40));
  },
  truncate: (t, r) => t.slice(0, int(r, t.length + 1)),
  deleteLine: (t, r) => {
    const ls = lines(t);
    ls.splice(int(r, ls.length), 1 + int(r, 3));
    return join(ls);
  },
  duplicateLine: (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    ls.splice(int(r, ls.length + 1), 0, ...ls.slice(i, i + 1 + int(r, 4)));
    return join(ls);
  },
  swapLines: (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    const j = int(r, ls.length);
    [ls[i], ls[j]] = [ls[j], ls[i]];
    return join(ls);
  },
  indent: (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    const n = 1 + int(r, 4);
    for (let k = i; k < Math.min(ls.length, i + 1 + int(r, 6)); k++) {
      const shift = pick(r, ['+', '-', 'tab']);
      if (shift === '+') ls[k] = ' '.repeat(n) + ls[k];
      else if (shift === '-') ls[k] = ls[k].replace(new RegExp(`^ {1,${n}}`), '');
      else ls[k] = ls[k].replace(/^ {2}/, '\t');
    }
    return join(ls);
  },
  replaceValue: (t, r) => {
    const ls = lines(t);
    const candidates = ls.map((l, i) => (/:\s+\S|^\s*-\s+\S/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return t;
    const i = pick(r, candidates);
    const v = pick(r, HOSTILE_VALUES);
    ls[i] = /:\s+\S/.test(ls[i]) ? ls[i].replace(/(:\s+).*$/, `$1${v}`) : ls[i].replace(/^(\s*-\s+).*$/, `$1${v}`);
    return join(ls);
  },
  replaceKey: (t, r) => {
    const ls = lines(t);
    const candidates = ls.map((l, i) => (/^\s*(- )?[\w./-]+:/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!candidates.length) return t;
    const i = pick(r, candidates);
    ls[i] = ls[i].replace(/^(\s*(?:- )?)[\w./-]+:/, `$1${pick(r, KEYS)}:`);
    return join(ls);
  },
  swapKind: (t, r) =>
    r() < 0.5
      ? t.replace(/kind:\s*\S+/, `kind: ${pick(r, KINDS)}`)
      : t.replace(/apiVersion:\s*\S+/, `apiVersion: ${pick(r, API_VERSIONS)}`),
  spliceOther: (t, r, other) => {
    const ls = lines(t);
    const os = lines(other());
    const from = int(r, os.length);
    ls.splice(int(r, ls.length + 1), 0, ...os.slice(from, from + 1 + int(r, 12)));
    return join(ls);
  },
  appendDocument: (t, r, other) =>
    `${t}${t.endsWith('\n') ? '' : '\n'}${pick(r, ['---\n', '...\n---\n', '--- '])}${other()}`,
  documentMarker: (t, r) => {
    const ls = lines(t);
    ls.splice(int(r, ls.length + 1), 0, pick(r, ['---', '...', '--- |', '---\n---', '%YAML 1.2\n---', '%TAG ! x:']));
    return join(ls);
  },
  anchorAlias: (t, r) => {
    const ls = lines(t);
    const i = int(r, ls.length);
    const j = int(r, ls.length);
    ls[i] = ls[i].replace(/:(\s*)$/, ': &a$1').replace(/:\s+(\S.*)$/, ': &a $1');
    ls[j] = ls[j].replace(/:\s+\S.*$/, ': *a');
    return join(ls);
  },
  lineEndings: (t, r) =>
    pick(r, [
      () => t.replace(/\n/g, '\r\n'),
      () => `\uFEFF${t}`,
      () => t.replace(/\r\n/g, '\n'),
      () => t.replace(/ {2}/g, '\t'),
    ])(),
};

const NAMES = Object.keys(MUTATORS);

/** 1–4 mutations of `text`; returns the new text and which mutators made it (for the failure report). */
export function mutate(text: string, r: Random, other: () => string): { text: string; steps: string[] } {
  const steps: string[] = [];
  let out = text;
  for (let n = 1 + int(r, 4); n > 0; n--) {
    const name = pick(r, NAMES);
    out = MUTATORS[name](out, r, other);
    steps.push(name);
  }
  return { text: out, steps };
}
