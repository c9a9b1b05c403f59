/**
 * Guardrails a cluster administrator sets above the namespaces' own
 * NetworkPolicies (docs/cluster-policies.md has the decision order): the
 * Admin tier decides before any NetworkPolicy, the Baseline tier only where
 * none selects the pod. These objects are cluster-scoped: no namespace.
 */
import { defineTemplate } from './define.ts';
import { str } from './params.ts';
import type { TemplateParam } from './types.ts';

const metadataName = (prefix: string, namespace: string) => `${prefix}-${namespace}`.slice(0, 253);

const PROTECTED_NAMESPACE: TemplateParam = {
  id: 'namespace',
  label: 'Protected namespace',
  description: 'The namespace nothing outside it may reach.',
  kind: 'namespace',
  default: 'secrets',
};

export const adminDenyIntoNamespace = defineTemplate({
  id: 'admin-deny-into-namespace',
  title: 'Guardrail: nothing into a namespace (Admin tier)',
  description:
    'An AdminNetworkPolicy that denies every connection into a sensitive namespace from any other namespace, whatever its NetworkPolicies allow.',
  params: [PROTECTED_NAMESPACE],
  build: ({ namespace }) => `# Admin-tier guardrail: pods outside "${namespace}" may not connect into it, whatever the
# NetworkPolicies say. Traffic inside the namespace is passed on to its own NetworkPolicies.
# Addresses outside the cluster are not covered: ingress peers here are namespaces and pods.
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: ${str(metadataName('deny-into', namespace))}
spec:
  priority: 20 # lower numbers are evaluated first (0-1000)
  subject:
    namespaces:
      matchLabels:
        kubernetes.io/metadata.name: ${str(namespace)}
  ingress:
    - name: pass-within # rules are evaluated in order: the namespace's own traffic first
      action: Pass # hand the decision to the namespace's NetworkPolicies
      from:
        - namespaces:
            matchLabels:
              kubernetes.io/metadata.name: ${str(namespace)}
    - name: deny-from-elsewhere
      action: Deny
      from:
        - namespaces: {} # every namespace
`,
});

export const adminAllowMonitoring = defineTemplate({
  id: 'admin-allow-monitoring',
  title: 'Allow monitoring everywhere (Admin tier)',
  description:
    'An AdminNetworkPolicy that lets the monitoring namespace reach every pod of the cluster on a metrics port, even where a namespace denies everything.',
  params: [
    {
      id: 'namespace',
      label: 'Monitoring namespace',
      description: 'Namespace Prometheus runs in.',
      kind: 'namespace',
      default: 'monitoring',
    },
    {
      id: 'port',
      label: 'Metrics port',
      description: 'Port number the metrics are scraped on (TCP).',
      kind: 'port',
      default: '9090',
    },
  ],
  build: ({
    namespace,
    port,
  }) => `# Admin-tier allow: pods in "${namespace}" may scrape every pod of the cluster on TCP ${port},
# even in namespaces whose NetworkPolicies deny everything.
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: ${str(metadataName('allow-monitoring-from', namespace))}
spec:
  priority: 30
  subject:
    namespaces: {} # every namespace
  ingress:
    - name: scrape-metrics
      action: Allow
      from:
        - namespaces:
            matchLabels:
              kubernetes.io/metadata.name: ${str(namespace)}
      ports:
        - ${/^\d+$/.test(port) ? `portNumber:\n            protocol: TCP\n            port: ${port}` : `namedPort: ${str(port)}`}
`,
});

export const baselineDenyIngress = defineTemplate({
  id: 'baseline-deny-ingress',
  title: 'Baseline default deny (cluster-wide)',
  description:
    'The BaselineAdminNetworkPolicy "default": every pod is closed to incoming connections unless a NetworkPolicy of its namespace selects it and says otherwise.',
  params: [],
  build: () => `# Baseline default deny: applies only to pods no NetworkPolicy selects for ingress, so
# each namespace opens what it needs with its own NetworkPolicies. There is one such object: "default".
# Addresses outside the cluster are not covered: ingress peers here are namespaces and pods.
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata:
  name: default
spec:
  subject:
    namespaces: {} # every namespace
  ingress:
    - name: deny-all-ingress
      action: Deny
      from:
        - namespaces: {} # from every namespace
`,
});
