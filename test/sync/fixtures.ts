/**
 * Commented fixtures for the writer tests, in the spirit of the yaml
 * library's tests/doc/comments.ts: comments before documents, before and
 * after keys, trailing on values, between sequence items, at the end of
 * collections — in ASCII and in Unicode — so every edit can be checked to
 * keep the comments outside the node it changes.
 */
import { Lexer } from 'yaml';

/** A shop: namespace, three workloads, two policies (2-space indent, `- ` flush under keys, some flow maps). */
export const SHOP = `# Shop workspace — 日本語 — café ☕
# second header line
apiVersion: v1
kind: Namespace
metadata:
  name: shop   # the shop namespace
  labels: {team: web, env: prod}   # flow labels
---
# web frontend — フロントエンド
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2 # two replicas
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels:
        app: web  # the web label
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        # http port
        - containerPort: 8080
          name: http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api   # API — ünïcödé
  namespace: shop
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels:
        app: api
        tier: backend
    spec:
      containers:
      - name: api
        image: api:2
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db   # データベース
    spec:
      containers:
      - name: db
        image: postgres:16
        ports:
        - containerPort: 5432
---
# policy for the api — política
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-allow
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes:
  - Ingress
  - Egress
  ingress:
  # from web — 从网页
  - from:
    - podSelector:
        matchLabels:
          app: web   # only web
    - podSelector:
        matchLabels:
          app: admin
    ports:
    - protocol: TCP
      port: 8080   # api port
  # metrics from anywhere
  - ports:
    - port: 9090
  egress:
  # to the db
  - to:
    - podSelector:
        matchLabels:
          app: db
    ports:
    - port: 5432
  # DNS — 名前解決
  - to:
    - namespaceSelector: {}
      podSelector:
        matchLabels:
          k8s-app: kube-dns
    ports:
    - protocol: UDP
      port: 53
    - protocol: TCP
      port: 53
# end of api policy
---
# db accepts the api only
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-allow
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: db
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: api
    - ipBlock:
        cidr: 10.0.0.0/8
        except:
        - 10.1.0.0/16   # office
    ports:
    - port: 5432
      protocol: TCP
# trailing comment — fin
`;

/** Only policies (no workloads, no namespaces): 4-space indentation, flow collections mixed in. */
export const POLICIES_ONLY = `# pasted policies — コピー
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
    name: backend
    namespace: prod   # production
spec:
    podSelector:
        matchLabels:
            tier: backend
    ingress:
        # from the frontend tier
        - from:
              - podSelector:
                    matchLabels:
                        tier: frontend
              - namespaceSelector:
                    matchLabels:
                        team: ops   # ops team
          ports:
              - port: 8000
                endPort: 8100
                protocol: TCP
---
# default deny — über
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
    name: default-deny
    namespace: prod
spec:
    podSelector: {}
    policyTypes: [Ingress, Egress]   # flow sequence
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
    name: egress-web
    namespace: prod
spec:
    podSelector:
        matchLabels: {tier: frontend}
    egress:
        - to:
              - ipBlock:
                    cidr: 0.0.0.0/0
          ports:
              - port: http   # named port
        - {}   # everything else — alles
`;

/** Indentation yaml cannot reproduce (`-   ` items): new lines are re-indented to the source's columns. */
export const ODD_INDENT = `# odd indentation — ungewöhnlich
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
    name: odd
    namespace: prod
spec:
    podSelector: {}
    ingress:
        -   from:   # three spaces after the dash
                -   podSelector: {}
`;

/** A kubectl-style List with items, and CRLF line endings. */
export const LIST_CRLF = [
  '# kubectl get -o yaml — liste',
  'apiVersion: v1',
  'kind: List',
  'items:',
  '- apiVersion: v1',
  '  kind: Pod',
  '  metadata:',
  '    name: solo   # single pod',
  '    namespace: lab',
  '    labels:',
  '      app: solo',
  '  spec:',
  '    containers:',
  '    - name: c',
  '      image: busybox',
  '- apiVersion: networking.k8s.io/v1',
  '  kind: NetworkPolicy',
  '  metadata:',
  '    name: solo-in',
  '    namespace: lab',
  '  spec:',
  '    podSelector:',
  '      matchLabels:',
  '        app: solo',
  '    ingress:',
  '    - from:',
  '      - namespaceSelector:',
  '          matchLabels:',
  '            kubernetes.io/metadata.name: shop   # named namespace',
  '# end — ende',
  '',
].join('\r\n');

/**
 * Cluster-scoped policies with comments everywhere rules can move: above the first rule (which
 * `yaml` stores on the sequence), above later rules, trailing on values, at the end of a list; an
 * AdminNetworkPolicy (block sequences flush under keys), a BaselineAdminNetworkPolicy, a
 * ClusterNetworkPolicy (indented sequences) and the workloads their rules name.
 */
export const CLUSTER = `# Cluster guardrails — ガードレール
apiVersion: v1
kind: Namespace
metadata:
  name: shop   # the shop
---
apiVersion: v1
kind: Namespace
metadata:
  name: vault
  labels: {tier: secret}   # sensitive
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
  namespace: vault
spec:
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: db
        image: postgres
        ports:
        - containerPort: 5432
          name: pg
---
# guard the vault — 金庫
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: vault-guard   # the guard
spec:
  priority: 10 # lower first
  subject:
    namespaces:
      matchLabels: {tier: secret}
  ingress:
  # the vault's own traffic — 内部
  - name: pass-within
    action: Pass   # to the NetworkPolicies
    from:
    - namespaces:
        matchLabels: {tier: secret}
  # monitoring may scrape
  - name: allow-monitoring
    action: Allow
    from:
    - namespaces:
        matchLabels:
          kubernetes.io/metadata.name: monitoring
    ports:
    - portNumber:
        protocol: TCP
        port: 9090   # metrics
  # end of the rules — fin
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata:
  name: default
spec:
  subject:
    namespaces: {}   # every namespace
  egress:
    - name: deny-all   # closed by default
      action: Deny
      to:
        - namespaces: {}
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata:
  name: shop-out
spec:
  tier: Admin
  priority: 50   # after the vault guard
  subject:
    pods:
      namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: shop
      podSelector: {}
# trailing comment — 終わり
`;

/** Every comment of a YAML text (lexer tokens that start with '#'), in order. */
export function comments(text: string): string[] {
  const out: string[] = [];
  for (const tok of new Lexer().lex(text)) if (tok.startsWith('#')) out.push(tok.trimEnd());
  return out;
}

/** Multiset difference a − b. */
export function missing(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out;
}
