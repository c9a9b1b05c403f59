/**
 * The cluster guardrail templates do what their titles promise once analysed with the workspace they
 * are inserted into, and are objects the model and the API's schema accept.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import schema from '../../src/ui/editor/schema/k8s.schema.json' with { type: 'json' };
import { analyzeConnectivity } from '../../src/model/analysis/connectivity.ts';
import { formatConnlist } from '../../src/model/analysis/connlist.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { getTemplate } from '../../src/model/templates/index.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';

/** Two namespaces, a web and a db workload in each; no NetworkPolicy at all. */
const CLUSTER = ['shop', 'secrets', 'monitoring']
  .flatMap((ns) =>
    ['web', 'db'].map(
      (app) => `# ${app} in ${ns}
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, namespace: ${ns}}
spec:
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec:
      containers: [{name: c, image: nginx, ports: [{containerPort: 9090}]}]
`,
    ),
  )
  .join('---\n');

function connlist(extra: string): string[] {
  const ws = loadWorkspace([{ name: 'ws.yaml', text: `${CLUSTER}---\n${extra}` }]);
  expect(checkWorkspace(ws).filter((d) => d.severity === 'error')).toEqual([]);
  return formatConnlist(analyzeConnectivity(ws), 'txt').split('\n').filter(Boolean);
}
const render = (id: string, params: Record<string, string> = {}) =>
  getTemplate(id)!.render({ namespace: 'secrets', ...params });

describe('cluster guardrail templates', () => {
  it('nothing into a namespace: no flow from another namespace into it; its own flows stay', () => {
    const lines = connlist(render('admin-deny-into-namespace'));
    expect(lines.filter((l) => /^(shop|monitoring)\/.* => secrets\//.test(l))).toEqual([]);
    // v1alpha1 ingress peers are namespaces and pods: addresses outside the cluster are not covered.
    expect(lines).toContain('0.0.0.0-255.255.255.255[External] => secrets/db[Deployment] : All Connections');
    expect(lines).toContain('secrets/web[Deployment] => secrets/db[Deployment] : All Connections');
    expect(lines).toContain('shop/web[Deployment] => shop/db[Deployment] : All Connections');
    expect(lines).toContain('secrets/web[Deployment] => shop/db[Deployment] : All Connections');
  });

  it('allow monitoring: reaches a namespace that denies everything, on the metrics port only', () => {
    const denyAll = `# shop denies everything
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
`;
    const lines = connlist(
      `${denyAll}---\n${render('admin-allow-monitoring', { namespace: 'monitoring', port: '9090' })}`,
    );
    expect(lines).toContain('monitoring/web[Deployment] => shop/db[Deployment] : TCP 9090');
    expect(lines.filter((l) => l.startsWith('secrets/') && l.includes('=> shop/'))).toEqual([]);
  });

  it('baseline default deny: closes pods no NetworkPolicy selects, and yields where one does', () => {
    const allowWeb = `# shop's db takes connections from web
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]
`;
    const lines = connlist(`${allowWeb}---\n${render('baseline-deny-ingress')}`);
    expect(lines).toContain('shop/web[Deployment] => shop/db[Deployment] : All Connections');
    // Every other flow between the cluster's pods is closed by the baseline (addresses outside it are not covered).
    const inCluster = /^(shop|secrets|monitoring)\/.* => (shop|secrets|monitoring)\//;
    expect(lines.filter((l) => inCluster.test(l))).toEqual([
      'shop/web[Deployment] => shop/db[Deployment] : All Connections',
    ]);
  });

  it.each(['admin-deny-into-namespace', 'admin-allow-monitoring', 'baseline-deny-ingress'])(
    '%s passes the API schema the editor checks with',
    (id) => {
      const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
      for (const doc of parseAllDocuments(render(id))) {
        const ok = validate(doc.toJS());
        expect(ok, JSON.stringify(validate.errors)).toBe(true);
      }
    },
  );
});
