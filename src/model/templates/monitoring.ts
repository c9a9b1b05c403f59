/** Let Prometheus scrape metrics: the allow rule teams forget after a default deny. */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { port, str } from './params.ts';
import type { CommentLanguage } from './types.ts';

/** The comments the template writes, by language. */
const COMMENTS = {
  en: {
    head: (
      ns: string,
      label: string,
      monitoring: string,
    ) => `# Allow from monitoring: Prometheus may scrape pods in "${ns}" on their metrics port.
# Only Prometheus pods (app.kubernetes.io/name=${label}) in namespace "${monitoring}":
# both selectors are in ONE peer, so a pod must match both.`,
    everyPod: 'every pod; narrow it to the workloads that expose metrics',
    namedPort: `# A port name is looked up in each destination pod's containerPorts
        # (name and protocol must match); pods without it are not reachable by this rule.`,
  },
  ja: {
    head: (
      ns: string,
      label: string,
      monitoring: string,
    ) => `# monitoring から許可: Prometheus は "${ns}" の Pod のメトリクス用ポートからメトリクスを収集できます。
# 対象は Namespace "${monitoring}" 内の Prometheus の Pod（app.kubernetes.io/name=${label}）だけです:
# 2 つのセレクターは 1 つのピアにあるため、Pod は両方に一致する必要があります。`,
    everyPod: 'すべての Pod。メトリクスを公開するワークロードに絞り込んでください',
    namedPort: `# ポート名は宛先の各 Pod の containerPorts から探します（名前とプロトコルの両方が一致する必要があります）。
        # そのポートを持たない Pod には、このルールでは到達できません。`,
  },
} satisfies Record<CommentLanguage, unknown>;

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
  build: ({ namespace, monitoringNamespace, prometheusLabel, port: metricsPort }, language) => {
    const c = COMMENTS[language];
    return `${c.head(namespace, prometheusLabel, monitoringNamespace)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-from-monitoring
  namespace: ${str(namespace)}
spec:
  podSelector: {} # ${c.everyPod}
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
        ${c.namedPort}
        - protocol: TCP
          port: ${port(metricsPort)}
`;
  },
});
