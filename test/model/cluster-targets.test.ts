/**
 * Which cluster-scoped policies select a node, and which of them a flow can be written into
 * (the "Allow traffic" dialog's cluster choices and the inspector's list).
 */
import { describe, expect, it } from 'vitest';
import { clusterPoliciesSelecting, clusterRuleTargets, type EndpointRef } from '../../src/model/edits/index.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

const TEXT = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels: {team: web}
---
apiVersion: v1
kind: Namespace
metadata:
  name: vault
  labels: {tier: secret}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: vault, labels: {app: db}}
spec: {containers: [{name: db, image: postgres}]}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: vault-guard}
spec:
  priority: 20
  subject: {namespaces: {matchLabels: {tier: secret}}}
  ingress:
  - {name: deny-all, action: Deny, from: [{namespaces: {}}]}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: first}
spec:
  priority: 5
  subject: {pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: db}}}}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
  subject: {namespaces: {}}
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: web-only}
spec:
  tier: Admin
  priority: 30
  subject: {pods: {namespaceSelector: {matchLabels: {team: web}}, podSelector: {matchLabels: {app: web}}}}
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: base-shop}
spec:
  tier: Baseline
  priority: 1
  subject: {pods: {namespaceSelector: {matchLabels: {team: web}}, podSelector: {}}}
`;

const ws = loadWorkspace([{ name: 'c.yaml', text: TEXT }]);
const web: EndpointRef = { type: 'workload', namespace: 'shop', name: 'web' };
const db: EndpointRef = { type: 'workload', namespace: 'vault', name: 'db' };
const names = (ref: EndpointRef) => clusterPoliciesSelecting(ws, ref).map((p) => p.name);

describe('clusterPoliciesSelecting', () => {
  it('lists the policies whose subject selects a workload, Admin tier by priority, then Baseline', () => {
    expect(names(db)).toEqual(['first', 'vault-guard', 'default']);
    expect(names(web)).toEqual(['web-only', 'default', 'base-shop']);
  });

  it('counts a namespace as selected only when all its pods are', () => {
    expect(names({ type: 'namespace', namespace: 'vault' })).toEqual(['vault-guard', 'default']);
    expect(names({ type: 'namespace', namespace: 'shop' })).toEqual(['default', 'base-shop']);
  });

  it('matches an inferred selector by its labels', () => {
    expect(
      names({ type: 'selector', namespace: 'vault', selector: { matchLabels: { app: 'db' }, matchExpressions: [] } }),
    ).toEqual(['first', 'vault-guard', 'default']);
  });

  it('selects no address and no unknown workload', () => {
    expect(names({ type: 'cidr', cidr: '10.0.0.0/8' })).toEqual([]);
    expect(names({ type: 'workload', namespace: 'shop', name: 'ghost' })).toEqual([]);
    expect(clusterPoliciesSelecting(loadWorkspace([{ name: 'e.yaml', text: '' }]), web)).toEqual([]);
  });
});

describe('clusterRuleTargets', () => {
  it('offers ingress rules of the policies selecting the destination, then egress rules of those selecting the source', () => {
    const targets = clusterRuleTargets(ws, web, db).map((t) => [
      t.policy.name,
      t.direction,
      t.actions.join('/'),
      t.rules,
    ]);
    expect(targets).toEqual([
      ['first', 'ingress', 'Allow/Deny/Pass', 0],
      ['vault-guard', 'ingress', 'Allow/Deny/Pass', 1],
      ['default', 'ingress', 'Allow/Deny', 0],
      ['web-only', 'egress', 'Accept/Deny/Pass', 0],
      ['default', 'egress', 'Allow/Deny', 0],
      ['base-shop', 'egress', 'Accept/Deny/Pass', 0],
    ]);
  });

  it('offers no ingress rule with an address as its peer, but egress rules to one', () => {
    const cidr: EndpointRef = { type: 'cidr', cidr: '192.0.2.0/24' };
    expect(clusterRuleTargets(ws, cidr, db)).toEqual([]);
    expect(clusterRuleTargets(ws, db, cidr).map((t) => [t.policy.name, t.direction])).toEqual([
      ['first', 'egress'],
      ['vault-guard', 'egress'],
      ['default', 'egress'],
    ]);
  });
});
