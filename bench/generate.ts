/**
 * Synthetic cluster generator shared by the benchmarks: Namespaces,
 * Deployments and NetworkPolicies (six shapes, cycling) as one multi-document
 * YAML text.
 */
export interface Size {
  namespaces: number;
  workloads: number;
  policies: number;
}

export const TIERS = ['web', 'api', 'db', 'cache'];

/** A cluster of Namespaces, Deployments and NetworkPolicies as one multi-document YAML text. */
export function generate({ namespaces, workloads, policies }: Size): string {
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

/** The synthetic clusters of the CLI benchmark (issue 10): 1k, 2k and 5k workloads. */
export const CLUSTER_SIZES: readonly Size[] = [
  { namespaces: 50, workloads: 1000, policies: 200 },
  { namespaces: 100, workloads: 2000, policies: 600 },
  { namespaces: 250, workloads: 5000, policies: 1000 },
];
