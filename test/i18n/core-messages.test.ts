// The core's messages in Japanese, checked against sentences written here by hand, and the
// English unchanged: every diagnostic and explain sentence said through the English catalogue
// is byte for byte what the core wrote in `message` / `summaryLines`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, formatDiagnosticOnce, sayMessage } from '../../src/i18n/format.ts';
import { createI18n, resources } from '../../src/i18n/i18n.ts';
import { explainFlow } from '../../src/model/analysis/explain.ts';
import { quickFixFor } from '../../src/model/edits/quick-fix.ts';
import { loadWorkspace } from '../../src/model/manifests/workspace.ts';
import { getTemplate } from '../../src/model/templates/index.ts';
import { checkWorkspace } from '../../src/model/validation/lint.ts';
import { RULES } from '../../src/model/validation/rules.ts';

const ja = createI18n('ja').t;
const en = createI18n('en').t;

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: db
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              team: a
        - podSelector:
            matchLabels:
              app: web
      ports:
        - port: 70000
  egress: foo
`;
const WORKLOADS = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
spec: {containers: [{name: c, ports: [{containerPort: 5432}]}]}
`;

const findings = () =>
  checkWorkspace(
    loadWorkspace([
      { name: 'policy.yaml', text: POLICY },
      { name: 'pods.yaml', text: WORKLOADS },
    ]),
  );
const said = (rule: string) =>
  findings()
    .filter((d) => d.rule === rule)
    .map((d) => formatDiagnostic(ja, d));

describe('diagnostics in Japanese', () => {
  it('says a validation error with its path and value', () => {
    expect(said('invalid-port')).toEqual([
      'spec.ingress[0].ports[0].port 70000 は 1 以上 65535 以下である必要があります。',
    ]);
  });
  it('says what was found instead, in Japanese too', () => {
    expect(said('wrong-type')).toEqual([
      'spec.egress はリストである必要がありますが、文字列 "foo" が指定されています。',
    ]);
  });
  it('says lint findings', () => {
    expect(said('split-peer')).toEqual([
      'この from の要素と直前の要素は別々のピア（namespaceSelector または podSelector の OR）です。' +
        '指定した Namespace 内の指定した Pod だけを許可するには、両方のセレクターを 1 つのピアにまとめてください' +
        '（この行の前の「-」を削除します）。',
    ]);
    expect(said('no-dns-egress')).toEqual([
      'shop/db は Egress を分離していますが、DNS（kube-system などへの UDP/TCP 53）を許可する Egress ルールが' +
        'ありません。選択された Pod からの名前解決は失敗します。',
    ]);
  });
  it("gives a message it has no sentence for (the yaml library's) the rule's summary, and keeps the English", () => {
    const [d] = checkWorkspace(loadWorkspace([{ name: 'a.yaml', text: 'a: [1, 2\nb: c\n' }])).filter(
      (x) => x.rule === 'yaml-syntax',
    );
    expect(formatDiagnostic(ja, d)).toBe(
      `ファイルが YAML/JSON として正しくありません（アンカーのないエイリアスや、256 段を超える入れ子も含みます）。（${d.message}）`,
    );
  });
  it('every rule id has a summary in both languages', () => {
    const missing = Object.keys(RULES).filter(
      (id) => !resources.en.rules[id]?.trim() || !/[ぁ-んァ-ヶ一-龠]/.test(resources.ja.rules[id] ?? ''),
    );
    expect(missing).toEqual([]);
  });
  it('quick-fix buttons say their fix in Japanese', () => {
    const ws = loadWorkspace([{ name: 'policy.yaml', text: POLICY }]);
    const d = checkWorkspace(ws).find((x) => x.rule === 'split-peer')!;
    const fix = quickFixFor(ws, d)!;
    expect(ja(`quickFixes:${fix.id}` as 'appName')).toBe('1 つのピアにまとめる（AND）');
  });
});

describe('formatDiagnosticOnce (what the app calls: remembered per language)', () => {
  const dir = join(import.meta.dirname, '../malformed/fixtures');
  const all = () => [
    ...checkWorkspace(
      loadWorkspace(readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'latin1') }))),
    ),
    ...findings(),
  ];
  it('says every diagnostic as formatDiagnostic does, in each language, asked twice and in turn', () => {
    const diagnostics = all();
    expect(new Set(diagnostics.map((d) => d.rule)).size).toBeGreaterThan(10);
    for (let round = 0; round < 2; round++)
      for (const t of [ja, en]) {
        const got = diagnostics.map((d) => formatDiagnosticOnce(t, d));
        expect(got).toEqual(diagnostics.map((d) => formatDiagnostic(t, d)));
      }
    // Two diagnostics with the same sentence as data but different positions say the same, and one with a
    // different value does not take the first one's sentence.
    const port = diagnostics.find((d) => d.rule === 'invalid-port')!;
    const other = { ...port, line: port.line + 3, ref: { ...port.ref!, args: { ...port.ref!.args, value: 70001 } } };
    expect(formatDiagnosticOnce(ja, other)).toBe(formatDiagnostic(ja, other));
    expect(formatDiagnosticOnce(ja, other)).not.toBe(formatDiagnosticOnce(ja, port));
  });
});

describe('English stays as the core wrote it', () => {
  const dir = join(import.meta.dirname, '../malformed/fixtures');
  const sources = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'latin1') }));
  it('for every diagnostic of the malformed fixtures and this workspace', () => {
    const all = [...checkWorkspace(loadWorkspace(sources)), ...findings()];
    expect(all.filter((d) => d.ref).length).toBeGreaterThan(20);
    const differ = all.filter((d) => formatDiagnostic(en, d) !== d.message).map((d) => d.message);
    expect(differ).toEqual([]);
  });
  it('for the explain sentences', () => {
    const ws = loadWorkspace([
      { name: 'policy.yaml', text: POLICY.replace('port: 70000', 'port: 5432') },
      { name: 'pods.yaml', text: WORKLOADS },
    ]);
    for (const port of [undefined, { port: 5432, protocol: 'TCP' as const }, { port: 80, protocol: 'TCP' as const }]) {
      for (const [from, to] of [
        ['shop/web', 'shop/db'],
        ['shop/db', 'shop/web'],
        ['10.0.0.1', 'shop/db'],
      ]) {
        const ex = explainFlow(ws, from, to, port);
        expect(ex.summaryRefs.map((r) => sayMessage(en, 'explain:sentences.', r))).toEqual(ex.summaryLines);
      }
    }
  });
});

describe('explanations in Japanese', () => {
  it('says why a flow is allowed, side by side', () => {
    const ws = loadWorkspace([
      { name: 'policy.yaml', text: POLICY.replace('port: 70000', 'port: 5432') },
      { name: 'pods.yaml', text: WORKLOADS },
    ]);
    const ex = explainFlow(ws, 'shop/web', 'shop/db', { port: 5432, protocol: 'TCP' });
    expect(ex.summaryRefs.map((r) => sayMessage(ja, 'explain:sentences.', r))).toEqual([
      'shop/web[Pod] → shop/db[Pod]（TCP 5432）: 許可。',
      'Egress: shop/web[Pod] を選択する Egress のポリシーがないため、Egress の通信はすべて許可されます。',
      'Ingress: shop/db[Pod] は shop/db によって分離されていますが、shop/db ingress[0] (policy.yaml:12) で許可されています。',
    ]);
  });
});

describe('template comments in Japanese', () => {
  it('writes the same YAML with Japanese comments', () => {
    const t = getTemplate('default-deny-ingress')!;
    const yaml = t.render({ namespace: 'shop' }, 'ja');
    expect(yaml).toContain('# Ingress のデフォルト拒否: "shop" のすべての Pod が Ingress について分離されます。\n');
    expect(yaml).toContain('  podSelector: {} # 空のセレクター: Namespace 内のすべての Pod\n');
    expect(yaml).toContain('    - Ingress # Ingress ルールがないため、受信する接続はすべて拒否されます\n');
    const strip = (s: string) => s.replace(/\s*#.*$/gm, '').replace(/^\n/gm, '');
    expect(strip(yaml)).toBe(strip(t.render({ namespace: 'shop' })));
  });
});
