/** The what-if probe: its one-line question, and answers for workloads, addresses and pods that do not exist yet. */
import { describe, expect, it } from 'vitest';
import { parseProbe, runProbe, type Probe } from '../../src/model/analysis/probe.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';

describe('parseProbe', () => {
  it('reads workloads, a port and a protocol', () => {
    expect(parseProbe('frontend -> db:5432/TCP')).toEqual({
      from: { kind: 'named', text: 'frontend' },
      to: { kind: 'named', text: 'db' },
      port: { port: 5432, protocol: 'TCP' },
    });
    expect(parseProbe('  shop/web→shop/db[Deployment]:53/udp ')).toEqual({
      from: { kind: 'named', text: 'shop/web' },
      to: { kind: 'named', text: 'shop/db[Deployment]' },
      port: { port: 53, protocol: 'UDP' },
    });
    expect(parseProbe('a -> b')).toEqual({ from: { kind: 'named', text: 'a' }, to: { kind: 'named', text: 'b' } });
  });

  it('reads IP addresses, IPv6 with a port in brackets', () => {
    expect(parseProbe('10.1.2.3 -> shop/api:8080')).toMatchObject({
      from: { kind: 'named', text: '10.1.2.3' },
      port: { port: 8080, protocol: 'TCP' },
    });
    expect(parseProbe('shop/api -> fe80::1')).toEqual({
      from: { kind: 'named', text: 'shop/api' },
      to: { kind: 'named', text: 'fe80::1' },
    });
    expect(parseProbe('shop/api -> [2001:db8::7]:443')).toEqual({
      from: { kind: 'named', text: 'shop/api' },
      to: { kind: 'named', text: '2001:db8::7' },
      port: { port: 443, protocol: 'TCP' },
    });
  });

  it('reads label sets, with or without a namespace and braces', () => {
    expect(parseProbe('shop/{app=reports, tier=batch} -> shop/db:5432')).toEqual({
      from: { kind: 'labels', namespace: 'shop', labels: { app: 'reports', tier: 'batch' } },
      to: { kind: 'named', text: 'shop/db' },
      port: { port: 5432, protocol: 'TCP' },
    });
    expect(parseProbe('app=x -> other/role=db')).toEqual({
      from: { kind: 'labels', namespace: 'default', labels: { app: 'x' } },
      to: { kind: 'labels', namespace: 'other', labels: { role: 'db' } },
    });
  });

  it('says what is wrong and where', () => {
    expect(parseProbe('web db')).toMatchObject({ at: 0, error: expect.stringContaining('->') });
    expect(parseProbe('web -> db:99999')).toEqual({
      at: 10,
      error: '"99999" is not a port: write a number from 1 to 65535.',
    });
    expect(parseProbe('web -> db:80/http')).toMatchObject({ at: 13, error: expect.stringContaining('protocol') });
    expect(parseProbe(' -> db')).toMatchObject({ at: 0, error: expect.stringContaining('Missing') });
    expect(parseProbe('web -> ')).toMatchObject({ at: 7, error: expect.stringContaining('Missing') });
    expect(parseProbe('web -> {app=db')).toMatchObject({ error: expect.stringContaining('not closed') });
    expect(parseProbe('web -> {app}')).toMatchObject({ at: 7, error: expect.stringContaining('key=value') });
    expect(parseProbe('a -> b -> c')).toMatchObject({ error: expect.stringContaining('one "->"') });
  });
});

const ws = loadWorkspace([
  {
    name: 'w.yaml',
    text: `kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
---
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
---
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: reports}}}]
    ports: [{port: 5432}]
`,
  },
]);

const ask = (text: string) => {
  const probe = parseProbe(text) as Probe;
  return runProbe(ws, probe);
};

describe('runProbe', () => {
  it('answers for a pod that does not exist yet, naming the rule and its line', () => {
    const ex = ask('shop/{app=reports} -> shop/db:5432/TCP');
    if (typeof ex === 'string') throw new Error(ex);
    expect(ex.allowed).toBe(true);
    expect(ex.ingress.rules.filter((r) => r.allows)).toMatchObject([
      { policyId: 'shop/db', ruleIndex: 0, span: { line: 12 } },
    ]);
    // The workspace itself is unchanged: the pod exists for the question only.
    expect(ws.workloads).toHaveLength(2);
  });

  it('blocks what no rule allows, for workloads and addresses', () => {
    const web = ask('shop/web -> shop/db:5432');
    if (typeof web === 'string') throw new Error(web);
    expect(web.allowed).toBe(false);
    expect(web.ingress.isolated).toBe(true);
    const outside = ask('10.0.0.1 -> shop/db:5432');
    expect(typeof outside !== 'string' && outside.allowed).toBe(false);
  });

  it('says which end it cannot find', () => {
    expect(ask('shop/nope -> shop/db')).toBe('No workload or IP address named "shop/nope".');
  });
});
