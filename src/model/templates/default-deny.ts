/**
 * Default-deny templates: the usual first step of locking a namespace down.
 * An empty podSelector selects every pod of the namespace; listing a policy
 * type with no rules for it allows nothing in that direction.
 */
import { defineTemplate, NAMESPACE_PARAM } from './define.ts';
import { str } from './params.ts';

export const defaultDenyIngress = defineTemplate({
  id: 'default-deny-ingress',
  title: 'Default deny ingress',
  description: 'Blocks all incoming traffic to every pod in the namespace until other policies allow it.',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }) => `# Default deny ingress: every pod in "${namespace}" becomes ingress-isolated.
# Add allow policies next to it for the traffic each workload should receive.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: ${str(namespace)}
spec:
  podSelector: {} # empty selector: all pods in the namespace
  policyTypes:
    - Ingress # no ingress rules follow, so no incoming connection is allowed
`,
});

export const defaultDenyEgress = defineTemplate({
  id: 'default-deny-egress',
  title: 'Default deny egress',
  description:
    'Blocks all outgoing traffic from every pod in the namespace, DNS included; pair it with "Allow DNS egress".',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }) => `# Default deny egress: pods in "${namespace}" may not open any connection,
# not even DNS lookups. Add "Allow DNS egress" unless that is intended.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-egress
  namespace: ${str(namespace)}
spec:
  podSelector: {} # all pods in the namespace
  policyTypes:
    - Egress # no egress rules follow, so no outgoing connection is allowed
`,
});

export const defaultDenyAll = defineTemplate({
  id: 'default-deny-all',
  title: 'Default deny ingress and egress',
  description:
    'Isolates every pod in the namespace in both directions; only traffic other policies allow gets through.',
  params: [NAMESPACE_PARAM],
  build: ({ namespace }) => `# Default deny all: every pod in "${namespace}" is isolated for ingress and egress.
# Remember DNS: without an egress rule to kube-dns, name lookups fail.
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
  namespace: ${str(namespace)}
spec:
  podSelector: {} # all pods in the namespace
  policyTypes: # both types listed, neither has rules: nothing in, nothing out
    - Ingress
    - Egress
`,
});
