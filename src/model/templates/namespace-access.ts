/** Namespace-scoped allows: traffic inside a namespace, and from one other namespace. */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { str } from './params.ts';

export const allowSameNamespace = defineTemplate({
  id: 'allow-same-namespace',
  title: 'Allow within the namespace',
  description:
    'Pods of the namespace may reach each other on any port; traffic from other namespaces stays blocked by default-deny.',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }) => `# Allow within the namespace: any pod in "${namespace}" may connect to any other pod in it.
# A podSelector peer without a namespaceSelector means "pods of this policy's namespace".
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-same-namespace
  namespace: ${str(namespace)}
spec:
  podSelector: {} # applies to every pod in the namespace
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector: {} # from every pod of the same namespace, on every port
`,
});

export const allowFromNamespace = defineTemplate({
  id: 'allow-from-namespace',
  title: 'Allow from one namespace',
  description: 'Pods of another namespace may reach every pod in this namespace, on any port.',
  params: [
    NAMESPACE_PARAM,
    {
      id: 'from',
      label: 'Source namespace',
      description: 'Namespace whose pods are allowed in.',
      kind: 'namespace',
      default: 'frontend',
    },
  ],
  build: ({
    namespace,
    from,
  }) => `# Allow from one namespace: pods in "${from}" may connect to every pod in "${namespace}".
# Kubernetes labels each namespace with kubernetes.io/metadata.name, so this selects exactly one.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-from-${from}
  namespace: ${str(namespace)}
spec:
  podSelector: {} # every pod in "${namespace}"; narrow it to protect only some workloads
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${str(from)}
`,
});
