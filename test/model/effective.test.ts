/**
 * The effective view: what users see after pasting YAML to learn "what does
 * this really allow?". Each case is a small cluster a user would recognise.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectiveFlows, isHalfOpen, type EffectiveFlow } from '../../src/model/analysis/effective.ts';
import { explainFlow } from '../../src/model/analysis/explain.ts';
import { connKey, formatConns, isEmpty, NO_CONNECTIONS, subtract, union } from '../../src/model/analysis/ports.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { workspaceArb } from './arbitraries.ts';

const flows = (text: string): EffectiveFlow[] => effectiveFlows(loadWorkspace([{ name: 't.yaml', text }]));
/** `source -> target: label` lines, sorted, node-id prefixes dropped for readability. */
const lines = (fs: EffectiveFlow[]): string[] =>
  fs
    .map((f) => `${f.source.replace(/^wl:|\[\w+\]$/g, '')} -> ${f.target.replace(/^wl:|\[\w+\]$/g, '')}: ${f.label}`)
    .sort();

// Three pods in namespace `app`; a second namespace `other` with one pod.
const pods = `
kind: Namespace
metadata: {name: app}
---
kind: Namespace
metadata: {name: other}
---
kind: Pod
metadata: {name: web, namespace: app, labels: {app: web}}
---
kind: Pod
metadata: {name: api, namespace: app, labels: {app: api}}
spec: {containers: [{name: c, ports: [{containerPort: 8080}]}]}
---
kind: Pod
metadata: {name: db, namespace: app, labels: {app: db}}
---
kind: Pod
metadata: {name: probe, namespace: other, labels: {app: probe}}
`;

describe('effectiveFlows', () => {
  it('default-deny namespace with one allow rule: exactly that flow is allowed', () => {
    // `app` denies all ingress and egress; one policy opens web → api on TCP 8080 on both sides.
    const fs = flows(`${pods}
---
kind: NetworkPolicy
metadata: {name: deny, namespace: app}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
---
kind: NetworkPolicy
metadata: {name: web-out, namespace: app}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress: [{to: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: 8080}]}]
---
kind: NetworkPolicy
metadata: {name: api-in, namespace: app}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 8080}]}]
`);
    const into = fs.filter((f) => !isHalfOpen(f) && f.target.includes('app/'));
    expect(lines(into)).toEqual(['app/web -> app/api: TCP 8080']);
    // The `other` namespace has no policies, so its pod may reach out but not in: no flow into app.
    expect(fs.find((f) => f.id === 'eff:wl:other/probe[Pod]>wl:app/api[Pod]')).toBeUndefined();
    // Nothing is half-open: every side that allows also gets through.
    expect(fs.filter(isHalfOpen)).toEqual([]);
  });

  it('egress rule to B while B is ingress-isolated without a rule: half-open, blocked at ingress', () => {
    // web may send to db on 5432, but db's only policy isolates its ingress with no rule.
    const fs = flows(`${pods}
---
kind: NetworkPolicy
metadata: {name: web-out, namespace: app}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}]}]
---
kind: NetworkPolicy
metadata: {name: db-deny, namespace: app}
spec: {podSelector: {matchLabels: {app: db}}, policyTypes: [Ingress]}
`);
    const f = fs.find((x) => x.id === 'eff:wl:app/web[Pod]>wl:app/db[Pod]')!;
    expect(isHalfOpen(f)).toBe(true);
    expect(formatConns(f.blockedAtIngress)).toBe('TCP 5432');
    expect(formatConns(f.blockedAtEgress)).toBe('No Connections');
    expect(f.label).toBe('TCP 5432 blocked at ingress');
    // web's egress only names db: web → api is simply not there (neither allowed nor half-open).
    expect(fs.find((x) => x.id === 'eff:wl:app/web[Pod]>wl:app/api[Pod]')).toBeUndefined();
  });

  it('ingress rule from A while A is egress-isolated elsewhere: half-open, blocked at egress', () => {
    // api accepts web on 8080, but web's egress only allows DNS-like UDP 53 to anyone.
    const fs = flows(`${pods}
---
kind: NetworkPolicy
metadata: {name: api-in, namespace: app}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 8080}]}]
---
kind: NetworkPolicy
metadata: {name: web-out, namespace: app}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress: [{ports: [{port: 53, protocol: UDP}]}]
`);
    const f = fs.find((x) => x.id === 'eff:wl:app/web[Pod]>wl:app/api[Pod]')!;
    // web's UDP 53 egress also reaches api's closed ingress, but that rule names no peer: not half-open.
    expect(f.label).toBe('TCP 8080 blocked at egress');
  });

  it('a rule open to everyone does not make flows half-open', () => {
    // web accepts anyone on 8080 (no `from`); api and db are egress-isolated with no rule.
    // Their "blocked" traffic to web is not anything a rule asked for: no red edges.
    const fs = flows(`${pods}
---
kind: NetworkPolicy
metadata: {name: web-in, namespace: app}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{ports: [{port: 8080}]}]
---
kind: NetworkPolicy
metadata: {name: no-egress, namespace: app}
spec: {podSelector: {matchExpressions: [{key: app, operator: In, values: [api, db]}]}, policyTypes: [Egress]}
`);
    expect(fs.filter(isHalfOpen)).toEqual([]);
    // probe (no policies in `other`) and addresses outside the cluster get in on 8080: allowed, drawn.
    expect(lines(fs.filter((f) => f.target === 'wl:app/web[Pod]'))).toEqual([
      'anywhere -> app/web: TCP 8080',
      'other/probe -> app/web: TCP 8080',
    ]);
  });

  it('partly blocked: the allowed ports are the label, the blocked rest is kept', () => {
    // web's egress allows 8080 and 9090 to api; api's ingress only 8080.
    const fs = flows(`${pods}
---
kind: NetworkPolicy
metadata: {name: web-out, namespace: app}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress: [{to: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: 8080}, {port: 9090}]}]
---
kind: NetworkPolicy
metadata: {name: api-in, namespace: app}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 8080}]}]
`);
    const f = fs.find((x) => x.id === 'eff:wl:app/web[Pod]>wl:app/api[Pod]')!;
    expect(f.label).toBe('TCP 8080');
    expect(isHalfOpen(f)).toBe(false);
    expect(formatConns(f.blockedAtIngress)).toBe('TCP 9090');
  });

  it('an ingress ipBlock rule draws one edge from that CIDR, with its range', () => {
    // Issue 11 changed this: the edge used to start at `anywhere`, which read as "anyone may connect on 443".
    const fs = flows(`${pods}
---
kind: NetworkPolicy
metadata: {name: web-in, namespace: app}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}}], ports: [{port: 443}]}]
`);
    const ext = fs.filter((f) => f.target === 'wl:app/web[Pod]' && !f.source.startsWith('wl:'));
    expect(ext.map((f) => `${f.source} ${f.label} ${f.ranges.map((r) => r.range).join(',')} ${f.from}`)).toEqual([
      'cidr:10.0.0.0/8 TCP 443 10.0.0.0-10.255.255.255 10.0.0.0',
    ]);
  });

  it('agrees with explainFlow, per pair, on what gets through and on what a peer-naming rule allows but the other side drops', () => {
    fc.assert(
      fc.property(workspaceArb, (multi) => {
        // One pod per workload: explainFlow merges replicas' sides, effective.ts keeps each replica pair apart.
        const ws = {
          ...multi,
          workloads: multi.workloads.map((w) => ({
            ...w,
            labels: w.pods[0].labels,
            ports: w.pods[0].ports,
            pods: w.pods.slice(0, 1),
          })),
        };
        fc.pre(new Set(ws.workloads.map((w) => w.id)).size === ws.workloads.length);
        const byId = new Map(effectiveFlows(ws).map((f) => [f.id, f]));
        for (const a of ws.workloads)
          for (const b of ws.workloads) {
            if (a === b) continue;
            const ex = explainFlow(ws, a.id, b.id);
            const named = (rules: typeof ex.egress.rules) =>
              rules.filter((r) => r.peerIndex >= 0).reduce((acc, r) => union(acc, r.conns), NO_CONNECTIONS);
            const atIngress = subtract(named(ex.egress.rules), ex.ingress.conns);
            const atEgress = subtract(named(ex.ingress.rules), ex.egress.conns);
            const f = byId.get(`eff:wl:${a.id}>wl:${b.id}`);
            if (isEmpty(ex.conns) && isEmpty(atIngress) && isEmpty(atEgress)) {
              expect(f).toBeUndefined();
              continue;
            }
            expect(connKey(f!.allowed)).toBe(connKey(ex.conns));
            expect(connKey(f!.blockedAtIngress)).toBe(connKey(atIngress));
            expect(connKey(f!.blockedAtEgress)).toBe(connKey(atEgress));
          }
      }),
      { numRuns: 200 },
    );
  });
});
