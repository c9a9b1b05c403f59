/**
 * Inverses. The undo of every edit is a text splice (`ApplyResult.undo`),
 * exact by construction and checked for every edit in helpers.checkResult.
 * Here: the gesture that undoes a gesture in the graph (rename back, remove
 * the added edge, delete the created policy...) also restores the original
 * text byte for byte, comments and formatting included.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyEdit } from '../../src/model/edits/index.ts';
import { applyChanges } from '../../src/sync/index.ts';
import { LIST_CRLF, POLICIES_ONLY, SHOP } from './fixtures.ts';
import { applyOk } from './helpers.ts';

const web = { namespace: 'shop', name: 'web' };
const pairs: Array<[string, string, PolicyEdit, PolicyEdit]> = [
  [
    'renameWorkload',
    SHOP,
    { op: 'renameWorkload', workload: web, to: 'www' },
    { op: 'renameWorkload', workload: { namespace: 'shop', name: 'www' }, to: 'web' },
  ],
  [
    'renameNamespace',
    SHOP,
    { op: 'renameNamespace', from: 'shop', to: 'store' },
    { op: 'renameNamespace', from: 'store', to: 'shop' },
  ],
  [
    'renameNamespace in a CRLF List',
    LIST_CRLF,
    { op: 'renameNamespace', from: 'lab', to: 'lab2' },
    { op: 'renameNamespace', from: 'lab2', to: 'lab' },
  ],
  [
    'setNamespaceLabels',
    SHOP,
    { op: 'setNamespaceLabels', name: 'shop', labels: { team: 'ops' } },
    { op: 'setNamespaceLabels', name: 'shop', labels: { team: 'web', env: 'prod' } },
  ],
  [
    'setWorkloadLabels',
    SHOP,
    { op: 'setWorkloadLabels', workload: { namespace: 'shop', name: 'api' }, labels: { app: 'api', tier: 'gold' } },
    { op: 'setWorkloadLabels', workload: { namespace: 'shop', name: 'api' }, labels: { app: 'api', tier: 'backend' } },
  ],
  [
    'setContainerPorts',
    SHOP,
    { op: 'setContainerPorts', workload: web, ports: [{ containerPort: 9000, name: 'http' }, { containerPort: 9443 }] },
    { op: 'setContainerPorts', workload: web, ports: [{ containerPort: 8080, name: 'http' }] },
  ],
  [
    'setRulePorts',
    SHOP,
    {
      op: 'setRulePorts',
      policy: 'shop/api-allow',
      direction: 'ingress',
      rule: 0,
      ports: [
        { protocol: 'UDP', port: 8443 },
        { port: 1, endPort: 2 },
      ],
    },
    {
      op: 'setRulePorts',
      policy: 'shop/api-allow',
      direction: 'ingress',
      rule: 0,
      ports: [{ protocol: 'TCP', port: 8080 }],
    },
  ],
  [
    'setPolicyTypes (flow)',
    POLICIES_ONLY,
    { op: 'setPolicyTypes', policy: 'prod/default-deny', ingress: false, egress: true },
    { op: 'setPolicyTypes', policy: 'prod/default-deny', ingress: true, egress: true },
  ],
  [
    'allowFlow / removeEdge',
    SHOP,
    {
      op: 'allowFlow',
      from: { type: 'workload', namespace: 'shop', name: 'db' },
      to: { type: 'workload', namespace: 'shop', name: 'api' },
      ports: [{ protocol: 'TCP', port: 8080 }],
    },
    { op: 'removeEdge', policy: 'shop/api-allow', direction: 'ingress', rule: 0, peer: 2 },
  ],
  [
    'addIpBlockPeer / removeEdge',
    SHOP,
    { op: 'addIpBlockPeer', policy: 'shop/db-allow', direction: 'ingress', rule: 0, cidr: '192.0.2.0/24' },
    { op: 'removeEdge', policy: 'shop/db-allow', direction: 'ingress', rule: 0, peer: 2 },
  ],
  [
    'addNamespace / removeNamespace',
    SHOP,
    { op: 'addNamespace', name: 'extra' },
    { op: 'removeNamespace', name: 'extra' },
  ],
  [
    'addWorkload / removeWorkload',
    SHOP,
    { op: 'addWorkload', namespace: 'shop', name: 'cache' },
    { op: 'removeWorkload', workload: { namespace: 'shop', name: 'cache' } },
  ],
  [
    'createPolicy / deletePolicy',
    POLICIES_ONLY,
    { op: 'createPolicy', for: { type: 'namespace', namespace: 'prod' }, name: 'p1' },
    { op: 'deletePolicy', policy: 'prod/p1' },
  ],
  [
    'setDefaultDeny on / off',
    SHOP,
    { op: 'setDefaultDeny', namespace: 'shop', direction: 'ingress', enabled: true },
    { op: 'setDefaultDeny', namespace: 'shop', direction: 'ingress', enabled: false },
  ],
];

describe('inverse gestures restore the original text', () => {
  it.each(pairs)('%s', (_name, text, edit, inverse) => {
    const there = applyOk(text, edit);
    expect(there.text).not.toBe(text);
    const back = applyOk(there.text, inverse);
    expect(back.text).toBe(text);
    // And the splice undo of either step is exact.
    expect(applyChanges(there.text, there.undo)).toBe(text);
    expect(applyChanges(back.text, back.undo)).toBe(there.text);
  });
});
