/**
 * The "why" of a flow (`netpol-studio explain`, the app's why-panel): which
 * side isolates, which rules allow, with spans pointing into the YAML.
 */
import { describe, expect, it } from 'vitest';
import { ExplainError, explainFlow, resolveEndpoint } from '../../src/model/analysis/explain.ts';
import { formatConns } from '../../src/model/analysis/ports.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

const ws = loadWorkspace([
  {
    name: 'app.yaml',
    text: `kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{ports: [{name: http, containerPort: 8080}]}]}}}
---
kind: Deployment
metadata: {name: api, namespace: shop}
spec: {template: {metadata: {labels: {app: api}}}}
---
kind: NetworkPolicy
metadata: {name: web-in, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from:
    - podSelector: {matchLabels: {app: api}}
    ports:
    - port: http
---
kind: NetworkPolicy
metadata: {name: api-out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 10.0.0.0/8}}]
`,
  },
]);

describe('explainFlow', () => {
  it('resolves ns/name, full workload ids and IP addresses', () => {
    expect(resolveEndpoint(ws, 'shop/web')?.id).toBe('shop/web[Deployment]');
    expect(resolveEndpoint(ws, 'shop/web[Deployment]')?.id).toBe('shop/web[Deployment]');
    expect(resolveEndpoint(ws, '10.1.2.3')?.kind).toBe('external');
    expect(resolveEndpoint(ws, 'shop/nope')).toBeUndefined();
    expect(() => explainFlow(ws, 'shop/nope', 'shop/web')).toThrow(ExplainError);
  });

  it('blocked by egress isolation: names the isolating policy and no allowing rule', () => {
    const ex = explainFlow(ws, 'shop/api', 'shop/web', { port: 8080, protocol: 'TCP' });
    expect(ex.allowed).toBe(false);
    expect(ex.egress.isolated).toBe(true);
    expect(ex.egress.isolatingPolicies.map((p) => p.id)).toEqual(['shop/api-out']);
    expect(ex.egress.rules).toEqual([]);
    // Ingress on its own would allow it, through the named port resolved on web.
    expect(ex.ingress.rules).toHaveLength(1);
    expect(ex.ingress.rules[0]).toMatchObject({ policyId: 'shop/web-in', ruleIndex: 0, peerIndex: 0, allows: true });
    expect(ex.ingress.rules[0].span).toMatchObject({ file: 'app.yaml', line: 14 });
    expect(ex.ingress.rules[0].peerSpan).toMatchObject({ line: 15 });
    expect(ex.summary).toContain('blocked');
    expect(ex.summary).toContain('shop/api-out');
  });

  it('allowed to an external IP through an egress ipBlock, ingress side does not apply', () => {
    const ex = explainFlow(ws, 'shop/api', '10.9.9.9');
    expect(ex.allowed).toEqual(ex.conns);
    expect(formatConns(ex.conns)).toBe('All Connections');
    expect(ex.ingress.isolated).toBe(false);
    expect(ex.egress.rules[0]).toMatchObject({ policyId: 'shop/api-out', peerIndex: 0, allows: true });
    expect(explainFlow(ws, 'shop/api', '11.0.0.1', { port: 443, protocol: 'TCP' }).allowed).toBe(false);
  });

  it('without a port, returns the allowed connection set', () => {
    const ex = explainFlow(ws, 'shop/web', 'shop/api');
    expect(typeof ex.allowed === 'object' && formatConns(ex.allowed)).toBe('All Connections');
    expect(ex.egress.isolated).toBe(false);
    expect(ex.summary.split('\n')[0]).toBe(
      'shop/web[Deployment] → shop/api[Deployment] on any port: allowed: All Connections.',
    );
  });

  it('from outside the cluster to a pod whose ingress only admits pods', () => {
    const ex = explainFlow(ws, '10.0.0.1', 'shop/web', { port: 8080, protocol: 'TCP' });
    expect(ex.allowed).toBe(false);
    expect(ex.ingress.isolatingPolicies.map((p) => p.id)).toEqual(['shop/web-in']);
  });
});
