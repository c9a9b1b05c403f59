/** Allow DNS: the rule almost every egress lockdown needs first. */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { str } from './params.ts';
import type { CommentLanguage } from './types.ts';

/** The comments the template writes, by language. */
const COMMENTS = {
  en: {
    head: (ns: string) => `# Allow DNS: pods in "${ns}" may reach the cluster DNS in kube-system.
# namespaceSelector and podSelector sit in ONE peer, so both must match:
# pods labelled k8s-app=kube-dns inside the kube-system namespace (CoreDNS keeps that label).`,
    everyPod: 'every pod in the namespace',
    udp: 'ordinary lookups',
    tcp: 'large answers and zone transfers fall back to TCP',
  },
  ja: {
    head: (ns: string) => `# DNS を許可: "${ns}" の Pod は kube-system のクラスター DNS に接続できます。
# namespaceSelector と podSelector は 1 つのピアにあるため、両方に一致する必要があります:
# kube-system Namespace 内の k8s-app=kube-dns ラベルを持つ Pod（CoreDNS もこのラベルを使います）。`,
    everyPod: 'Namespace 内のすべての Pod',
    udp: '通常の名前解決',
    tcp: '大きな応答やゾーン転送は TCP を使います',
  },
} satisfies Record<CommentLanguage, unknown>;

export const allowDnsEgress = defineTemplate({
  id: 'allow-dns-egress',
  title: 'Allow DNS egress',
  description:
    'Lets every pod in the namespace query the cluster DNS (kube-dns / CoreDNS in kube-system) on port 53, UDP and TCP.',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }, language) => {
    const c = COMMENTS[language];
    return `${c.head(namespace)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns-egress
  namespace: ${str(namespace)}
spec:
  podSelector: {} # ${c.everyPod}
  policyTypes:
    - Egress
  egress:
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: kube-system
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - protocol: UDP # ${c.udp}
          port: 53
        - protocol: TCP # ${c.tcp}
          port: 53
`;
  },
});
