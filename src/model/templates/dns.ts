/** Allow DNS: the rule almost every egress lockdown needs first. */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { str } from './params.ts';

export const allowDnsEgress = defineTemplate({
  id: 'allow-dns-egress',
  title: 'Allow DNS egress',
  description:
    'Lets every pod in the namespace query the cluster DNS (kube-dns / CoreDNS in kube-system) on port 53, UDP and TCP.',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }) => `# Allow DNS: pods in "${namespace}" may reach the cluster DNS in kube-system.
# namespaceSelector and podSelector sit in ONE peer, so both must match:
# pods labelled k8s-app=kube-dns inside the kube-system namespace (CoreDNS keeps that label).
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-dns-egress
  namespace: ${str(namespace)}
spec:
  podSelector: {} # every pod in the namespace
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
        - protocol: UDP # ordinary lookups
          port: 53
        - protocol: TCP # large answers and zone transfers fall back to TCP
          port: 53
`,
});
