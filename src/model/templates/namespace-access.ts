/** Namespace-scoped allows: traffic inside a namespace, and from one other namespace. */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { str } from './params.ts';
import type { CommentLanguage } from './types.ts';

/** The comments the templates write, by language. */
const COMMENTS = {
  en: {
    sameHead: (ns: string) => `# Allow within the namespace: any pod in "${ns}" may connect to any other pod in it.
# A podSelector peer without a namespaceSelector means "pods of this policy's namespace".`,
    sameAppliesTo: 'applies to every pod in the namespace',
    sameFrom: 'from every pod of the same namespace, on every port',
    fromHead: (
      ns: string,
      from: string,
    ) => `# Allow from one namespace: pods in "${from}" may connect to every pod in "${ns}".
# Kubernetes labels each namespace with kubernetes.io/metadata.name, so this selects exactly one.`,
    fromEveryPod: (ns: string) => `every pod in "${ns}"; narrow it to protect only some workloads`,
  },
  ja: {
    sameHead: (ns: string) => `# Namespace 内を許可: "${ns}" の Pod は同じ Namespace の任意の Pod に接続できます。
# namespaceSelector のない podSelector のピアは「このポリシーの Namespace の Pod」を意味します。`,
    sameAppliesTo: 'Namespace 内のすべての Pod に適用',
    sameFrom: '同じ Namespace のすべての Pod から、すべてのポートで',
    fromHead: (
      ns: string,
      from: string,
    ) => `# 特定の Namespace から許可: "${from}" の Pod は "${ns}" のすべての Pod に接続できます。
# Kubernetes は各 Namespace に kubernetes.io/metadata.name ラベルを付けるため、これはちょうど 1 つの Namespace を選択します。`,
    fromEveryPod: (ns: string) => `"${ns}" のすべての Pod。一部のワークロードだけを保護するなら絞り込んでください`,
  },
} satisfies Record<CommentLanguage, unknown>;

export const allowSameNamespace = defineTemplate({
  id: 'allow-same-namespace',
  title: 'Allow within the namespace',
  description:
    'Pods of the namespace may reach each other on any port; traffic from other namespaces stays blocked by default-deny.',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }, language) => {
    const c = COMMENTS[language];
    return `${c.sameHead(namespace)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-same-namespace
  namespace: ${str(namespace)}
spec:
  podSelector: {} # ${c.sameAppliesTo}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector: {} # ${c.sameFrom}
`;
  },
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
  build: ({ namespace, from }, language) => {
    const c = COMMENTS[language];
    return `${c.fromHead(namespace, from)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-from-${from}
  namespace: ${str(namespace)}
spec:
  podSelector: {} # ${c.fromEveryPod(namespace)}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: ${str(from)}
`;
  },
});
