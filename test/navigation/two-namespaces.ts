/** A small two-namespace workspace for the navigation tests: front/web calls back/api, which calls back/db. */
const deployment = (ns: string, name: string, port: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
        tier: ${ns}
    spec:
      containers:
        - name: ${name}
          image: example/${name}
          ports:
            - containerPort: ${port}
`;

export const TWO_NAMESPACES = `apiVersion: v1
kind: Namespace
metadata:
  name: front
---
apiVersion: v1
kind: Namespace
metadata:
  name: back
---
${deployment('front', 'web', 8080)}---
${deployment('back', 'api', 8080)}---
${deployment('back', 'db', 5432)}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-ingress
  namespace: back
spec:
  podSelector:
    matchLabels:
      app: api
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: front
          podSelector:
            matchLabels:
              app: web
      ports:
        - port: 8080
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: front
          podSelector:
            matchLabels:
              app: web
      ports:
        - port: 9090
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-ingress
  namespace: back
spec:
  podSelector:
    matchLabels:
      app: db
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: api
      ports:
        - port: 5432
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-egress
  namespace: front
spec:
  podSelector:
    matchLabels:
      app: web
  policyTypes: [Egress]
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: back
          podSelector:
            matchLabels:
              app: api
      ports:
        - port: 8080
        - port: 443
`;
