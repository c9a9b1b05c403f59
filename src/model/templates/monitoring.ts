/** Let Prometheus scrape metrics: the allow rule teams forget after a default deny. */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { port, str } from './params.ts';

export const allowFromMonitoring = defineTemplate({
  id: 'allow-from-monitoring',
  title: 'Allow from monitoring',
  description:
    'Prometheus pods in the monitoring namespace may scrape the metrics port of every pod in this namespace.',
  params: [
    NAMESPACE_PARAM,
    {
      id: 'monitoringNamespace',
      label: 'Monitoring namespace',
      description: 'Namespace Prometheus runs in.',
      kind: 'namespace',
      default: 'monitoring',
    },
    {
      id: 'prometheusLabel',
      label: 'Prometheus app label',
      description: 'Value of app.kubernetes.io/name on the Prometheus pods.',
      kind: 'label-value',
      default: 'prometheus',
    },
    {
      id: 'port',
      label: 'Metrics port',
      description: 'Port number, or the name of the container port that serves metrics.',
      kind: 'port',
      default: 'metrics',
    },
  ],
  build: ({
    namespace,
    monitoringNamespace,
    prometheusLabel,
    port: metricsPort,
  }) => `# Allow from monitoring: Prometheus may scrape pods in "${namespace}" on their metrics port.
# Only Prometheus pods (app.kubernetes.io/name=${prometheusLabel}) in namespace "${monitoringNamespace}":
# both selectors are in ONE peer, so a pod must match both.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-from-monitoring
  namespace: ${str(namespace)}
spec:
  podSelector: {} # every pod; narrow it to the workloads that expose metrics
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${str(monitoringNamespace)}
          podSelector:
            matchLabels:
              app.kubernetes.io/name: ${str(prometheusLabel)}
      ports:
        # A port name is looked up in each destination pod's containerPorts
        # (name and protocol must match); pods without it are not reachable by this rule.
        - protocol: TCP
          port: ${port(metricsPort)}
`,
});
