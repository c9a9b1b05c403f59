/**
 * Analysis benchmark (not a test): `npx tsx bench/analysis.bench.ts`
 * (or `npm run bench`, which adds --expose-gc for heap figures).
 *
 * Generates clusters of growing size, up to 100 namespaces, 2,000 workloads and
 * 600 policies using podSelectors, matchExpressions, nsSelector+podSelector
 * peers, named ports, endPort and ipBlocks with except, and prints medians of:
 * bare yaml `parseAllDocuments`, loadWorkspace, analyzeConnectivity and
 * formatConnlist('txt'), peak memory, and the ratio of the full `list` pipeline
 * to the bare parse (budget: ≤ 2×, flagged when exceeded).
 */
import os from 'node:os';
import { parseAllDocuments } from 'yaml';
import { analyzeConnectivity } from '../src/model/connectivity.ts';
import { formatConnlist } from '../src/model/connlist.ts';
import { loadWorkspace } from '../src/model/workspace.ts';

interface Size {
  namespaces: number;
  workloads: number;
  policies: number;
}

const TIERS = ['web', 'api', 'db', 'cache'];

/** A cluster of Namespaces, Deployments and NetworkPolicies as one multi-document YAML text. */
function generate({ namespaces, workloads, policies }: Size): string {
  const docs: string[] = [];
  for (let n = 0; n < namespaces; n++) {
    docs.push(`apiVersion: v1
kind: Namespace
metadata:
  name: ns-${n}
  labels:
    team: t${n % 10}
    env: ${n % 3 === 0 ? 'prod' : 'dev'}
`);
  }
  for (let w = 0; w < workloads; w++) {
    const n = w % namespaces;
    const tier = TIERS[w % TIERS.length];
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${w}
  namespace: ns-${n}
spec:
  replicas: 2
  selector:
    matchLabels: {app: app-${w}}
  template:
    metadata:
      labels:
        app: app-${w}
        tier: ${tier}
        version: v${w % 3}
    spec:
      containers:
      - name: main
        image: registry.example.com/app-${w}:1.0
        ports:
        - {name: http, containerPort: ${tier === 'db' ? 5432 : 8080}}
        - {name: metrics, containerPort: 9090}
        - {name: dns, containerPort: 53, protocol: UDP}
`);
  }
  // Six policy shapes per namespace, cycling, until `policies` are written.
  for (let p = 0; p < policies; p++) {
    const n = p % namespaces;
    const shape = Math.floor(p / namespaces) % 6;
    const meta = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: pol-${p}
  namespace: ns-${n}
spec:
`;
    switch (shape) {
      case 0: // default deny ingress
        docs.push(`${meta}  podSelector: {}
  policyTypes: [Ingress]
`);
        break;
      case 1: // web from the same team's namespaces, on the named http port
        docs.push(`${meta}  podSelector:
    matchLabels: {tier: web}
  ingress:
  - from:
    - namespaceSelector:
        matchExpressions:
        - {key: team, operator: In, values: [t${n % 10}]}
      podSelector:
        matchExpressions:
        - {key: tier, operator: NotIn, values: [db]}
    ports:
    - port: http
  - from:
    - ipBlock:
        cidr: 0.0.0.0/0
        except: [10.0.0.0/8, 192.168.0.0/16]
    ports:
    - {port: 443}
`);
        break;
      case 2: // api from web in the same namespace, port range
        docs.push(`${meta}  podSelector:
    matchLabels: {tier: api}
  ingress:
  - from:
    - podSelector:
        matchLabels: {tier: web}
    - podSelector:
        matchExpressions:
        - {key: app, operator: In, values: [app-${p % workloads}, app-${(p * 7) % workloads}]}
    ports:
    - {port: 8000, endPort: 8100}
    - {port: 9443}
`);
        break;
      case 3: // db from api pods of prod namespaces (nsSelector AND podSelector)
        docs.push(`${meta}  podSelector:
    matchLabels: {tier: db}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {env: prod}
      podSelector:
        matchLabels: {tier: api}
    ports:
    - {port: 5432}
`);
        break;
      case 4: // egress of web: api of its team, DNS, and one external range
        docs.push(`${meta}  podSelector:
    matchLabels: {tier: web}
  policyTypes: [Egress]
  egress:
  - to:
    - namespaceSelector:
        matchLabels: {team: t${n % 10}}
      podSelector:
        matchLabels: {tier: api}
  - ports:
    - {port: dns, protocol: UDP}
  - to:
    - ipBlock:
        cidr: 10.${n % 10}.0.0/16
        except: [10.${n % 10}.1.0/24]
    ports:
    - {port: 443}
`);
        break;
      default: // metrics from the monitoring namespace, version-specific
        docs.push(`${meta}  podSelector:
    matchExpressions:
    - {key: version, operator: In, values: [v${p % 3}]}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {kubernetes.io/metadata.name: ns-0}
    ports:
    - {port: metrics}
`);
    }
  }
  return docs.join('---\n');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
};
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

const cpu = os.cpus()[0];
console.log(`machine: ${cpu?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}, ${os.platform()} ${os.arch()}${gc ? '' : ' (run with --expose-gc for heap figures)'}`);

const sizes: Size[] = [
  { namespaces: 10, workloads: 200, policies: 60 },
  { namespaces: 30, workloads: 600, policies: 180 },
  { namespaces: 60, workloads: 1200, policies: 360 },
  { namespaces: 100, workloads: 2000, policies: 600 },
];
const RUNS = 3;
let flagged = false;
for (const size of sizes) {
  const text = generate(size);
  const parse: number[] = [];
  const load: number[] = [];
  const analyze: number[] = [];
  const format: number[] = [];
  let lines = 0;
  let stats = '';
  let heap = 0;
  for (let r = 0; r < RUNS; r++) {
    gc?.();
    parse.push(time(() => parseAllDocuments(text))[1]);
    gc?.();
    const [ws, tl] = time(() => loadWorkspace([{ name: 'cluster.yaml', text }]));
    const [result, ta] = time(() => analyzeConnectivity(ws));
    const [out, tf] = time(() => formatConnlist(result, 'txt'));
    load.push(tl);
    analyze.push(ta);
    format.push(tf);
    lines = out.length === 0 ? 0 : out.split('\n').length - 1;
    const s = result.stats;
    stats = `classes A/B/C/D ${s.ingressPeerClasses}/${s.ingressTargetClasses}/${s.egressSourceClasses}/${s.egressDestClasses}, ${s.connectionSets} conn sets`;
    if (gc) {
      gc();
      heap = Math.max(heap, process.memoryUsage().heapUsed); // live heap while ws/result/out are still referenced
    }
    void [ws, result, out];
  }
  const full = median(load) + median(analyze) + median(format);
  const ratio = full / median(parse);
  flagged ||= ratio > 2;
  console.log(
    `\n${size.namespaces} ns, ${size.workloads} workloads, ${size.policies} policies — ${(text.length / 1048576).toFixed(2)} MB YAML, ${lines} connlist lines, ${stats}`,
  );
  console.log(
    `  parseAllDocuments ${median(parse).toFixed(0)} ms | loadWorkspace ${median(load).toFixed(0)} ms | connectivity ${median(analyze).toFixed(0)} ms | format ${median(format).toFixed(0)} ms`,
  );
  console.log(
    `  full list (load+analyze+format) ${full.toFixed(0)} ms = ${ratio.toFixed(2)}× bare parse${ratio > 2 ? '  <-- OVER BUDGET (> 2×)' : ''} | peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}${gc ? ` | live heap after gc ${mb(heap)}` : ''}`,
  );
}
console.log(flagged ? '\nBUDGET EXCEEDED: full list > 2× bare parse for at least one size.' : '\nAll sizes within budget (full list ≤ 2× bare parse).');
