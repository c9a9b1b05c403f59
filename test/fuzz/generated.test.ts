/**
 * Property fuzzing (fast-check) of everything that reads user YAML (pipeline.ts) on generated input: manifests
 * whose shape is almost right (the kinds the reader knows, the keys it looks for, with values of any type and
 * any nesting), and raw text made of YAML's own punctuation. Complements the mutation loop, which starts
 * from real files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { WorkspaceReader } from '../../src/model/manifests/workspace-reader.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { pickArb } from '../sync/gestures.ts';
import { fcParams, FUZZ_SEED } from './fuzz-seed.ts';
import { runCase } from './pipeline.ts';

const KEYS = [
  'name',
  'namespace',
  'labels',
  'podSelector',
  'namespaceSelector',
  'ipBlock',
  'cidr',
  'except',
  'ingress',
  'egress',
  'from',
  'to',
  'ports',
  'port',
  'endPort',
  'protocol',
  'policyTypes',
  'matchLabels',
  'matchExpressions',
  'key',
  'operator',
  'values',
  'app',
  'template',
  'spec',
  'containers',
  'containerPort',
  'subject',
  'rules',
  'action',
  'priority',
  'pods',
  'namespaces',
  'networks',
  'items',
  '__proto__',
];
const SCALARS = fc.oneof(
  fc.constantFrom('web', 'api', 'In', 'NotIn', 'Exists', 'TCP', 'UDP', 'SCTP', 'Ingress', 'Egress', 'Allow', 'Deny'),
  fc.constantFrom('10.0.0.0/8', '10.1.0.0/16', '::/0', '1.2.3.4/33', 'http', 'dns', '', 'a/b', '-x-', '__proto__'),
  fc.integer({ min: -5, max: 70_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);

/** Values of any type and nesting under the keys the reader looks for. */
const { value } = fc.letrec<{ value: unknown; map: Record<string, unknown>; list: unknown[] }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, SCALARS, tie('map'), tie('list')),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  list: fc.array(tie('value'), { maxLength: 3 }),
}));

const manifest = fc.record({
  apiVersion: fc.constantFrom('networking.k8s.io/v1', 'v1', 'apps/v1', 'batch/v1', 'policy.networking.k8s.io/v1alpha1'),
  kind: fc.constantFrom(
    'NetworkPolicy',
    'Namespace',
    'Pod',
    'Deployment',
    'CronJob',
    'List',
    'AdminNetworkPolicy',
    'BaselineAdminNetworkPolicy',
    'ClusterNetworkPolicy',
  ),
  metadata: fc.oneof(
    fc.record({ name: fc.constantFrom('a', 'b', 'web', 'x'), namespace: fc.constantFrom('a', 'b', 'default') }),
    value,
  ),
  spec: value,
  items: fc.option(fc.array(value, { maxLength: 2 }), { nil: undefined }),
});

const workspaceText = fc
  .array(manifest, { minLength: 1, maxLength: 4 })
  .map((docs) => docs.map((d) => stringify(d, { aliasDuplicateObjects: false })).join('---\n'));

describe(`generated input fuzzing (FUZZ_SEED=${FUZZ_SEED})`, () => {
  it('almost-right manifests: read, validated, analysed and edited without an exception', () => {
    const reader = new WorkspaceReader();
    fc.assert(
      fc.property(
        workspaceText,
        pickArb,
        fc.nat(4),
        (text, gesture, format) => void runCase(text, { reader, gesture, format }),
      ),
      fcParams(1200),
    );
  });

  it('raw YAML punctuation: read and validated without an exception, every diagnostic placed', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...':-[]{}&*!|>\'"#%@`,?~ \t\n\r', '---\n', '- ', ': ', 'a', 'k', '0'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 200,
    });
    fc.assert(
      fc.property(text, (t) => {
        for (const d of checkWorkspace(loadWorkspace([{ name: 'raw.yaml', text: t }]))) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      fcParams(2000),
    );
  });
});
