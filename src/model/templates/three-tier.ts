/**
 * A complete small app to start from: web → api → db in one namespace, locked
 * down with default deny and opened exactly along the tiers. It shows the
 * pattern every pair of policies follows: the client side allows egress, the
 * server side allows ingress, and DNS is allowed explicitly.
 */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { allowDnsEgress } from './dns.ts';
import { str } from './params.ts';

function deployment(
  ns: string,
  tier: string,
  image: string,
  portName: string,
  portNumber: number,
  comment: string,
): string {
  return `# ${comment}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${tier}
  namespace: ${ns}
  labels:
    app.kubernetes.io/part-of: three-tier
    tier: ${tier}
spec:
  replicas: 1
  selector:
    matchLabels:
      tier: ${tier}
  template:
    metadata:
      labels:
        app.kubernetes.io/part-of: three-tier
        tier: ${tier}
    spec:
      containers:
        - name: ${tier}
          image: ${image}
          ports:
            - name: ${portName} # policies refer to this port by name
              containerPort: ${portNumber}
              protocol: TCP
`;
}

export const threeTierApp = defineTemplate({
  id: 'three-tier-app',
  title: 'Three-tier app (web, api, db)',
  description:
    'Three Deployments and the policies that let the internet reach web, web reach api and api reach db, and nothing else.',
  params: [{ ...NAMESPACE_PARAM, default: 'shop' }],
  // Over ~80 lines on purpose: the manifests' text, one document after another, as the user gets it.
  build: ({ namespace }) => {
    const ns = str(namespace);
    return [
      deployment(
        ns,
        'web',
        'nginxinc/nginx-unprivileged:1.27',
        'http',
        8080,
        'Tier 1: the web frontend, reachable from anywhere on port 8080.',
      ),
      deployment(ns, 'api', 'ghcr.io/example/api:1.0', 'http', 8080, 'Tier 2: the API, called by web only.'),
      deployment(ns, 'db', 'postgres:17', 'postgres', 5432, 'Tier 3: the database, reached by api only.'),
      `# Start from nothing: every pod in "${namespace}" is isolated both ways.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
  namespace: ${ns}
spec:
  podSelector: {}
  policyTypes:
    - Ingress
    - Egress
`,
      // Every tier resolves service names: the same policy as the DNS template.
      allowDnsEgress.render({ namespace }),
      `# web: accepts HTTP from any source (in or outside the cluster) and may call api.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
  namespace: ${ns}
spec:
  podSelector:
    matchLabels:
      tier: web
  policyTypes:
    - Ingress
    - Egress
  ingress:
    - ports: # no "from": every source
        - protocol: TCP
          port: http
  egress:
    - to:
        - podSelector:
            matchLabels:
              tier: api
      ports:
        - protocol: TCP
          port: http
`,
      `# api: accepts calls from web only and may query db.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api
  namespace: ${ns}
spec:
  podSelector:
    matchLabels:
      tier: api
  policyTypes:
    - Ingress
    - Egress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              tier: web
      ports:
        - protocol: TCP
          port: http
  egress:
    - to:
        - podSelector:
            matchLabels:
              tier: db
      ports:
        - protocol: TCP
          port: postgres
`,
      `# db: accepts connections from api only; it opens none itself (default deny covers egress).
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db
  namespace: ${ns}
spec:
  podSelector:
    matchLabels:
      tier: db
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              tier: api
      ports:
        - protocol: TCP
          port: postgres
`,
    ].join('---\n');
  },
});
