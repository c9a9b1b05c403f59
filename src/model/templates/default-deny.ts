/**
 * Default-deny templates: the usual first step of locking a namespace down.
 * An empty podSelector selects every pod of the namespace; listing a policy
 * type with no rules for it allows nothing in that direction.
 */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { str } from './params.ts';
import type { CommentLanguage } from './types.ts';

/** The comments each template writes, by language: the YAML around them is the same. */
const COMMENTS = {
  en: {
    ingressHead: (ns: string) => `# Default deny ingress: every pod in "${ns}" becomes ingress-isolated.
# Add allow policies next to it for the traffic each workload should receive.`,
    egressHead: (ns: string) => `# Default deny egress: pods in "${ns}" may not open any connection,
# not even DNS lookups. Add "Allow DNS egress" unless that is intended.`,
    allHead: (ns: string) => `# Default deny all: every pod in "${ns}" is isolated for ingress and egress.
# Remember DNS: without an egress rule to kube-dns, name lookups fail.`,
    emptySelector: 'empty selector: all pods in the namespace',
    allPods: 'all pods in the namespace',
    noIngressRules: 'no ingress rules follow, so no incoming connection is allowed',
    noEgressRules: 'no egress rules follow, so no outgoing connection is allowed',
    bothTypes: 'both types listed, neither has rules: nothing in, nothing out',
  },
  ja: {
    ingressHead: (ns: string) => `# Ingress のデフォルト拒否: "${ns}" のすべての Pod が Ingress について分離されます。
# 各ワークロードが受け付けるべき通信は、別の許可ポリシーを並べて許可してください。`,
    egressHead: (
      ns: string,
    ) => `# Egress のデフォルト拒否: "${ns}" の Pod はどこにも接続できなくなります（DNS の名前解決も含む）。
# 意図したものでなければ「DNS の Egress を許可」テンプレートも追加してください。`,
    allHead: (
      ns: string,
    ) => `# すべてをデフォルト拒否: "${ns}" のすべての Pod が Ingress と Egress の両方について分離されます。
# DNS に注意: kube-dns への Egress ルールがないと名前解決に失敗します。`,
    emptySelector: '空のセレクター: Namespace 内のすべての Pod',
    allPods: 'Namespace 内のすべての Pod',
    noIngressRules: 'Ingress ルールがないため、受信する接続はすべて拒否されます',
    noEgressRules: 'Egress ルールがないため、送信する接続はすべて拒否されます',
    bothTypes: '両方の種類を指定し、どちらにもルールがないため、受信も送信もすべて拒否されます',
  },
} satisfies Record<CommentLanguage, unknown>;

export const defaultDenyIngress = defineTemplate({
  id: 'default-deny-ingress',
  title: 'Default deny ingress',
  description: 'Blocks all incoming traffic to every pod in the namespace until other policies allow it.',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }, language) => {
    const c = COMMENTS[language];
    return `${c.ingressHead(namespace)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: ${str(namespace)}
spec:
  podSelector: {} # ${c.emptySelector}
  policyTypes:
    - Ingress # ${c.noIngressRules}
`;
  },
});

export const defaultDenyEgress = defineTemplate({
  id: 'default-deny-egress',
  title: 'Default deny egress',
  description:
    'Blocks all outgoing traffic from every pod in the namespace, DNS included; pair it with "Allow DNS egress".',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }, language) => {
    const c = COMMENTS[language];
    return `${c.egressHead(namespace)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-egress
  namespace: ${str(namespace)}
spec:
  podSelector: {} # ${c.allPods}
  policyTypes:
    - Egress # ${c.noEgressRules}
`;
  },
});

export const defaultDenyAll = defineTemplate({
  id: 'default-deny-all',
  title: 'Default deny ingress and egress',
  description:
    'Isolates every pod in the namespace in both directions; only traffic other policies allow gets through.',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }, language) => {
    const c = COMMENTS[language];
    return `${c.allHead(namespace)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
  namespace: ${str(namespace)}
spec:
  podSelector: {} # ${c.allPods}
  policyTypes: # ${c.bothTypes}
    - Ingress
    - Egress
`;
  },
});
